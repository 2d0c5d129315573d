import { randomBytes, randomInt } from 'node:crypto';
import { availableParallelism, cpus as cpuTimes, loadavg, totalmem } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadEnvironment, type Environment } from './env-files';
import {
  envSchema,
  type Depth,
  type EnvValues,
  type ProjectName,
  type TraceMode,
  type A11yImpact,
  type A11yMode,
  PROJECT_NAMES,
} from './env-schema';
import { isProductionHost, TARGET_PRESETS, type TargetName } from './targets';
import { autoLanes, busyCpusBetween, type LaneMachine } from './lanes';

export { TARGET_NAMES, TARGET_PRESETS, isProductionHost, type TargetName } from './targets';
export { DEPTHS, PROJECT_NAMES, ENV_VARIABLES, type Depth, type ProjectName } from './env-schema';
export { A11Y_IMPACTS, A11Y_MODES, type A11yImpact, type A11yMode } from './env-schema';
export { loadEnvironment, type Environment } from './env-files';
export { childEnv, inheritedEnv } from './child-env';

/** Everything the suite is told by its environment, parsed once. */
export interface Config {
  /** 'custom' when BASE_URL is given without TARGET. */
  target: TargetName | 'custom';
  /** null => start the sandbox; otherwise normalised, without a trailing slash. */
  baseUrl: string | null;
  filters: Filters;
  depth: Depth;
  /** Default true for production (and production hosts), false otherwise. */
  productionSafe: boolean;
  /** Share of cards (0..1) on which the learner first gives a wrong answer. */
  wrongAnswerShare: number;
  /** Random per run unless SEED is set; printed so a run can be repeated. */
  seed: number;
  cardBudgetMs: number;
  navigationTimeoutMs: number;
  /**
   * A chapter whose time to first card or total time grew past this factor of its recent median
   * (Allure history) gets a timing warning, not a failure (SLOW_FACTOR).
   */
  slowFactor: number;
  /** How many JSON handlers discovery fetches at once. */
  fetchConcurrency: number;
  /** Most requests per second to the target, per worker and for discovery; null = unbounded. */
  requestRate: number | null;
  /**
   * Tests at once (lanes): WORKERS, else WORKERS=auto in full depth (config/lanes.ts), one per CPU
   * in smoke depth.
   */
  workers: number;
  /** `workers` came from WORKERS=auto: `npm run journey` chooses them again as the browsers start. */
  lanesAuto: boolean;
  /**
   * Cap on each Playwright worker's V8 old space, in MiB (`--max-old-space-size`); null = none.
   * See config/worker-heap.ts.
   */
  workerHeapMb: number | null;
  retries: number;
  /** When Playwright records a trace (TRACE); recording costs time on every test it covers. */
  trace: TraceMode;
  projects: ProjectName[];
  /** The accessibility audit (fixtures/a11y.ts, reporting/a11y-baseline.ts). */
  a11y: A11ySettings;
  sandbox: SandboxSettings;
  paths: {
    snapshot: string;
    allureResults: string;
    reports: string;
    allureHistory: string;
    /** The checked-in list of known failures (KNOWN_FAILURES; reporting/known-failures.ts). */
    knownFailures: string;
    /** Playwright's own output (traces, error context) of a walk. */
    output: string;
  };
  chromiumPath: string | null;
  runId: string;
  /** Running on CI (CI set to anything but empty, false or 0). */
  ci: boolean;
  /** GitHub Actions' GITHUB_STEP_SUMMARY file, when there is one. */
  githubStepSummary: string | null;
}

/** Names (url fragment or title, case-insensitive) that narrow the walk; empty = everything. */
export interface Filters {
  classrooms: string[];
  topics: string[];
  stories: string[];
  chapters: string[];
}

export interface A11ySettings {
  /** off: no audit; report: audit and attach, never fail; fail: fail on what the baseline lacks. */
  mode: A11yMode;
  /** Violations below this impact are attached but neither fail nor enter the baseline. */
  minImpact: A11yImpact;
  /** The checked-in list of accepted violations. */
  baseline: string;
  /** true when the baseline path came from A11Y_BASELINE: then the file must exist. */
  baselineGiven: boolean;
}

export interface SandboxSettings {
  scenario: string;
  /** 0 = any free port. */
  port: number;
  contentDir: string | null;
  synthetic: number | null;
  /** Oppia feature flags the sandbox serves as on (`--flags`); empty = Oppia's defaults. */
  flags: string[];
}

