import { defineConfig, devices } from '@playwright/test';
import { resolveChromiumPath } from './config/browser';
import { getConfig } from './config';
import { workerNodeOptions } from './config/worker-heap';
import { allureCategories, suiteCommit } from './reporting/allure-run-info';
import { flagsEnvironmentValue, servedFlagsOf } from './reporting/served-flags';

/**
 * The learner-journey walk. Start it with `npm run journey`, which validates the configuration,
 * starts the sandbox when no BASE_URL is given, discovers the catalog into a snapshot and then runs
 * this config with BASE_URL pointing at the target.
 */
const config = getConfig();
const executablePath = resolveChromiumPath(config.chromiumPath ?? undefined);
// Playwright forks its workers with this process's environment, after reading this file: the
// workers, and only they, get the heap cap (config/worker-heap.ts says why).
// eslint-disable-next-line no-restricted-properties -- NODE_OPTIONS is Node's, not the suite's: read to keep the user's own flags
const workerOptions = workerNodeOptions(process.env.NODE_OPTIONS, config.workerHeapMb);
// eslint-disable-next-line no-restricted-properties -- the one way to hand the heap cap to Playwright's forked workers
if (workerOptions !== undefined) process.env.NODE_OPTIONS = workerOptions;

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
// A phone viewport on Chromium (Pixel 7 is a Chromium device descriptor).
const mobile = { ...devices['Pixel 7'] };

export default defineConfig({
  testDir: 'tests/journeys',
  // One chapter spec per depth: full plays every chapter, smoke opens each one.
  testIgnore: config.depth === 'smoke' ? 'chapters.spec.ts' : 'chapters.smoke.spec.ts',
  fullyParallel: true,
  forbidOnly: config.ci,
  retries: config.retries,
  workers: config.workers,
  // A chapter is a long walk; each card has its own, much shorter budget (CARD_BUDGET_MS).
  timeout: 5 * 60_000,
  outputDir: config.paths.output,
  reporter: [
    [config.ci ? 'line' : 'list'],
    [
      'allure-playwright',
      {
        resultsDir: config.paths.allureResults,
        // Only test.step (our model steps and one step per card) and attachments, not every
        // Playwright call and assertion: a passed 9-card chapter showed 158 steps with them, and
        // an assertion's step is titled with its failure message even when it passed.
        detail: false,
        suiteTitle: false,
        environmentInfo: {
          target: config.baseUrl ?? 'sandbox',
          target_kind: config.target,
          run_id: config.runId,
          depth: config.depth,
          production_safe: String(config.productionSafe),
          filters: JSON.stringify(config.filters),
          seed: String(config.seed),
          suite_commit: suiteCommit(),
          // The flags the target served, which chose the designs walked (catalog/flags.ts).
          feature_flags: flagsEnvironmentValue(servedFlagsOf(config.paths.snapshot)),
          browser: executablePath ?? "Playwright's Chromium",
        },
        categories: allureCategories(),
      },
    ],
    ['./reporting/summary-reporter.ts'],
  ],
  use: {
    ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
    launchOptions: { executablePath },
    navigationTimeout: config.navigationTimeoutMs,
    actionTimeout: config.cardBudgetMs,
    trace: config.trace,
    screenshot: 'off',
    video: 'off',
  },
  projects: config.projects.map((name) => ({
    name,
    use: name === 'mobile' ? mobile : desktop,
  })),
});
