import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FAILURE_CATEGORIES, type FailureCategory } from './categories';

/**
 * The `reports/summary.json` contract (README "Run summary"; design.md, "Contracts other tools rely
 * on"), defined once: the reporter writes it (reporting/summary.ts validates what it writes), and
 * the CI scripts, stability, the bench and the self-tests read it through `readSummary`. The types
 * are inferred from this schema, so a field cannot be added on one side only. Objects are loose so a
 * field added later travels through a shard merge untouched. Fields are only ever added: removing or
 * renaming one is a breaking change for every consumer of the file.
 */

export const statusSchema = z.enum(['passed', 'failed', 'flaky', 'skipped']);
export type OutcomeStatus = z.infer<typeof statusSchema>;

const CATEGORIES = Object.keys(FAILURE_CATEGORIES) as [FailureCategory, ...FailureCategory[]];
/** One of reporting/categories.ts's keys (`server-error`, `slow`, ...). */
export const categorySchema = z.enum(CATEGORIES);

const count = z.number().int().nonnegative();

export const failingRequestSchema = z.looseObject({
  method: z.string(),
  url: z.string(),
  /** null when the request got no response at all (connection reset, timeout). */
  status: z.number().int().nullable(),
});

export const failureSchema = z.looseObject({
  category: categorySchema,
  /** The failure's first line, starting with the category's label. */
  message: z.string(),
  firstFailingRequest: failingRequestSchema.optional(),
});

/** A known-failures entry as summary.json lists it (reporting/known-failures.ts). */
export const knownRefSchema = z.looseObject({
  chapter: z.string().optional(),
  page: z.string().optional(),
  category: categorySchema,
  bug: z.string(),
  /** `YYYY-MM-DD`. */
  expires: z.string().optional(),
  reason: z.string(),
});

/** Time to first card, per card and total (full depth; the last attempt). */
export const timingSchema = z.looseObject({
  /** From the player page's first request to the first card shown; null when no card showed. */
  firstCardMs: z.number().nonnegative().nullable(),
  cardsMs: z.array(z.number().nonnegative()),
  totalMs: z.number().nonnegative(),
});

export const chapterOutcomeSchema = z.looseObject({
  /** Playwright project (desktop, mobile): a chapter appears once per project. */
  project: z.string(),
  /** Names as the learner sees them. */
  classroom: z.string(),
  topic: z.string(),
  story: z.string(),
  number: count,
  title: z.string(),
  explorationId: z.string(),
  nodeId: z.string(),
  url: z.string(),
  status: statusSchema,
  durationMs: z.number().nonnegative(),
  retries: count,
  /** For a flaky test, the failure of the attempt that failed. */
  failure: failureSchema.optional(),
  /** Additive: the failure matches a known-failures entry (not expired). */
  known: knownRefSchema.optional(),
  /** Additive: time to first card, per card and total. */
  timing: timingSchema.optional(),
  /** Additive: the chapter's timing grew past SLOW_FACTOR × its recent median (a warning). */
  timingWarning: z.string().optional(),
});

export const pageOutcomeSchema = z.looseObject({
  project: z.string(),
  /** `discovery`: a catalog fetch that failed before any page could be opened. */
  kind: z.enum(['classroom', 'topic', 'story', 'discovery']),
  classroom: z.string().optional(),
  topic: z.string().optional(),
  story: z.string().optional(),
  title: z.string(),
  url: z.string(),
  status: statusSchema,
  durationMs: z.number().nonnegative(),
  retries: count,
  failure: failureSchema.optional(),
  /** Additive: the failure matches a known-failures entry (not expired). */
  known: knownRefSchema.optional(),
});

/**
 * `failed` counts every failed chapter test; `known` how many of those match a known failure (new
 * failures = failed − known); `timingWarnings` chapters with a timing warning. Chapter tests are
 * one per chapter and project.
 */
export const totalsSchema = z.looseObject({
  chapters: count,
  passed: count,
  failed: count,
  flaky: count,
  skipped: count,
  known: count,
  timingWarnings: count,
});

