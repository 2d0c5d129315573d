import { defineConfig } from '@playwright/test';
import { getConfig } from './config';
import { resolveChromiumPath } from './config/browser';

/**
 * The project's own tests (`npm test`): unit tests, the sandbox's tests and the self-tests that run
 * the real walk as a child process. The learner-journey walk itself lives in playwright.config.ts.
 */
const config = getConfig();
const executablePath = resolveChromiumPath(config.chromiumPath ?? undefined);

export default defineConfig({
  forbidOnly: config.ci,
  fullyParallel: true,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'test-results/tests.json' }]],
  outputDir: 'test-results/tests',
  use: {
    launchOptions: { executablePath },
    trace: 'retain-on-failure',
  },
  projects: [
    // Pure code: no browser, no server.
    { name: 'unit', testDir: 'tests/unit' },
    // Page objects, fixtures and clients against a browser, a fake Oppia or a sandbox.
    { name: 'components', testDir: 'tests/components' },
    { name: 'sandbox', testDir: 'tests/sandbox' },
    { name: 'self', testDir: 'tests/self', timeout: 10 * 60_000 },
  ],
});
