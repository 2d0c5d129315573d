import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSummary, type RunSummary } from '../../reporting/summary-schema';
import { isLoader, isPlayer, parallelismOf, type ModeRun } from './report';
import type { DeclaredVars } from '../../config/child-env';
import type { Mode } from './args';
import { runMeasured, runMeasuredWalk, type ChildRun } from './run-child';
import {
  readJson,
  writeJson,
  type FloorPlan,
  type NaivePlan,
  type RunnerResult,
} from './runner-io';

/** What every mode of one size shares. */
export interface SizeContext {
  baseUrl: string;
  /** Where this size's runs write (`<out>/n<N>`). */
  dir: string;
  chapterUrls: string[];
  floorRequests: string[];
  executablePath: string | undefined;
  floorConcurrency: number;
  timeoutMs: number;
  /** The environment the children start from (the walk's own variables are set per run). */
  baseEnv: NodeJS.ProcessEnv;
}

/** Per chapter in the naive runner, per request in the floor. */
const STEP_TIMEOUT_MS = 30_000;
/** What the generated lessons keep of Oppia's own accessibility gaps (see the file). */
const BENCH_A11Y_BASELINE = fileURLToPath(new URL('./a11y-baseline.yaml', import.meta.url));
/** One seed for every walk, so sizes and modes meet the same wrong answers. */
const WALK_SEED = '1';

/** One run of `mode`; `attempt` > 1 (a repeated full-auto) writes to `<mode>-<attempt>/`. */
export function runMode(mode: Mode, ctx: SizeContext, attempt = 1): Promise<ModeRun> {
  if (mode === 'floor') return runFloor(ctx);
  if (isLoader(mode)) return runNaive(mode, ctx);
  return runWalk(mode, ctx, attempt);
}

const RUNNERS = {
  naive: fileURLToPath(new URL('./naive-runner.ts', import.meta.url)),
  floor: fileURLToPath(new URL('./floor-runner.ts', import.meta.url)),
};

async function runNaive(mode: Mode, ctx: SizeContext): Promise<ModeRun> {
  const plan: NaivePlan = {
    chapterUrls: ctx.chapterUrls,
    parallel: parallelismOf(mode),
    reusePage: mode.startsWith('session'),
    play: isPlayer(mode),
    executablePath: ctx.executablePath,
    timeoutMs: STEP_TIMEOUT_MS,
  };
  const { child, result, logFile } = await runRunner(mode, RUNNERS.naive, plan, ctx);
  const failed = result?.failures.length ?? 0;
  return {
    ...blankRun(mode, child, logFile),
    timeMs: child.wallMs,
    workMs: result?.workMs ?? null,
    chapters: ctx.chapterUrls.length,
    passed: result?.done ?? 0,
    failed,
    cards: result?.cards ?? null,
    lanes: plan.parallel,
    ...runnerStatus(
      child,
      result,
      isPlayer(mode)
        ? `${failed} chapters did not play to their end`
        : `${failed} chapters did not show their first card`,
    ),
  };
}

async function runFloor(ctx: SizeContext): Promise<ModeRun> {
  const plan: FloorPlan = {
    baseUrl: ctx.baseUrl,
    paths: ctx.floorRequests,
    concurrency: ctx.floorConcurrency,
    timeoutMs: STEP_TIMEOUT_MS,
  };
  const { child, result, logFile } = await runRunner('floor', RUNNERS.floor, plan, ctx);
  const failed = result?.failures.length ?? 0;
  return {
    ...blankRun('floor', child, logFile),
    // The floor bounds the work, so its figure is the requests' time without the runner's start-up.
    timeMs: result?.workMs ?? child.wallMs,
    workMs: result?.workMs ?? null,
    chapters: ctx.chapterUrls.length,
    passed: ctx.chapterUrls.length,
    failed,
    requests: result?.requests ?? null,
    ...runnerStatus(child, result, `${failed} requests failed`),
  };
}

async function runRunner(
  mode: Mode,
  script: string,
  plan: NaivePlan | FloorPlan,
  ctx: SizeContext,
): Promise<{ child: ChildRun; result: RunnerResult | null; logFile: string }> {
  const dir = join(ctx.dir, mode);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const planFile = join(dir, 'plan.json');
  const resultFile = join(dir, 'result.json');
  const logFile = join(dir, 'output.log');
  writeJson(planFile, plan);
  const child = await runMeasured(
    process.execPath,
    ['--import', 'tsx', script, planFile, resultFile],
    {
      env: ctx.baseEnv,
      logFile,
      timeoutMs: ctx.timeoutMs,
    },
  );
  const result = existsSync(resultFile) ? readJson<RunnerResult>(resultFile) : null;
  return { child, result, logFile };
}

function runnerStatus(
  child: ChildRun,
  result: RunnerResult | null,
  failures: string,
): Pick<ModeRun, 'status' | 'problem'> {
  if (child.timedOut) return { status: 'timed out', problem: 'timed out' };
  if (!result)
    return { status: 'error', problem: `exit ${child.exitCode}: ${lastLine(child.tail)}` };
  if (result.failures.length > 0) return { status: 'failures', problem: failures };
  return { status: 'ok', problem: null };
}

