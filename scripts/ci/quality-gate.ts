import { appendFileSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError, isMain, parseCliArgs, parseCount, runCli, UsageError } from './cli';
import { readSummary, type RunSummary } from '../../reporting/summary-schema';
import {
  cell,
  chapterLabel,
  failuresOf,
  knownFailuresOf,
  pageLabel,
} from '../../reporting/summary-markdown';

const USAGE = `usage: npx tsx scripts/ci/quality-gate.ts --summary FILE [--snapshot FILE] [--min-chapters N] [--markdown FILE]

The release gate's verdict on a (merged) walk summary. Exit 0 when it passes, 1 when it fails (the
reasons are printed), 2 on bad usage or unreadable input.
  --summary FILE     the walk's reports/summary.json (merged over shards)
  --snapshot FILE    the catalog snapshot the walk discovered (.cache/catalog.json): every chapter in
                     it must have been walked
  --min-chapters N   walk at least N chapters whatever discovery found (guards against a catalog
                     that shrank); at least one of --snapshot and --min-chapters is required
  --markdown FILE    also append the verdict as Markdown to FILE (in a workflow: "$GITHUB_STEP_SUMMARY")`;

/**
 * The part of the catalog snapshot (catalog/snapshot.ts owns the format, contracts.md §3) the gate
 * needs: which chapters discovery found. Read loosely so the gate does not break on added fields.
 */
const snapshotChaptersSchema = z.object({
  target: z.string(),
  classrooms: z.array(
    z.object({
      topics: z.array(
        z.object({
          stories: z.array(
            z.object({
              chapters: z.array(
                z.object({ explorationId: z.string(), title: z.string(), url: z.string() }),
              ),
            }),
          ),
        }),
      ),
    }),
  ),
});

export interface ExpectedChapter {
  explorationId: string;
  title: string;
  url: string;
}

/** The chapters a snapshot file lists, in catalog order. */
export function readSnapshotChapters(path: string): ExpectedChapter[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`cannot read the snapshot ${path}: ${(error as Error).message}`);
  }
  const parsed = snapshotChaptersSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InputError(
      `${path} is not a catalog snapshot (${first?.path.join('.')}: ${first?.message}).`,
    );
  }
  return parsed.data.classrooms.flatMap((c) =>
    c.topics.flatMap((t) => t.stories.flatMap((s) => s.chapters)),
  );
}

export interface GateInput {
  summary: RunSummary;
  /** Chapters discovery found; each must appear among the walked chapters. */
  expectedChapters?: readonly ExpectedChapter[];
  /** A floor on walked chapters independent of discovery. */
  minChapters?: number;
}

export interface GateVerdict {
  passed: boolean;
  /** Distinct chapters that ran (passed, flaky or failed; not skipped). */
  walked: number;
  /** The number the walk had to reach: max(snapshot chapters, minChapters). */
  expected: number;
  /** One line per broken rule, for people. */
  reasons: string[];
  /** Failures the known-failures file names: listed, never a reason to fail. */
  known: string[];
}

const LISTED = 10;

function listSome(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).map((item) => `\n    - ${item}`);
  return (
    shown.join('') + (items.length > LISTED ? `\n    - …and ${items.length - LISTED} more` : '')
  );
}

/**
 * The gate: no failed chapter, no failed classroom/topic/story page, and at least the expected
 * number of chapters walked (every snapshot chapter present; at least `minChapters`). Skipped
 * chapters do not count as walked: a walk that skipped everything must not pass.
 */
