import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChildWalk } from '../../config/child-walk';
import type { EnvVariable } from '../../config/env-schema';
import { readSummary, type RunSummary } from '../../reporting/summary-schema';

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

export async function runWalk(
  name: string,
  env: Partial<Record<EnvVariable, string>>,
  timeoutMs: number,
): Promise<WalkRun> {
  const dir = resolve('test-results', 'self', name);
  rmSync(dir, { recursive: true, force: true });
  // Only the variables the suite declares, and only these: nothing leaks in from the shell.
  const walk = await runChildWalk({ dir, runId: `self-${name}`, vars: env, timeoutMs });
  // Every self-test reads the summary through the contract: a walk that wrote a summary the CI
  // scripts would reject fails here, naming the field.
  const summary = existsSync(walk.summaryFile) ? readSummary(walk.summaryFile) : null;
  return {
    exitCode: walk.exitCode,
    durationMs: walk.wallMs,
    output: walk.output,
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

/** What the sandbox counted of the learner's writes (`GET /_sandbox/events`). */
export interface SandboxEvents {
  learnerEvents: number;
  nonGetRequests: number;
  byEndpoint: Record<string, number>;
}

export async function sandboxEvents(sandboxUrl: string): Promise<SandboxEvents> {
  return (await (await fetch(`${sandboxUrl}/_sandbox/events`)).json()) as SandboxEvents;
}
