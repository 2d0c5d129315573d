/**
 * `npm run journey -- [--list] [--depth smoke|full] [playwright test args...]`: the one command
 * that walks a target. Config -> (sandbox) -> preflight -> discovery (feature flags first, which
 * choose the designs walked) -> snapshot -> playwright test.
 *
 * Exit codes: 0 all passed (or --list), 1 tests failed or target unreachable, 2 bad configuration
 * or arguments (before any browser starts), 128+n when stopped by signal n.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ConfigError,
  loadConfigWith,
  thisMachineNow,
  walkEnvironment,
  type Config,
} from '../config';
import { autoLanes, WALK_COST } from '../config/lanes';
import { JOURNEY_USAGE, parseJourneyArgs } from '../config/journey-args';
import { OppiaClient } from '../catalog/client';
import { formatProblem, formatSummary, formatTree } from '../catalog/describe';
import { discover } from '../catalog/discover';
import { describeFlags, designsOf } from '../catalog/flags';
import { writeSnapshot } from '../catalog/snapshot';
import { KnownFailuresError, readKnownFailures } from '../reporting/known-failures';
import { redactTraceZips } from '../reporting/redact-traces';
import * as a11yBaseline from '../reporting/a11y-baseline'; // a11y: baseline checks
import { writeUnreachable } from '../reporting/unreachable';
import {
  preflight,
  SandboxArgumentError,
  startSandboxProcess,
  type SandboxProcess,
} from './target';

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;
type StopSignal = keyof typeof SIGNAL_NUMBERS;

/** Children that must not outlive the journey. */
const running: { sandbox?: SandboxProcess; playwright?: ChildProcess } = {};

async function main(argv: string[]): Promise<number> {
  let config: Config;
  let args: ReturnType<typeof parseJourneyArgs>;
  try {
    args = parseJourneyArgs(argv);
    if (args.help) {
      console.log(JOURNEY_USAGE);
      return 0;
    }
    config = loadConfigWith(args.depth ? { DEPTH: args.depth } : {});
    if (config.a11y.mode !== 'off') readA11yBaseline(config); // a bad baseline stops here
    // The known-failures file is configuration too: a malformed one stops the walk here, before
    // any sandbox or browser starts, naming the line and the field.
    readKnownFailures(config.paths.knownFailures);
  } catch (error) {
    if (error instanceof KnownFailuresError) {
      console.error(`Known failures file error: ${error.message}`);
      return 2;
    }
    const a11yError = error instanceof a11yBaseline.BaselineError; // named like config errors
    if (!(error instanceof ConfigError) && !a11yError) throw error;
    console.error(`Configuration error:\n${error.message}\n\nSee .env.example and --help.`);
    return 2;
  }

  console.log(
    `Run ${config.runId} · seed ${config.seed} · depth ${config.depth} · target ${config.target}` +
      (config.productionSafe ? ' · production-safe' : ''),
  );

  let baseUrl = config.baseUrl;
  if (baseUrl === null) {
    try {
      running.sandbox = await startSandboxProcess(config);
    } catch (error) {
      console.error(`Could not start the sandbox: ${(error as Error).message}`);
      return error instanceof SandboxArgumentError ? 2 : 1;
    }
    baseUrl = running.sandbox.url;
  }
  try {
    // The embedded sandbox answers after its own card delay; anything else is Oppia (950 ms).
    const cardDelayMs = running.sandbox?.cardDelayMs ?? WALK_COST.waitMsPerCard;
    return await walk({ ...config, baseUrl }, baseUrl, args, cardDelayMs);
  } finally {
    await running.sandbox?.stop();
  }
}

