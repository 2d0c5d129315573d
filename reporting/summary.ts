import { mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAILURE_CATEGORIES, type FailureCategory } from './categories';

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
  totals: { chapters: number; passed: number; failed: number; flaky: number; skipped: number };
  /** Non-GET requests that reached the target during the walk (0 in production-safe mode). */
  writesSent: number;
  blockedWrites: number;
  chapters: ChapterOutcome[];
  pages: PageOutcome[];
}

export function totalsOf(chapters: readonly ChapterOutcome[]): RunSummary['totals'] {
  const count = (s: OutcomeStatus): number => chapters.filter((c) => c.status === s).length;
  return {
    chapters: chapters.length,
    passed: count('passed'),
    failed: count('failed'),
    flaky: count('flaky'),
    skipped: count('skipped'),
  };
}

const where = (o: ChapterOutcome | PageOutcome): string =>
  [o.classroom, o.topic, o.story].filter(Boolean).join(' › ');

/** The short Markdown table of what failed (also written to $GITHUB_STEP_SUMMARY). */
export function summaryMarkdown(s: RunSummary): string {
  const t = s.totals;
  const lines = [
    `## Oppia learner journeys: ${s.target}`,
    '',
    s.unreachable
      ? `**Target unreachable:** ${s.unreachable.message}`
      : `${t.chapters} chapters (${s.depth}): **${t.passed} passed, ${t.failed} failed, ${t.flaky} flaky, ${t.skipped} skipped** in ${(s.durationMs / 1000).toFixed(0)} s. Run \`${s.runId}\`.`,
  ];
  const failedPages = s.pages.filter((p) => p.status === 'failed');
  const failedChapters = s.chapters.filter((c) => c.status === 'failed');
  const flaky = [...s.pages, ...s.chapters].filter((o) => o.status === 'flaky');
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
    for (const c of failedChapters) lines.push(row(c, `Chapter ${c.number}: ${c.title}`));
    for (const o of flaky)
      lines.push(
        row(o, `${'number' in o ? `Chapter ${o.number}: ${o.title}` : `${o.kind} page`} (flaky)`),
      );
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
