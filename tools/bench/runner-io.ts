import { readFileSync, writeFileSync } from 'node:fs';

/** The player's first card (sandbox/web/README.md "Player"; Oppia's conversation-skin hook). */
export const FIRST_CARD = '.e2e-test-conversation-content';

/**
 * The naive and floor runners are child processes (so their memory and wall time are measured as
 * the walk's are); the bench hands them a plan file and reads back a result file.
 */
export interface NaivePlan {
  chapterUrls: string[];
  /** Pages open at once. */
  parallel: number;
  /**
   * false: a fresh context and page per chapter (naive-N); true: one learner session per lane, its
   * page reused and reset between chapters as in the walk (session-N).
   */
  reusePage: boolean;
  /** Play every chapter to its end (naive-full-N) instead of only opening it. */
  play: boolean;
  /** undefined = Playwright's own Chromium. */
  executablePath: string | undefined;
  timeoutMs: number;
}

export interface FloorPlan {
  baseUrl: string;
  /** Site paths (with query), one request each, in walk order; see floor.ts. */
  paths: string[];
  /** Requests in flight at once. */
  concurrency: number;
  timeoutMs: number;
}

export interface RunnerResult {
  /** From the first request to the last answer, without the runner's own start-up. */
  workMs: number;
  done: number;
  failures: Array<{ url: string; error: string }>;
  /** naive-full only: cards reached, the EndExploration cards included. */
  cards?: number;
  /** Floor only: requests sent (pages, handlers, bundle, images). */
  requests?: number;
  bytes?: number;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** The two arguments every runner takes: `<plan.json> <result.json>`. */
export function runnerFiles(argv: readonly string[], usage: string): [string, string] {
  const [plan, result] = argv;
  if (!plan || !result) {
    console.error(usage);
    process.exit(2);
  }
  return [plan, result];
}