/** A variable (or file, or argument) the suite cannot use; the message says what is allowed. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const DEFAULTS = {
  depth: 'full',
  wrongAnswerShare: 0.25,
  cardBudgetMs: 15_000,
  navigationTimeoutMs: 30_000,
  slowFactor: 2,
  fetchConcurrency: 6,
  // Recording a trace costs about a third of a test's CPU: only the retry of a failure records one.
  trace: 'on-first-retry',
  // A worker's live heap stays near 100 MiB at any catalog size; the cap keeps V8 from letting
  // garbage pile up to 4x that on a long walk (config/worker-heap.ts has the figures).
  workerHeapMb: 256,
  sandboxScenario: 'healthy',
  a11yMinImpact: 'serious',
  a11yBaseline: 'a11y-baseline.yaml',
  snapshot: '.cache/catalog.json',
  allureResults: 'allure-results',
  reports: 'reports',
  allureHistory: '.allure/history.jsonl',
  knownFailures: 'known-failures.yaml',
  output: 'test-results/journeys',
} as const;

/**
 * Parses an environment into a Config. Pure apart from the random defaults (seed, run id): it reads
 * no files and no `process.env`. Throws ConfigError naming every bad variable, its value and what
 * is allowed, one per line.
 */
export function loadConfig(env: Environment = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0]);
      return `${variable}="${env[variable] ?? ''}" is not allowed: ${issue.message}`;
    });
    throw new ConfigError(lines.join('\n'));
  }
  return buildConfig(parsed.data);
}

let cached: Config | undefined;

/** The run's Config: `.env` files from the working directory under the real environment, cached. */
export function getConfig(): Config {
  cached ??= loadConfig(loadEnvironment(process.cwd(), process.env));
  return cached;
}

/** Like getConfig, with some variables set over everything else (e.g. from a CLI flag); not cached. */
export function loadConfigWith(overrides: Environment): Config {
  return loadConfig({ ...loadEnvironment(process.cwd(), process.env), ...overrides });
}

/**
 * The environment for the `playwright test` child of a walk: the real one plus the values every
 * worker must share (target URL, snapshot, run id, seed, depth), so each worker's getConfig()
 * agrees with the run that discovered the catalog.
 */
export function walkEnvironment(
  config: Config,
  run: { baseUrl: string; snapshotPath: string; workers?: number },
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BASE_URL: run.baseUrl,
    SNAPSHOT_PATH: run.snapshotPath,
    RUN_ID: config.runId,
    SEED: String(config.seed),
    DEPTH: config.depth,
    ...(run.workers === undefined ? {} : { WORKERS: String(run.workers) }),
  };
  if (config.target === 'custom') delete env['TARGET'];
  else env['TARGET'] = config.target;
  return env;
}