async function walk(
  config: Config,
  baseUrl: string,
  args: { list: boolean; playwrightArgs: string[] },
  cardDelayMs: number,
): Promise<number> {
  console.log(`Target ${baseUrl}`);
  const client = new OppiaClient({
    baseUrl,
    timeoutMs: config.navigationTimeoutMs,
    requestRate: config.requestRate,
  });

  // A walk starts from clean results, so an unreachable target leaves exactly one failure there.
  if (!args.list) rmSync(config.paths.allureResults, { recursive: true, force: true });

  const unreachable = await preflight(client);
  if (unreachable) {
    console.error(
      `Target unreachable: ${unreachable.message}\n` +
        'Check BASE_URL/TARGET and your network; nothing was walked.',
    );
    writeUnreachable(config, unreachable);
    return 1;
  }

  const started = performance.now();
  let snapshot;
  try {
    snapshot = await discover(config, client);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Configuration error:\n${error.message}`);
    return 2;
  }
  console.log(formatSummary(snapshot, performance.now() - started));
  const designs = designsOf(snapshot.flags);
  console.log(
    `Flags served: ${describeFlags(snapshot.flags)} · player: ${designs.newLessonPlayer ? 'new lesson player (/lesson/)' : 'classic (/explore/)'}` +
      ` · topic page: ${designs.redesignedTopicPage ? 'redesigned (lesson cards)' : 'classic (story tiles)'}`,
  );
  for (const problem of snapshot.problems) console.log(formatProblem(problem));

  const snapshotPath = resolve(config.paths.snapshot);
  writeSnapshot(snapshotPath, snapshot);

  if (args.list) {
    console.log(formatTree(snapshot));
    return 0;
  }

  console.log(`Snapshot ${snapshotPath}\nRepeat this run with SEED=${config.seed}`);
  const workers = config.lanesAuto ? await chooseLanes(cardDelayMs) : undefined;
  const status = await runPlaywright(
    args.playwrightArgs,
    walkEnvironment(config, { baseUrl, snapshotPath, workers }),
  );
  // Traces of failed tests carry every header and cookie: redact them before anyone reads them.
  redactTraceZips([config.paths.allureResults, config.paths.output]);
  if (config.a11y.mode !== 'off') reportA11yBaseline(config); // a11y: accepted and stale entries
  return status;
}

/**
 * WORKERS=auto, decided as the browsers are about to start: the CPUs other work keeps busy are
 * measured now, over half a second, and the card delay is the target's (config/lanes.ts).
 */
async function chooseLanes(cardDelayMs: number): Promise<number> {
  const machine = await thisMachineNow();
  const { lanes, byCpu, byMemory } = autoLanes(machine, {
    ...WALK_COST,
    waitMsPerCard: cardDelayMs,
  });
  console.log(
    `Lanes ${lanes} (WORKERS=auto: ${machine.cpus} CPUs, ${(machine.busyCpus ?? 0).toFixed(1)} ` +
      `busy with other work, card delay ${cardDelayMs} ms → ${byCpu}; memory allows ${byMemory})`,
  );
  return lanes;
}

function runPlaywright(extraArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn('npx', ['playwright', 'test', ...extraArgs], { stdio: 'inherit', env });
    running.playwright = child;
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      running.playwright = undefined;
      done(code ?? 128 + (SIGNAL_NUMBERS[signal as StopSignal] ?? 1));
    });
  });
}

// a11y: the accessibility baseline, read before any browser starts and reported after the walk.
function readA11yBaseline(config: Config): a11yBaseline.Baseline {
  return a11yBaseline.loadBaseline(config.a11y.baseline, { required: config.a11y.baselineGiven });
}

function reportA11yBaseline(config: Config): void {
  const results = a11yBaseline.readA11yResults(a11yBaseline.a11yResultsDir(config.paths.output));
  for (const line of a11yBaseline.baselineReport(readA11yBaseline(config), results))
    console.log(line);
}

// --- signals ----------------------------------------------------------------------------------

/**
 * Ctrl+C: while Playwright runs, it gets the signal and winds down (it ignores the duplicate the
 * terminal also sends it); the journey then stops the sandbox and forwards Playwright's exit code.
 * Before that, the journey stops the sandbox and exits at once.
 */
function onStopSignal(signal: StopSignal): void {
  if (running.playwright) {
    running.playwright.kill(signal);
    return;
  }
  void (running.sandbox?.stop() ?? Promise.resolve()).finally(() =>
    process.exit(128 + SIGNAL_NUMBERS[signal]),
  );
}
process.on('SIGINT', () => onStopSignal('SIGINT'));
process.on('SIGTERM', () => onStopSignal('SIGTERM'));

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    void (running.sandbox?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  },
);
