// Allure 3 report configuration, used by `npm run report` (which sets ALLURE_HISTORY_PATH and
// ALLURE_RESULTS_DIR from the suite's config). Categories come from the categories.json the walk
// writes into the results, so the report and the suite share one list of failure kinds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read from the environment: the Allure CLI loads this file, started by scripts/report.ts with both
// variables taken from the suite's config (config/ cannot be imported into the CLI's process).
// eslint-disable-next-line no-restricted-properties -- set by scripts/report.ts from config/
const resultsDir = process.env.ALLURE_RESULTS_DIR || 'allure-results';
const categoriesFile = join(resultsDir, 'categories.json');
const categories = existsSync(categoriesFile)
  ? JSON.parse(readFileSync(categoriesFile, 'utf8')).map(
      ({ name, matchedStatuses, messageRegex }) => ({
        name,
        matchedStatuses,
        messageRegex,
      }),
    )
  : undefined;

// Known failures as Allure 3 resolutions, built by scripts/report.ts (reporting/allure-resolutions.ts).
// eslint-disable-next-line no-restricted-properties -- set by scripts/report.ts from config/
const resolutionsFile = process.env.ALLURE_RESOLUTIONS_PATH || '';
const resolutions =
  resolutionsFile && existsSync(resolutionsFile)
    ? JSON.parse(readFileSync(resolutionsFile, 'utf8'))
    : undefined;

export default {
  name: 'Oppia learner journeys',
  output: 'allure-report',
  // eslint-disable-next-line no-restricted-properties -- set by scripts/report.ts from config/
  historyPath: process.env.ALLURE_HISTORY_PATH || '.allure/history.jsonl',
  ...(categories ? { categories } : {}),
  ...(resolutions ? { resolutions } : {}),
  // The journey label carries the test's metadata for the suite's own reporters (see
  // fixtures/journey-meta.ts); it is not for people.
  hideLabels: ['journey'],
  plugins: {
    awesome: {
      options: {
        reportName: 'Oppia learner journeys',
        singleFile: false,
        reportLanguage: 'en',
        groupBy: ['epic', 'feature', 'story'],
        // Chapters in the story's order: their display names are zero-padded ("Chapter 01: …").
        defaultSortBy: 'name,asc',
      },
    },
  },
};
