import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunSummary } from '../../reporting/summary';

/** Lines of the fault-detection matrix table start with this in the test output. */
export const MATRIX_ROW_PREFIX = 'matrix | ';

/** One run of the real walk (`npm run journey`) as a child process, with its own output folders. */
export interface WalkRun {
  exitCode: number | null;
  durationMs: number;
  output: string;
  summary: RunSummary | null;
  allureResults: AllureResult[];
  dir: string;
}

export interface AllureResult {
  name: string;
  status: string;
  statusDetails?: { message?: string };
  attachments: Array<{ name: string; source: string; type: string }>;
  labels: Array<{ name: string; value: string }>;
  parameters: Array<{ name: string; value: string }>;
  steps?: AllureStep[];
}

interface AllureStep {
  name: string;
  attachments?: AllureResult['attachments'];
  steps?: AllureStep[];
}

/** Every attachment of a result, including those made inside steps and fixture teardown. */
export function attachmentsOf(result: {
  attachments?: AllureResult['attachments'];
  steps?: AllureStep[];
}): AllureResult['attachments'] {
  return [
    ...(result.attachments ?? []),
    ...(result.steps ?? []).flatMap((step) => attachmentsOf(step)),
  ];
}

/** Environment variables a walk must not inherit from the machine running the self-tests. */
const INHERITED_WALK_VARIABLES = [
  'TARGET',
  'BASE_URL',
  'CLASSROOMS',
  'TOPICS',
  'STORIES',
  'CHAPTERS',
  'DEPTH',
  'PRODUCTION_SAFE',
  'WRONG_ANSWER_SHARE',
  'SEED',
  'WORKERS',
  'RETRIES',
  'TRACE',
  'PROJECTS',
  'SANDBOX_SCENARIO',
  'SANDBOX_PORT',
  'SANDBOX_CONTENT',
  'SANDBOX_SYNTHETIC',
  'SNAPSHOT_PATH',
  'ALLURE_RESULTS_DIR',
  'REPORTS_DIR',
  'OUTPUT_DIR',
  'RUN_ID',
  'GITHUB_STEP_SUMMARY',
  'A11Y', // a11y: the audit's settings come from each test, not the machine
  'A11Y_MIN_IMPACT', // a11y:
  'A11Y_BASELINE', // a11y:
];

export async function runWalk(
  name: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<WalkRun> {
  const dir = resolve('test-results', 'self', name);
  rmSync(dir, { recursive: true, force: true });
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const key of INHERITED_WALK_VARIABLES) delete childEnv[key];
  Object.assign(childEnv, {
    SNAPSHOT_PATH: join(dir, 'catalog.json'),
    ALLURE_RESULTS_DIR: join(dir, 'allure-results'),
    REPORTS_DIR: join(dir, 'reports'),
    OUTPUT_DIR: join(dir, 'playwright'),
    RUN_ID: `self-${name}`,
    ...env,
  });
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', 'journey'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((done) => {
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
  const summaryFile = join(dir, 'reports', 'summary.json');
  const summary = existsSync(summaryFile)
    ? (JSON.parse(readFileSync(summaryFile, 'utf8')) as RunSummary)
    : null;
  return {
    exitCode,
    durationMs: Date.now() - started,
    output,
    summary,
    allureResults: readAllure(join(dir, 'allure-results')),
    dir,
  };
}

function readAllure(dir: string): AllureResult[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as AllureResult);
}

/** The text of one of a result's attachments. */
export function attachmentText(run: WalkRun, result: AllureResult, name: string): string | null {
  const found = attachmentsOf(result).find((a) => a.name === name);
  return found ? readFileSync(join(run.dir, 'allure-results', found.source), 'utf8') : null;
}
