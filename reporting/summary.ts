import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_CATEGORIES, type FailureCategory } from './categories';
import type { KnownFailureRef } from './known-failures';
import type { ChapterTiming } from './timing';

/** `reports/summary.json`: a contract other tools rely on (README "Run summary"). */
export type OutcomeStatus = 'passed' | 'failed' | 'flaky' | 'skipped';

export interface FailureInfo {
  category: FailureCategory;
  message: string;
  firstFailingRequest?: { method: string; url: string; status: number | null };
}

export interface ChapterOutcome {
  project: string;
  classroom: string;
  topic: string;
  story: string;
  number: number;
  title: string;
  explorationId: string;
  nodeId: string;
  url: string;
  status: OutcomeStatus;
  durationMs: number;
  retries: number;
  failure?: FailureInfo;
  /** Set when the failure matches an entry of the known-failures file (not expired). */
  known?: KnownFailureRef;
  /** Time to first card, per card and total (full depth; the last attempt). */
  timing?: ChapterTiming;
  /** Set when the chapter's timing grew past SLOW_FACTOR × its recent median: a warning only. */
  timingWarning?: string;
}

export interface PageOutcome {
  project: string;
  kind: 'classroom' | 'topic' | 'story' | 'discovery';
  classroom?: string;
  topic?: string;
  story?: string;
  title: string;
  url: string;
  status: OutcomeStatus;
  durationMs: number;
  retries: number;
  failure?: FailureInfo;
  known?: KnownFailureRef;
}

/** How the walk stands against the known-failures file (README "Known failures"). */
export interface KnownFailuresReport {
  /** Entries whose chapter or page failed as the entry says: reported as known. */
  known: KnownFailureRef[];
  /** Entries whose chapter or page passed in this walk: remove them from the file. */
  fixed: KnownFailureRef[];
  /** Entries past their expiry whose chapter or page failed: counted as plain failures. */
  expired: KnownFailureRef[];
}

export interface RunSummary {
  target: string;
  runId: string;
  startedAt: string;
  durationMs: number;
  depth: 'smoke' | 'full';
  productionSafe: boolean;
  unreachable?: { message: string };
  /**
   * The flags that choose the learner's designs, as the target served them to the anonymous
   * learner (`/feature_flags_evaluation_handler`, catalog/flags.ts); absent when discovery did not
   * run. Additive: README "Run summary".
   */
  flags?: Record<string, boolean>;
  /**
   * `failed` counts every failed chapter test; `known` how many of those match a known failure
   * (new failures = failed − known); `timingWarnings` chapters with a timing warning.
   */
  totals: {
    chapters: number;
    passed: number;
    failed: number;
    flaky: number;
    skipped: number;
    known: number;
    timingWarnings: number;
  };
  /**
   * Time to verdict (additive): the walk's wall time (the test runner's start to its end), the
   * chapters it walked per minute and the lanes (Playwright workers) it used.
   */
  speed?: WalkSpeed;
  /** Non-GET requests that reached the target during the walk (0 in production-safe mode). */
  writesSent: number;
  blockedWrites: number;
  chapters: ChapterOutcome[];
  pages: PageOutcome[];
  knownFailures: KnownFailuresReport;
}

export interface WalkSpeed {
  wallMs: number;
  chaptersPerMinute: number;
  lanes: number;
}

/** The summary's `speed`: `chapters` tests (retries not counted again) over `wallMs`. */
export function speedOf(chapters: number, wallMs: number, lanes: number): WalkSpeed {
  const perMinute = wallMs > 0 ? (chapters * 60_000) / wallMs : 0;
  return { wallMs, chaptersPerMinute: Math.round(perMinute * 10) / 10, lanes };
}

export function totalsOf(chapters: readonly ChapterOutcome[]): RunSummary['totals'] {
  const count = (s: OutcomeStatus): number => chapters.filter((c) => c.status === s).length;
  return {
    chapters: chapters.length,
    passed: count('passed'),
    failed: count('failed'),
    flaky: count('flaky'),
    skipped: count('skipped'),
    known: chapters.filter((c) => c.status === 'failed' && c.known).length,
    timingWarnings: chapters.filter((c) => c.timingWarning).length,
  };
}

/**
 * Chapters grouped by story, in the order stories first appear (the catalog's order), each story's
 * chapters by number: the story's order, whatever order they ran or were reported in.
 */
export function inStoryOrder<
  T extends Pick<ChapterOutcome, 'classroom' | 'topic' | 'story' | 'number'> & { project?: string },
