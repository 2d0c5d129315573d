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
  ? JSON.parse(readFileSync(categoriesFile, 'utf8')).map(({ name, matchedStatuses, messageRegex }) => ({
      name,
      matchedStatuses,
      messageRegex,
    }))
  : undefined;

export default {
  name: 'Oppia learner journeys',
  output: 'allure-report',
  // eslint-disable-next-line no-restricted-properties -- set by scripts/report.ts from config/
  historyPath: process.env.ALLURE_HISTORY_PATH || '.allure/history.jsonl',
  ...(categories ? { categories } : {}),
  plugins: {
    awesome: {
      options: {
        reportName: 'Oppia learner journeys',
        singleFile: false,
        reportLanguage: 'en',
        groupBy: ['epic', 'feature', 'story'],
      },
    },
  },
};
