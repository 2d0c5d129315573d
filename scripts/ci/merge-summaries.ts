import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { InputError, isMain, parseCliArgs, runCli, UsageError } from './cli';
import {
  computeTotals,
  readSummary,
  summarySchema,
  type ChapterOutcome,
  type PageOutcome,
  type RunSummary,
} from '../../reporting/summary-schema';

const USAGE = `usage: npx tsx scripts/ci/merge-summaries.ts --out FILE [--run-id ID] INPUT...

Merges the reports/summary.json of each shard of one walk into one summary.
  INPUT        a summary file, or a directory searched (recursively) for files named summary.json
  --out FILE   where to write the merged summary (directories are created)
  --run-id ID  run id of the merged summary; needed only when the shards carry different run ids
               (shards run without a shared RUN_ID)`;

/** Thrown when shard summaries cannot honestly be merged into one. */
export class MergeError extends Error {
  override name = 'MergeError';
}

export interface MergeOptions {
  /** Overrides the shards' run id; required when they disagree. */
  runId?: string;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Catalog-like order: classroom, topic, story, chapter number, then browser project. */
export function compareChapters(a: ChapterOutcome, b: ChapterOutcome): number {
  return (
    byText(a.classroom, b.classroom) ||
    byText(a.topic, b.topic) ||
    byText(a.story, b.story) ||
    a.number - b.number ||
    byText(a.project ?? '', b.project ?? '')
  );
}

const PAGE_KIND_ORDER = { discovery: 0, classroom: 1, topic: 2, story: 3 } as const;

/** Discovery problems first, then classroom, topic and story pages, each by their fragments. */
export function comparePages(a: PageOutcome, b: PageOutcome): number {
  return (
    PAGE_KIND_ORDER[a.kind] - PAGE_KIND_ORDER[b.kind] ||
    byText(a.classroom ?? '', b.classroom ?? '') ||
    byText(a.topic ?? '', b.topic ?? '') ||
    byText(a.story ?? '', b.story ?? '') ||
    byText(a.url, b.url) ||
    byText(a.project ?? '', b.project ?? '')
  );
}

function agreed<T>(values: readonly T[], key: string, hint: string): T {
  const distinct = [...new Set(values.map((value) => JSON.stringify(value)))];
  if (distinct.length > 1) {
    throw new MergeError(`the shards disagree on "${key}" (${distinct.join(', ')}): ${hint}`);
  }
  return values[0]!;
}

/** The sandbox started by `npm run journey` listens on a free port that differs per run. */
function isLoopback(target: string): boolean {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(target).hostname);
  } catch {
    return false;
  }
}

/** One target for all shards; shards of a local sandbox walk may differ only by port. */
function mergedTarget(shards: readonly RunSummary[]): string {
  const targets = shards.map((shard) => shard.target);
  if (targets.every(isLoopback)) return targets[0]!;
  return agreed(targets, 'target', 'they are not shards of one walk.');
}

/** Sum of a counter over the shards (writesSent, blockedWrites). */
function sumOf(shards: readonly RunSummary[], key: 'writesSent' | 'blockedWrites'): number {
  return shards.reduce((sum, shard) => sum + shard[key], 0);
}

/**
 * Merges the summaries of the shards of one walk: chapters and pages concatenated and ordered,
 * totals recomputed from the chapters, the earliest start, and the wall-clock span from the
 * earliest start to the latest end as duration (shards run in parallel, so durations do not add).
 * The write counters (writesSent, blockedWrites) are summed; a shard that found the target
 * unreachable makes the merged walk unreachable too.
 */