/**
 * What a walk mode sets: `smoke-W`/`full-W` the walk's defaults (the audit as the target's default,
 * A11Y=fail on the sandbox), `-right` no wrong answers (WRONG_ANSWER_SHARE=0, as the naive player),
 * `-noaudit` no accessibility audit (A11Y=off), `full-auto` WORKERS=auto.
 */
export function walkSettings(mode: Mode): { depth: 'smoke' | 'full'; vars: DeclaredVars } {
  const [depth, workers] = mode.split('-') as ['smoke' | 'full', string];
  return {
    depth,
    vars: {
      DEPTH: depth,
      WORKERS: workers,
      ...(mode.includes('-right') ? { WRONG_ANSWER_SHARE: '0' } : {}),
      A11Y: mode.includes('-noaudit') ? 'off' : 'fail',
      A11Y_BASELINE: BENCH_A11Y_BASELINE,
    },
  };
}

/** `npm run journey` against this size's sandbox: desktop only, no retries, own output folders. */
async function runWalk(mode: Mode, ctx: SizeContext, attempt: number): Promise<ModeRun> {
  const { vars } = walkSettings(mode);
  const label = attempt > 1 ? `${mode}-${attempt}` : mode;
  const dir = resolve(ctx.dir, label);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'output.log');
  const child = await runMeasuredWalk({
    dir,
    runId: `bench-${label}`,
    vars: {
      BASE_URL: ctx.baseUrl,
      PROJECTS: 'desktop',
      RETRIES: '0',
      SEED: WALK_SEED,
      ALLURE_HISTORY_PATH: join(dir, 'history.jsonl'),
      ...vars,
    },
    logFile,
    timeoutMs: ctx.timeoutMs,
  });
  const summaryFile = join(dir, 'reports', 'summary.json');
  const summary = existsSync(summaryFile) ? readSummary(summaryFile) : null;
  const run: ModeRun = {
    ...blankRun(mode, child, logFile),
    timeMs: child.wallMs,
    walkDiscoveryMs: walkDiscoveryMs(readFileSync(logFile, 'utf8')),
  };
  if (child.timedOut) return { ...run, status: 'timed out', problem: 'timed out' };
  if (!summary) {
    return {
      ...run,
      status: 'error',
      problem: `exit ${child.exitCode}, no summary: ${lastLine(child.tail)}`,
    };
  }
  const pagesFailed = summary.pages.filter((p) => p.status === 'failed').length;
  const { chapters, passed, failed, flaky, skipped } = summary.totals;
  const walked: ModeRun = {
    ...run,
    chapters,
    passed,
    failed,
    flaky,
    skipped,
    pageTests: summary.pages.length,
    pageTestsFailed: pagesFailed,
    cards: cardsOf(summary),
    lanes: summary.speed?.lanes ?? parallelismOf(mode),
  };
  const problems = [
    failed > 0 ? count(failed, 'failed chapter') : null,
    pagesFailed > 0 ? count(pagesFailed, 'failed page') : null,
    skipped > 0 ? count(skipped, 'skipped chapter') : null,
    summary.unreachable ? 'target unreachable' : null,
    problemsIfNone(child.exitCode, failed + pagesFailed),
  ].filter((p): p is string => p !== null);
  return problems.length > 0
    ? { ...walked, status: 'failures', problem: problems.join(', ') }
    : { ...walked, status: 'ok', problem: null };
}

/** "1 failed chapter", "2 failed chapters". */
function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** A walk that exits non-zero with nothing failed in its summary still did not end well. */
function problemsIfNone(exitCode: number | null, failures: number): string | null {
  return exitCode !== 0 && failures === 0 ? `exit code ${exitCode}` : null;
}

/** The journey's own "Discovered ... in 0.4 s; ..." line. */
export function walkDiscoveryMs(output: string): number | null {
  const match = /^Discovered .* in (\d+(?:\.\d+)?) s;/m.exec(output);
  return match ? Math.round(Number(match[1]) * 1000) : null;
}

function blankRun(mode: Mode, child: ChildRun, logFile: string): ModeRun {
  return {
    mode,
    timeMs: child.wallMs,
    childWallMs: child.wallMs,
    workMs: null,
    chapters: 0,
    passed: 0,
    failed: 0,
    flaky: 0,
    skipped: 0,
    pageTests: null,
    pageTestsFailed: null,
    requests: null,
    status: 'error',
    problem: null,
    exitCode: child.exitCode,
    peakRssBytes: child.peakRssBytes,
    processesAtPeak: child.processesAtPeak,
    cpuMs: child.cpuMs,
    cpuMsByKind: child.cpuMsByKind,
    walkDiscoveryMs: null,
    cards: null,
    lanes: null,
    logFile,
  };
}

function lastLine(text: string): string {
  return text.trim().split('\n').at(-1) ?? '';
}

/** Cards the walk played (its chapters' per-card timings; null at smoke depth). */
function cardsOf(summary: RunSummary): number | null {
  const timed = summary.chapters.filter((c) => c.timing);
  return timed.length === 0
    ? null
    : timed.reduce((sum, c) => sum + (c.timing?.cardsMs.length ?? 0), 0);
}