function buildConfig(values: EnvValues): Config {
  const target = values.TARGET ?? (values.BASE_URL ? 'custom' : 'sandbox');
  const preset = target === 'custom' ? undefined : TARGET_PRESETS[target];
  const baseUrl = values.BASE_URL ?? preset?.baseUrl ?? null;
  const onProductionHost = baseUrl !== null && isProductionHost(new URL(baseUrl).hostname);
  const depth = values.DEPTH ?? DEFAULTS.depth;
  const lanesAuto = values.WORKERS === 'auto' || (values.WORKERS === undefined && depth === 'full');
  return {
    target,
    baseUrl,
    filters: {
      classrooms: values.CLASSROOMS ?? [],
      topics: values.TOPICS ?? [],
      stories: values.STORIES ?? [],
      chapters: values.CHAPTERS ?? [],
    },
    depth,
    productionSafe: values.PRODUCTION_SAFE ?? (preset?.productionSafe || onProductionHost),
    wrongAnswerShare: values.WRONG_ANSWER_SHARE ?? DEFAULTS.wrongAnswerShare,
    seed: values.SEED ?? randomInt(1, 2 ** 31),
    cardBudgetMs: values.CARD_BUDGET_MS ?? DEFAULTS.cardBudgetMs,
    navigationTimeoutMs: values.NAVIGATION_TIMEOUT_MS ?? DEFAULTS.navigationTimeoutMs,
    slowFactor: values.SLOW_FACTOR ?? DEFAULTS.slowFactor,
    fetchConcurrency: values.FETCH_CONCURRENCY ?? DEFAULTS.fetchConcurrency,
    requestRate: values.REQUEST_RATE ?? null,
    workers:
      typeof values.WORKERS === 'number'
        ? values.WORKERS
        : lanesAuto
          ? autoLanes(thisMachine()).lanes
          : defaultWorkers(depth),
    lanesAuto,
    workerHeapMb:
      values.WORKER_HEAP_MB === undefined ? DEFAULTS.workerHeapMb : values.WORKER_HEAP_MB || null,
    retries: values.RETRIES ?? (values.CI ? 1 : 0),
    trace: values.TRACE ?? DEFAULTS.trace,
    projects: values.PROJECTS ?? [...PROJECT_NAMES],
    a11y: {
      // The nightly production walk watches accessibility; a release gate (a release candidate's
      // URL) and the sandbox fail on any violation the baseline does not accept.
      mode: values.A11Y ?? (target === 'production' || isLiveSite(baseUrl) ? 'report' : 'fail'),
      minImpact: values.A11Y_MIN_IMPACT ?? DEFAULTS.a11yMinImpact,
      baseline: values.A11Y_BASELINE ?? DEFAULTS.a11yBaseline,
      baselineGiven: values.A11Y_BASELINE !== undefined,
    },
    sandbox: {
      scenario: values.SANDBOX_SCENARIO ?? DEFAULTS.sandboxScenario,
      port: values.SANDBOX_PORT ?? 0,
      contentDir: values.SANDBOX_CONTENT ?? null,
      synthetic: values.SANDBOX_SYNTHETIC ?? null,
      flags: values.SANDBOX_FLAGS ?? [],
    },
    paths: {
      snapshot: values.SNAPSHOT_PATH ?? DEFAULTS.snapshot,
      allureResults: values.ALLURE_RESULTS_DIR ?? DEFAULTS.allureResults,
      reports: values.REPORTS_DIR ?? DEFAULTS.reports,
      allureHistory: values.ALLURE_HISTORY_PATH ?? DEFAULTS.allureHistory,
      knownFailures: values.KNOWN_FAILURES ?? DEFAULTS.knownFailures,
      output: values.OUTPUT_DIR ?? DEFAULTS.output,
    },
    chromiumPath: values.CHROMIUM_PATH ?? null,
    runId: values.RUN_ID ?? newRunId(),
    ci: values.CI,
    githubStepSummary: values.GITHUB_STEP_SUMMARY ?? null,
  };
}

/** www.oppia.org itself (not a version-specific release candidate on the same datastore). */
function isLiveSite(baseUrl: string | null): boolean {
  const host = baseUrl === null ? '' : new URL(baseUrl).hostname.toLowerCase();
  return host === 'oppia.org' || host === 'www.oppia.org';
}

/**
 * Tests at once in `smoke` depth when WORKERS is not set: a smoke chapter is one page load, work
 * for the CPU, so one worker per CPU. `full` depth's default is WORKERS=auto (config/lanes.ts):
 * a played chapter mostly waits on the player, so it runs the lanes the machine can carry.
 */
export function defaultWorkers(depth: Depth, cpus = availableParallelism()): number {
  return depth === 'full' ? autoLanes(thisMachine(cpus)).lanes : Math.min(64, cpus);
}

/**
 * The CPUs this process may run on, the machine's memory and its 1-minute load average, for
 * WORKERS=auto where nothing can wait (Playwright reading its config).
 */
export function thisMachine(cpus = availableParallelism()): LaneMachine {
  return { cpus, memoryBytes: totalmem(), busyCpus: loadavg()[0] ?? 0 };
}

/**
 * thisMachine with the CPUs other work keeps busy measured now, over `sampleMs`, rather than the
 * load average of the last minute (which still counts work that has just ended, such as the
 * install before a CI walk).
 */
export async function thisMachineNow(sampleMs = 500): Promise<LaneMachine> {
  const before = cpuTimes().map((cpu) => cpu.times);
  await sleep(sampleMs);
  const after = cpuTimes().map((cpu) => cpu.times);
  return {
    cpus: availableParallelism(),
    memoryBytes: totalmem(),
    busyCpus: busyCpusBetween(before, after),
  };
}

/** e.g. 20250101-120000-3fa2: sortable, unique enough for one machine's runs. */
function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${randomBytes(2).toString('hex')}`;
}