export function mergeSummaries(
  shards: readonly RunSummary[],
  options: MergeOptions = {},
): RunSummary {
  if (shards.length === 0) throw new MergeError('no shard summaries to merge.');
  shards.forEach((shard, i) => {
    const twin = shards.findIndex((other, j) => j < i && isDeepStrictEqual(other, shard));
    if (twin >= 0) {
      throw new MergeError(
        `shard summaries #${twin + 1} and #${i + 1} are identical: the same file was given twice.`,
      );
    }
  });
  const oneWalk = 'they are not shards of one walk.';
  const target = mergedTarget(shards);
  const depth = agreed(
    shards.map((s) => s.depth),
    'depth',
    oneWalk,
  );
  const productionSafe = agreed(
    shards.map((s) => s.productionSafe),
    'productionSafe',
    oneWalk,
  );
  const runId =
    options.runId ??
    agreed(
      shards.map((s) => s.runId),
      'runId',
      'pass --run-id, or give every shard the same RUN_ID.',
    );

  const starts = shards.map((shard) => Date.parse(shard.startedAt));
  const ends = shards.map((shard, i) => starts[i]! + shard.durationMs);
  const start = Math.min(...starts);
  const earliest = shards[starts.indexOf(start)]!;
  const unreachable = shards.find((shard) => shard.unreachable)?.unreachable;

  const chapters = shards.flatMap((shard) => shard.chapters).sort(compareChapters);
  const pages = shards.flatMap((shard) => shard.pages).sort(comparePages);
  // Fields the contract does not name (a later writer's additions) come from the earliest shard.
  const extras = Object.fromEntries(
    Object.entries(earliest).filter(([key]) => !(key in summarySchema.shape)),
  );
  return {
    target,
    runId,
    startedAt: earliest.startedAt,
    durationMs: Math.max(...ends) - start,
    depth,
    productionSafe,
    ...extras,
    ...(earliest.flags ? { flags: earliest.flags } : {}),
    writesSent: sumOf(shards, 'writesSent'),
    blockedWrites: sumOf(shards, 'blockedWrites'),
    ...(unreachable ? { unreachable } : {}),
    totals: computeTotals(chapters),
    chapters,
    pages,
    knownFailures: mergedKnownFailures(shards),
  };
}

/**
 * Known failures over shards: known and expired entries of any shard; fixed only when no shard
 * saw its chapter or page fail (a chapter can run in two shards, one per project).
 */
function mergedKnownFailures(shards: readonly RunSummary[]): RunSummary['knownFailures'] {
  const reports = shards.map((shard) => shard.knownFailures);
  const distinct = <T>(items: T[]): T[] => {
    const seen = new Map(items.map((item) => [JSON.stringify(item), item]));
    return [...seen.values()];
  };
  const known = distinct(reports.flatMap((r) => r.known));
  const expired = distinct(reports.flatMap((r) => r.expired));
  const failing = new Set([...known, ...expired].map((e) => JSON.stringify(e)));
  const fixed = distinct(reports.flatMap((r) => r.fixed)).filter(
    (e) => !failing.has(JSON.stringify(e)),
  );
  return { known, fixed, expired };
}

/** Expands the command's inputs into summary files: files as given, directories searched. */
export function findSummaryFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      byText(a.name, b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'summary.json') files.push(path);
    }
  };
  for (const input of inputs) {
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      throw new InputError(`${input} does not exist.`);
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const before = files.length;
    walk(input);
    if (files.length === before) {
      throw new InputError(`no summary.json under ${input}: did the shard upload its reports/?`);
    }
  }
  return files;
}

function main(argv: string[]): number {
  const { values, positionals } = parseCliArgs(argv, {
    out: { type: 'string' },
    'run-id': { type: 'string' },
  });
  if (!values.out) throw new UsageError('--out is required.');
  if (positionals.length === 0) throw new UsageError('give at least one shard summary or folder.');
  const files = findSummaryFiles(positionals);
  let merged: RunSummary;
  try {
    merged = mergeSummaries(
      files.map((file) => readSummary(file)),
      values['run-id'] ? { runId: values['run-id'] } : {},
    );
  } catch (error) {
    if (error instanceof MergeError)
      throw new InputError(`${error.message}\n  inputs: ${files.join(', ')}`);
    throw error;
  }
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(merged, null, 2)}\n`);
  const { totals } = merged;
  console.log(
    `merged ${files.length} shard summaries into ${values.out}: ${totals.chapters} chapters ` +
      `(${totals.passed} passed, ${totals.failed} failed, ${totals.flaky} flaky, ` +
      `${totals.skipped} skipped), ${merged.pages.length} pages`,
  );
  return 0;
}

if (isMain(import.meta.url)) runCli(USAGE, main);
