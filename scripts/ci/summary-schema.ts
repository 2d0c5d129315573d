import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The `reports/summary.json` contract (design.md, "Contracts other tools rely on"). The summary
 * reporter writes it, the CI scripts read it. Objects are loose so a field added later travels
 * through a shard merge untouched; every field listed here is required as the contract says.
 * Changing this schema is a breaking change for every consumer of the file.
 */

export const statusSchema = z.enum(['passed', 'failed', 'flaky', 'skipped']);
export type Status = z.infer<typeof statusSchema>;

export const failingRequestSchema = z.looseObject({
  method: z.string(),
  url: z.string(),
  /** null when the request got no response at all (connection reset, timeout). */
  status: z.number().int().nullable(),
});

export const failureSchema = z.looseObject({
  category: z.string(),
  message: z.string(),
  firstFailingRequest: failingRequestSchema.optional(),
});

/** A known-failures entry as summary.json lists it (reporting/known-failures.ts). */
export const knownRefSchema = z.looseObject({
  chapter: z.string().optional(),
  page: z.string().optional(),
  category: z.string(),
  bug: z.string(),
  expires: z.string().optional(),
  reason: z.string(),
});

export const chapterResultSchema = z.looseObject({
  /** Playwright project (desktop, mobile): a chapter appears once per project. */
  project: z.string().optional(),
  classroom: z.string(),
  topic: z.string(),
  story: z.string(),
  number: z.number().int().nonnegative(),
  title: z.string(),
  explorationId: z.string(),
  url: z.string(),
  status: statusSchema,
  durationMs: z.number().nonnegative(),
  retries: z.number().int().nonnegative(),
  failure: failureSchema.optional(),
  /** Additive: the failure matches a known-failures entry (not expired). */
  known: knownRefSchema.optional(),
  /** Additive: the chapter's timing grew past SLOW_FACTOR × its recent median (a warning). */
  timingWarning: z.string().optional(),
});

export const pageResultSchema = z.looseObject({
  project: z.string().optional(),
  /** `discovery`: a catalog fetch that failed before any page could be opened. */
  kind: z.enum(['classroom', 'topic', 'story', 'discovery']),
  classroom: z.string().optional(),
  topic: z.string().optional(),
  story: z.string().optional(),
  title: z.string(),
  url: z.string(),
  status: statusSchema,
  durationMs: z.number().nonnegative(),
  retries: z.number().int().nonnegative(),
  failure: failureSchema.optional(),
  /** Additive: the failure matches a known-failures entry (not expired). */
  known: knownRefSchema.optional(),
  /** Additive: the chapter's timing grew past SLOW_FACTOR × its recent median (a warning). */
  timingWarning: z.string().optional(),
});

export const totalsSchema = z.looseObject({
  chapters: z.number().int().nonnegative(),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  flaky: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});

export const summarySchema = z.looseObject({
  target: z.string(),
  runId: z.string(),
  startedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().nonnegative(),
  depth: z.string(),
  /** Set when the preflight found the target not answering: nothing was walked. */
  unreachable: z.looseObject({ message: z.string() }).optional(),
  totals: totalsSchema,
  chapters: z.array(chapterResultSchema),
  pages: z.array(pageResultSchema),
  /** Additive: how the walk stands against the known-failures file. */
  knownFailures: z
    .looseObject({
      known: z.array(knownRefSchema),
      fixed: z.array(knownRefSchema),
      expired: z.array(knownRefSchema),
    })
    .optional(),
});

export type FailingRequest = z.infer<typeof failingRequestSchema>;
export type Failure = z.infer<typeof failureSchema>;
export type ChapterResult = z.infer<typeof chapterResultSchema>;
export type PageResult = z.infer<typeof pageResultSchema>;
export type Totals = z.infer<typeof totalsSchema>;
export type Summary = z.infer<typeof summarySchema>;

/** Thrown when a summary file is missing or does not match the contract. */
export class SummaryError extends Error {
  override name = 'SummaryError';
}

/** Validates an already-parsed summary; `source` names it in the error. */
export function parseSummary(data: unknown, source: string): Summary {
  const parsed = summarySchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('\n');
    throw new SummaryError(
      `${source} is not a valid reports/summary.json (see design.md for the format):\n${issues}`,
    );
  }
  return parsed.data;
}

/** Reads and validates a summary file, with an error that names the file and the problem. */
export function readSummary(path: string): Summary {
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
  chapters: readonly Pick<ChapterResult, 'status' | 'known' | 'timingWarning'>[],
): Totals {
  const totals = { chapters: chapters.length, passed: 0, failed: 0, flaky: 0, skipped: 0 };
  for (const chapter of chapters) totals[chapter.status] += 1;
  return {
    ...totals,
    known: chapters.filter((c) => c.status === 'failed' && c.known).length,
    timingWarnings: chapters.filter((c) => c.timingWarning).length,
  };
}