/** How the walk stands against the known-failures file (README "Known failures"). */
export const knownFailuresReportSchema = z.looseObject({
  /** Entries whose chapter or page failed as the entry says: reported as known. */
  known: z.array(knownRefSchema),
  /** Entries whose chapter or page passed in this walk: remove them from the file. */
  fixed: z.array(knownRefSchema),
  /** Entries past their expiry whose chapter or page failed: counted as plain failures. */
  expired: z.array(knownRefSchema),
});

export const walkSpeedSchema = z.looseObject({
  wallMs: z.number().nonnegative(),
  chaptersPerMinute: z.number().nonnegative(),
  lanes: z.number().int().positive(),
});

export const summarySchema = z.looseObject({
  /** The walked origin, or `sandbox`. */
  target: z.string(),
  runId: z.string(),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().nonnegative(),
  depth: z.enum(['smoke', 'full']),
  productionSafe: z.boolean(),
  /** Set when the preflight found the target not answering: nothing was walked. */
  unreachable: z.looseObject({ message: z.string() }).optional(),
  /**
   * Additive: the flags that choose the learner's designs, as the target served them to the
   * anonymous learner (`/feature_flags_evaluation_handler`, catalog/flags.ts); absent when
   * discovery did not run.
   */
  flags: z.record(z.string(), z.boolean()).optional(),
  totals: totalsSchema,
  /**
   * Additive, time to verdict: the walk's wall time (the test runner's start to its end), the
   * chapters it walked per minute and the lanes (Playwright workers) it used.
   */
  speed: walkSpeedSchema.optional(),
  /** Non-GET requests that reached the target during the walk (0 in production-safe mode). */
  writesSent: count,
  blockedWrites: count,
  chapters: z.array(chapterOutcomeSchema),
  pages: z.array(pageOutcomeSchema),
  /** Additive: how the walk stands against the known-failures file. */
  knownFailures: knownFailuresReportSchema,
});

export type FailingRequest = z.infer<typeof failingRequestSchema>;
export type FailureInfo = z.infer<typeof failureSchema>;
export type KnownFailureRef = z.infer<typeof knownRefSchema>;
export type ChapterTimingSummary = z.infer<typeof timingSchema>;
export type ChapterOutcome = z.infer<typeof chapterOutcomeSchema>;
export type PageOutcome = z.infer<typeof pageOutcomeSchema>;
export type Totals = z.infer<typeof totalsSchema>;
export type KnownFailuresReport = z.infer<typeof knownFailuresReportSchema>;
export type RunSummary = z.infer<typeof summarySchema>;
export type WalkSpeed = z.infer<typeof walkSpeedSchema>;

/** Thrown when a summary file is missing or does not match the contract. */
export class SummaryError extends Error {
  override name = 'SummaryError';
}

/** Validates an already-parsed summary; `source` names it in the error. */
export function parseSummary(data: unknown, source: string): RunSummary {
  const parsed = summarySchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new SummaryError(
      `${source} is not a valid reports/summary.json (reporting/summary-schema.ts defines the ` +
        `format; README "Run summary" describes it):\n${issues}`,
    );
  }
  return parsed.data;
}

/** Reads and validates a summary file, with an error that names the file and the problem. */
export function readSummary(path: string): RunSummary {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SummaryError(
      code === 'ENOENT'
        ? `${path} does not exist: run the walk first (npm run journey) or pass the right path.`
        : `cannot read ${path}: ${(error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SummaryError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSummary(data, path);
}

/** Counts per status, the one definition of `totals` every producer and merger uses. */
export function computeTotals(
  chapters: readonly Pick<ChapterOutcome, 'status' | 'known' | 'timingWarning'>[],
): Totals {
  const totals = { chapters: chapters.length, passed: 0, failed: 0, flaky: 0, skipped: 0 };
  for (const chapter of chapters) totals[chapter.status] += 1;
  return {
    ...totals,
    known: chapters.filter((c) => c.status === 'failed' && c.known).length,
    timingWarnings: chapters.filter((c) => c.timingWarning).length,
  };
}

/** The summary's `speed`: `chapters` tests (retries not counted again) over `wallMs`. */
export function speedOf(chapters: number, wallMs: number, lanes: number): WalkSpeed {
  const perMinute = wallMs > 0 ? (chapters * 60_000) / wallMs : 0;
  return { wallMs, chaptersPerMinute: Math.round(perMinute * 10) / 10, lanes };
}
