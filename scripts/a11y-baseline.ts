/**
 * `npm run a11y:baseline [-- --dry-run]`: writes or refreshes the accessibility baseline
 * (A11Y_BASELINE, default a11y-baseline.yaml) from the results of the last walk (every audit
 * writes what it found under OUTPUT_DIR/a11y). Entries still met are kept with their reasons,
 * entries the walk audited and no longer met are removed, entries the walk did not look at (a
 * filtered walk) are kept, and every violation no entry accepts is added for review.
 *
 * Exit codes: 0 written (or nothing to change), 1 no results to read, 2 bad configuration or
 * baseline file. With --dry-run nothing is written and the exit code is 1 when the baseline would
 * change.
 */
import { ConfigError, loadConfigWith } from '../config';
import {
  a11yResultsDir,
  BaselineError,
  describeEntry,
  loadBaseline,
  readA11yResults,
  refreshBaseline,
  writeBaseline,
} from '../reporting/a11y-baseline';

const USAGE = 'Usage: npm run a11y:baseline [-- --dry-run]';

function main(argv: string[]): number {
  const unknown = argv.filter((arg) => arg !== '--dry-run');
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown[0]}. ${USAGE}`);
    return 2;
  }
  const dryRun = argv.includes('--dry-run');
  let config;
  let baseline;
  try {
    config = loadConfigWith({});
    baseline = loadBaseline(config.a11y.baseline, { required: false });
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof BaselineError)) throw error;
    console.error(`Configuration error:\n${error.message}`);
    return 2;
  }
  const dir = a11yResultsDir(config.paths.output);
  const results = readA11yResults(dir);
  if (results.length === 0) {
    console.error(
      `No accessibility results in ${dir}: run a walk with A11Y=report or A11Y=fail first ` +
        '(e.g. `A11Y=report npm run journey`), with the same OUTPUT_DIR.',
    );
    return 1;
  }
  const refresh = refreshBaseline(baseline, results);
  const audited = new Set(results.flatMap((r) => r.audited)).size;
  console.log(
    `${results.length} test(s) audited ${audited} target(s): ` +
      `${refresh.added.length} entr(y/ies) to add, ${refresh.removed.length} no longer met, ` +
      `${refresh.unseen.length} not audited by this walk (kept).`,
  );
  for (const entry of refresh.added) console.log(`  + ${describeEntry(entry)}`);
  for (const entry of refresh.removed) console.log(`  - ${describeEntry(entry)}`);
  const changed = refresh.added.length + refresh.removed.length > 0;
  if (dryRun) return changed ? 1 : 0;
  if (!changed && baseline.entries.length > 0) {
    console.log(`${baseline.path} is up to date.`);
    return 0;
  }
  writeBaseline(baseline.path, refresh.entries);
  console.log(`Wrote ${baseline.path} (${refresh.entries.length} entries): review the new ones.`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
