import { existsSync, readFileSync } from 'node:fs';

/**
 * Timing a learner feels, per chapter: the time to its first card (from the player page's first
 * request to the first card shown), each card's time, and the whole chapter. The chapter fixture
 * records them as Allure labels, which Allure 3 keeps in its history file (ALLURE_HISTORY_PATH,
 * one JSON line per report); a chapter whose time grew past SLOW_FACTOR × its recent median gets a
 * warning — in the report and in summary.json — never a failure.
 */
export interface ChapterTiming {
  /** From the player page's first request to the first card shown; null when no card showed. */
  firstCardMs: number | null;
  /** Each card played, in order (answer entered to the next card shown, wrong answers included). */
  cardsMs: number[];
  /** The whole chapter test, story page to end card. */
  totalMs: number;
}

/** Allure labels that carry a chapter's timing into Allure's history file. */
export const TIMING_LABELS = {
  key: 'chapterKey',
  firstCard: 'firstCardMs',
  total: 'chapterMs',
} as const;

/** How many of the latest passed runs the comparison looks at, and how many it needs at least. */
export const RECENT_RUNS = 10;
export const MIN_RUNS = 3;
/**
 * A growth smaller than this is never flagged, whatever the factor: on a loaded machine or network a
 * first card at 2.8 s against a usual 1.1 s is noise (seen in this suite's own runs), not a wait a
 * learner notices the way they notice three more seconds.
 */
export const MIN_GROWTH_MS = 3_000;

/** The key a chapter's timing is kept under: the project and the exploration. */
export function timingKey(project: string, explorationId: string): string {
  return `${project}/${explorationId}`;
}

export interface PastTiming {
  firstCardMs: number | null;
  totalMs: number;
}

/** Past timings per chapter key, oldest first, from passed runs only. */
export type TimingHistory = Map<string, PastTiming[]>;

interface HistoryLine {
  timestamp?: number;
  testResults?: Record<
    string,
    { status?: string; labels?: Array<{ name: string; value?: string }> }
  >;
}

/** Reads Allure 3's history file (JSONL); a missing file is an empty history. */
export function readTimingHistory(path: string): TimingHistory {
  if (!existsSync(path)) return new Map();
  return timingHistoryOf(readFileSync(path, 'utf8'));
}

export function timingHistoryOf(jsonl: string): TimingHistory {
  const points: HistoryLine[] = [];
  for (const line of jsonl.split('\n')) {
    if (line.trim() === '') continue;
    try {
      points.push(JSON.parse(line) as HistoryLine);
    } catch {
      // A torn last line (a report cut short) is not history.
    }
  }
  points.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  const history: TimingHistory = new Map();
  for (const point of points) {
    for (const result of Object.values(point.testResults ?? {})) {
      if (result.status !== 'passed') continue;
      const label = (name: string) => result.labels?.find((l) => l.name === name)?.value;
      const key = label(TIMING_LABELS.key);
      const total = Number(label(TIMING_LABELS.total));
      if (!key || !Number.isFinite(total)) continue;
      const first = Number(label(TIMING_LABELS.firstCard));
      const list = history.get(key) ?? [];
      list.push({ firstCardMs: Number.isFinite(first) ? first : null, totalMs: total });
      history.set(key, list);
    }
  }
  return history;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * The warning for a chapter whose time to first card or total grew past `factor` × its median over
 * its recent passed runs (and by at least MIN_GROWTH_MS), or null. Needs MIN_RUNS past runs.
 */
export function timingWarning(
  now: ChapterTiming,
  past: readonly PastTiming[] | undefined,
  factor: number,
): string | null {
  const recent = (past ?? []).slice(-RECENT_RUNS);
  const problems: string[] = [];
  const check = (what: string, value: number | null, history: Array<number | null>) => {
    const values = history.filter((v): v is number => v !== null);
    if (value === null || values.length < MIN_RUNS) return;
    const usual = median(values);
    if (value > factor * usual && value - usual >= MIN_GROWTH_MS) {
      problems.push(
        `${what} ${seconds(value)} is ${(value / Math.max(usual, 1)).toFixed(1)}× its recent ` +
          `median of ${seconds(usual)} (${values.length} runs)`,
      );
    }
  };
  check(
    'time to first card',
    now.firstCardMs,
    recent.map((p) => p.firstCardMs),
  );
  check(
    'chapter time',
    now.totalMs,
    recent.map((p) => p.totalMs),
  );
  return problems.length > 0
    ? `Timing warning: ${problems.join('; ')}, over the ${factor}× limit (SLOW_FACTOR).`
    : null;
}
