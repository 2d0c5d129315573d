/**
 * `npm run report [-- --open]`: builds the Allure 3 report from the latest walk's results into
 * allure-report/, keeping run history in ALLURE_HISTORY_PATH; `--open` then serves it locally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { getConfig, inheritedEnv } from '../config';
import { readAllureResults, resolutionsFor } from '../reporting/allure-resolutions';
import { KnownFailuresError, readKnownFailures } from '../reporting/known-failures';

const REPORT_DIR = 'allure-report';
const config = getConfig();
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--open');
if (unknown.length > 0) {
  console.error(`Unknown argument(s) ${unknown.join(' ')}: npm run report accepts only --open.`);
  process.exit(2);
}
const results = config.paths.allureResults;
if (!existsSync(results) || readdirSync(results).length === 0) {
  console.error(`No Allure results in ${results}/: run \`npm run journey\` first.`);
  process.exit(1);
}
mkdirSync(dirname(config.paths.allureHistory), { recursive: true });
// A report is derived from one walk's results: never leave an older report's pages beside it (Allure
// 3 writes into an output it finds in another layout, e.g. awesome/, and the old index.html stays).
// History lives in ALLURE_HISTORY_PATH, not here.
rmSync(REPORT_DIR, { recursive: true, force: true });
// Known failures become Allure 3 resolutions (an issue link on each matching failure), handed to
// allurerc.mjs in a file outside the results (Allure reads every file in the results folder).
let resolutionsPath = '';
try {
  const known = readKnownFailures(config.paths.knownFailures);
  const resolutions = resolutionsFor(known, readAllureResults(results), new Date());
  if (resolutions) {
    resolutionsPath = resolve(join(dirname(config.paths.allureHistory), 'resolutions.json'));
    // Allure writes the known issues it matched to knownIssuesPath (default: ./known-issues.json).
    const knownIssuesPath = resolve(join(dirname(config.paths.allureHistory), 'known-issues.json'));
    writeFileSync(resolutionsPath, JSON.stringify({ ...resolutions, knownIssuesPath }, null, 2));
  }
} catch (error) {
  if (!(error instanceof KnownFailuresError)) throw error;
  console.error(`Known failures file error: ${error.message}`);
  process.exit(2);
}
const generate = spawnSync(
  'npx',
  ['allure', 'generate', results, '--config', 'allurerc.mjs', '--output', REPORT_DIR],
  {
    stdio: 'inherit',
    env: inheritedEnv({
      ALLURE_HISTORY_PATH: config.paths.allureHistory,
      ALLURE_RESULTS_DIR: results,
      ALLURE_RESOLUTIONS_PATH: resolutionsPath,
    }),
  },
);
if (generate.status !== 0) process.exit(generate.status ?? 1);
console.log(`Allure report: ${REPORT_DIR}/index.html`);
if (args.includes('--open')) {
  spawnSync('npx', ['allure', 'open', REPORT_DIR], { stdio: 'inherit' });
}
