import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summaryToMarkdown } from './summary-markdown';
import { parseSummary, type RunSummary } from './summary-schema';

/**
 * Writes `reports/summary.json` (the contract, reporting/summary-schema.ts) and `summary.md` (the
 * one Markdown renderer, also appended to `$GITHUB_STEP_SUMMARY` when set). What is written is
 * checked against the contract first: a summary the readers would reject is a suite defect, said
 * here rather than in the CI step that reads it.
 */
export function writeSummary(dir: string, summary: RunSummary, stepSummaryPath?: string): void {
  parseSummary(summary, 'the summary the reporter is about to write');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const markdown = summaryToMarkdown(summary);
  writeFileSync(join(dir, 'summary.md'), markdown);
  if (stepSummaryPath) appendFileSync(stepSummaryPath, markdown);
}
