/**
 * `npm run stability -- --runs N [journey args]`: walks the target (the healthy sandbox unless
 * BASE_URL/TARGET say otherwise) N times in a row with the same configuration and reports, per run,
 * failures and flaky tests. Writes reports/stability/stability.{json,md}; exits 1 when any run had a
 * failed or flaky test. The README keeps the latest figure.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runChildWalk } from '../config/child-walk';
import { readSummary } from '../reporting/summary-schema';

interface RunRow {
  run: number;
  exitCode: number | null;
  durationS: number;
  chapters: number;
  passed: number;
  failed: number;
  flaky: number;
  pagesNotPassed: number;
  unstable: string[];
}

function parseArgs(argv: string[]): { runs: number; rest: string[] } {
  const at = argv.indexOf('--runs');
  const value = at === -1 ? undefined : argv[at + 1];
  const runs = Number(value);
  if (at === -1 || !value || !Number.isInteger(runs) || runs < 1 || runs > 100) {
    console.error(
      `--runs ${value ?? '(missing)'} is not allowed: give a whole number of walks from 1 to 100, e.g. npm run stability -- --runs 10`,
    );
    process.exit(2);
  }
  return { runs, rest: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}

const { runs, rest } = parseArgs(process.argv.slice(2));
const root = resolve('reports', 'stability');
mkdirSync(root, { recursive: true });
const rows: RunRow[] = [];

for (let run = 1; run <= runs; run++) {
  const dir = join(root, `run-${run}`);
  // The user's own settings of the suite's variables (TARGET, TOPICS, ...) steer every run, and
  // nothing else of the shell does; only the outputs differ.
  const walk = await runChildWalk({
    dir,
    runId: `stability-${run}`,
    declaredFrom: 'parent',
    args: rest,
    echo: true,
  });
  const summaryFile = walk.summaryFile;
  // A summary that breaks the contract stops the run with the problem named (SummaryError).
  const summary = existsSync(summaryFile) ? readSummary(summaryFile) : null;
  const outcomes = summary ? [...summary.chapters, ...summary.pages] : [];
  const row: RunRow = {
    run,
    exitCode: walk.exitCode,
    durationS: Math.round(walk.wallMs / 1000),
    chapters: summary?.totals.chapters ?? 0,
    passed: summary?.totals.passed ?? 0,
    failed: summary?.totals.failed ?? 0,
    flaky: summary?.totals.flaky ?? 0,
    pagesNotPassed: summary?.pages.filter((p) => p.status !== 'passed').length ?? 0,
    unstable: summary
      ? outcomes
          .filter((o) => o.status === 'failed' || o.status === 'flaky')
          .map((o) => `${o.status}: ${o.title} (${o.failure?.message ?? ''})`)
      : ['the walk wrote no summary'],
  };
  rows.push(row);
  console.log(
    `[stability] run ${run}/${runs}: ${row.passed}/${row.chapters} chapters passed, ${row.failed} failed, ${row.flaky} flaky, ${row.pagesNotPassed} pages not passed, ${row.durationS} s`,
  );
}

const unstableRuns = rows.filter(
  (r) => r.failed + r.flaky + r.pagesNotPassed > 0 || r.exitCode !== 0,
);
const table = [
  `Stability: ${runs} consecutive walks (${rest.join(' ') || 'default configuration'})`,
  '',
  '| run | chapters | passed | failed | flaky | pages not passed | seconds |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.run} | ${r.chapters} | ${r.passed} | ${r.failed} | ${r.flaky} | ${r.pagesNotPassed} | ${r.durationS} |`,
  ),
  '',
  `${runs - unstableRuns.length} of ${runs} runs fully green; ${rows.reduce((n, r) => n + r.flaky, 0)} flaky and ${rows.reduce((n, r) => n + r.failed, 0)} failed chapter tests in all.`,
  ...unstableRuns.flatMap((r) => r.unstable.map((u) => `- run ${r.run}: ${u}`)),
].join('\n');
writeFileSync(join(root, 'stability.json'), `${JSON.stringify(rows, null, 2)}\n`);
writeFileSync(join(root, 'stability.md'), `${table}\n`);
console.log(`\n${table}`);
process.exit(unstableRuns.length > 0 ? 1 : 0);