export function evaluateGate({ summary, expectedChapters, minChapters }: GateInput): GateVerdict {
  const reasons: string[] = [];
  if (summary.unreachable)
    reasons.push(`the target was unreachable: ${summary.unreachable.message}`);
  const failed = failuresOf(summary);
  if (failed.chapters.length > 0) {
    reasons.push(
      `${failed.chapters.length} chapter(s) failed:` +
        listSome(
          failed.chapters.map(
            (c) => `${chapterLabel(c)} [${c.failure?.category ?? 'unknown'}] ${c.url}`,
          ),
        ),
    );
  }
  if (failed.pages.length > 0) {
    reasons.push(
      `${failed.pages.length} page(s) failed:` +
        listSome(
          failed.pages.map((p) => `${pageLabel(p)} [${p.failure?.category ?? 'unknown'}] ${p.url}`),
        ),
    );
  }

  const ran = summary.chapters.filter((chapter) => chapter.status !== 'skipped');
  // A chapter can be walked once per browser project; count each chapter once.
  const walkedKeys = new Set(ran.map((c) => `${c.classroom}/${c.topic}/${c.story}/${c.number}`));
  const walked = walkedKeys.size;
  const walkedExplorations = new Set(ran.map((c) => c.explorationId));
  const expected = Math.max(expectedChapters?.length ?? 0, minChapters ?? 0);

  if (expectedChapters) {
    const missing = expectedChapters.filter((c) => !walkedExplorations.has(c.explorationId));
    if (missing.length > 0) {
      reasons.push(
        `${missing.length} of the ${expectedChapters.length} chapters discovery found were not walked ` +
          `(skipped, or lost with a shard):` +
          listSome(missing.map((c) => `${c.title} (exploration ${c.explorationId}) ${c.url}`)),
      );
    }
  }
  if (minChapters !== undefined && walked < minChapters) {
    reasons.push(
      `only ${walked} chapter(s) walked, fewer than the required minimum of ${minChapters} ` +
        `(did the catalog shrink, or did filters or skips cut the walk short?).`,
    );
  }
  if (walked === 0 && reasons.length === 0) {
    reasons.push('no chapter was walked at all.');
  }
  const knownFailed = knownFailuresOf(summary);
  const known = [
    ...knownFailed.chapters.map(
      (c) => `${chapterLabel(c)} [${c.failure?.category ?? 'unknown'}] ${c.known?.bug ?? ''}`,
    ),
    ...knownFailed.pages.map(
      (p) => `${pageLabel(p)} [${p.failure?.category ?? 'unknown'}] ${p.known?.bug ?? ''}`,
    ),
  ];
  return { passed: reasons.length === 0, walked, expected, reasons, known };
}

/** The verdict as the lines the gate prints. */
export function formatVerdict(verdict: GateVerdict, summary: RunSummary): string {
  const { totals } = summary;
  const head =
    `quality gate ${verdict.passed ? 'PASSED' : 'FAILED'} for ${summary.target}: ` +
    `${verdict.walked} chapter(s) walked (expected at least ${verdict.expected}); ` +
    `${totals.passed} passed, ${failuresOf(summary).chapters.length} failed, ` +
    `${verdict.known.length} known, ${totals.flaky} flaky, ${totals.skipped} skipped`;
  return [
    head,
    ...verdict.reasons.map((reason) => `  ✗ ${reason}`),
    ...(verdict.known.length > 0
      ? [`  known failures, not counted:${verdict.known.map((k) => `\n    - ${k}`).join('')}`]
      : []),
  ].join('\n');
}

/**
 * The verdict as Markdown for a job summary. Reasons name chapters by their titles and URLs, text
 * from the target, so every line goes through the one escaper (reporting/summary-markdown.ts).
 */
export function verdictMarkdown(verdict: GateVerdict, summary: RunSummary): string {
  const items = (text: string, bullet: string): string[] => {
    const [first = '', ...rest] = text.split('\n');
    return [
      `- ${bullet}${cell(first, 1000)}`,
      ...rest.map((line) => `  - ${cell(line.replace(/^\s*- /, ''), 1000)}`),
    ];
  };
  const lines = [
    `### Quality gate: ${verdict.passed ? 'PASSED' : 'FAILED'}`,
    '',
    cell(formatVerdict({ ...verdict, reasons: [], known: [] }, summary), 1000),
    '',
    ...verdict.reasons.flatMap((reason) => items(reason, '✗ ')),
  ];
  if (verdict.known.length > 0) {
    lines.push(
      '- known failures, not counted:',
      ...verdict.known.map((k) => `  - ${cell(k, 1000)}`),
    );
  }
  return `${lines.join('\n').trimEnd()}\n\n`;
}

function main(argv: string[]): number {
  const { values, positionals } = parseCliArgs(argv, {
    summary: { type: 'string' },
    snapshot: { type: 'string' },
    'min-chapters': { type: 'string' },
    markdown: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  if (!values.summary) throw new UsageError('--summary is required.');
  const minChapters = parseCount('min-chapters', values['min-chapters']);
  if (!values.snapshot && !minChapters) {
    throw new UsageError(
      'say how many chapters to expect: --snapshot FILE and/or --min-chapters N (N > 0).',
    );
  }
  const summary = readSummary(values.summary);
  const verdict = evaluateGate({
    summary,
    ...(values.snapshot ? { expectedChapters: readSnapshotChapters(values.snapshot) } : {}),
    ...(minChapters ? { minChapters } : {}),
  });
  const text = formatVerdict(verdict, summary);
  if (values.markdown) appendFileSync(values.markdown, verdictMarkdown(verdict, summary));
  if (verdict.passed) console.log(text);
  else console.error(text);
  return verdict.passed ? 0 : 1;
}

if (isMain(import.meta.url)) runCli(USAGE, main);