>(chapters: readonly T[]): T[] {
  const storyKey = (c: T) => `${c.classroom}\u0000${c.topic}\u0000${c.story}`;
  const firstSeen = new Map<string, number>();
  chapters.forEach((c, i) => {
    if (!firstSeen.has(storyKey(c))) firstSeen.set(storyKey(c), i);
  });
  return [...chapters].sort(
    (a, b) =>
      firstSeen.get(storyKey(a))! - firstSeen.get(storyKey(b))! ||
      a.number - b.number ||
      (a.project ?? '').localeCompare(b.project ?? ''),
  );
}

const where = (o: ChapterOutcome | PageOutcome): string =>
  [o.classroom, o.topic, o.story].filter(Boolean).join(' › ');

/** The short Markdown account: totals, new failures, known failures, fixed entries, warnings. */
export function summaryMarkdown(s: RunSummary): string {
  const t = s.totals;
  const lines = [
    `## Oppia learner journeys: ${s.target}`,
    '',
    s.unreachable
      ? `**Target unreachable:** ${s.unreachable.message}`
      : `${t.chapters} chapters (${s.depth}): **${t.passed} passed, ${t.failed - t.known} failed, ${t.known} known, ${t.flaky} flaky, ${t.skipped} skipped** in ${(s.durationMs / 1000).toFixed(0)} s. Run \`${s.runId}\`.`,
  ];
  const chapters = inStoryOrder(s.chapters);
  const isNew = (o: ChapterOutcome | PageOutcome) => o.status === 'failed' && !o.known;
  const failedPages = s.pages.filter(isNew);
  const failedChapters = chapters.filter(isNew);
  const flaky = [...s.pages, ...chapters].filter((o) => o.status === 'flaky');
  const whatOf = (o: ChapterOutcome | PageOutcome) =>
    'number' in o ? `Chapter ${o.number}: ${o.title}` : `${o.kind} page`;
  const row = (o: ChapterOutcome | PageOutcome, what: string): string => {
    const f = o.failure;
    const req = f?.firstFailingRequest
      ? `${f.firstFailingRequest.status ?? '—'} ${f.firstFailingRequest.method} ${f.firstFailingRequest.url}`
      : '';
    const category = f ? FAILURE_CATEGORIES[f.category] : '';
    return `| ${o.project} | ${where(o)} | [${what}](${o.url}) | ${category} | ${req.replace(/\|/g, '\\|')} |`;
  };
  if (failedPages.length + failedChapters.length + flaky.length > 0) {
    lines.push(
      '',
      '| project | where | what | category | first failing request |',
      '|---|---|---|---|---|',
    );
    for (const p of failedPages) lines.push(row(p, `${p.kind} page`));
    for (const c of failedChapters) lines.push(row(c, whatOf(c)));
    for (const o of flaky) lines.push(row(o, `${whatOf(o)} (flaky)`));
  }
  const known = [...s.pages, ...chapters].filter((o) => o.status === 'failed' && o.known);
  if (known.length > 0) {
    lines.push('', `Known failures (${known.length}, not counted against the walk):`, '');
    for (const o of known)
      lines.push(
        `- ${o.project} · ${where(o)} · ${whatOf(o)} · [bug](${o.known!.bug}): ${o.known!.reason}`,
      );
  }
  if (s.knownFailures.fixed.length > 0) {
    lines.push('', 'Known failures now passing (remove them from the known-failures file):', '');
    for (const k of s.knownFailures.fixed)
      lines.push(
        `- ${k.chapter ? `chapter ${k.chapter}` : `page ${k.page}`} · [bug](${k.bug}): ${k.reason}`,
      );
  }
  if (s.knownFailures.expired.length > 0) {
    lines.push('', 'Expired known failures (counted as failures again):', '');
    for (const k of s.knownFailures.expired)
      lines.push(
        `- ${k.chapter ? `chapter ${k.chapter}` : `page ${k.page}`} · expired ${k.expires} · [bug](${k.bug})`,
      );
  }
  const slow = chapters.filter((c) => c.timingWarning);
  if (slow.length > 0) {
    lines.push('', `Timing warnings (${slow.length}, not failures):`, '');
    for (const c of slow)
      lines.push(`- ${c.project} · ${where(c)} · ${whatOf(c)}: ${c.timingWarning}`);
  }
  if (s.productionSafe) {
    lines.push(
      '',
      `Production-safe: ${s.blockedWrites} write request(s) blocked in the browser, ${s.writesSent} reached the target.`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function writeSummary(dir: string, summary: RunSummary, stepSummaryPath?: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const markdown = summaryMarkdown(summary);
  writeFileSync(join(dir, 'summary.md'), markdown);
  if (stepSummaryPath) appendFileSync(stepSummaryPath, markdown);
}
