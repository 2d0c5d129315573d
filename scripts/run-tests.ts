/**
 * `npm test`: the project's own tests (unit, sandbox, self-tests) under the Playwright runner, ending
 * with the plain line `N passed, N failed` that CI reads. Extra arguments go to `playwright test`
 * (e.g. `npm test -- --project unit`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results/tests.json';
rmSync(RESULTS, { force: true });

const run = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'playwright.tests.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(RESULTS)) {
  const stats = (
    JSON.parse(readFileSync(RESULTS, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number; skipped: number };
    }
  ).stats;
  passed = stats.expected + stats.flaky;
  failed = stats.unexpected;
  skipped = stats.skipped;
}
if (existsSync(RESULTS)) printMatrix(RESULTS);
// A runner that crashed before writing results must not read as green.
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);

/** The fault-detection matrix's rows (printed by tests/self as they run), as one table. */
function printMatrix(resultsFile: string): void {
  const prefix = 'matrix | ';
  const rows = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'stdout' && Array.isArray(value)) {
        for (const chunk of value as Array<{ text?: string }>) {
          for (const line of (chunk.text ?? '').split('\n')) {
            if (line.startsWith(prefix)) rows.add(line.slice(prefix.length));
          }
        }
      } else visit(value);
    }
  };
  visit(JSON.parse(readFileSync(resultsFile, 'utf8')));
  if (rows.size === 0) return;
  console.log(
    ['', 'Fault-detection matrix', 'scenario | expected | found', ...[...rows].sort()].join('\n'),
  );
  console.log('');
}
