import { test as base } from '@playwright/test';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../sandbox/server';

/**
 * One sandbox per worker, reset for every test: Playwright's own shape for servers
 * (microsoft/playwright tests/config/serverFixtures.ts: a worker-scoped server, a test-scoped
 * fixture that resets it). A file says what it serves once, with
 * `test.use({ sandboxOptions: { contentDir: ... } })`; files with other options get other workers.
 * A test that needs a sandbox started differently (a boot error, another record directory) still
 * calls startSandbox itself: that start is what it tests.
 */
export interface SandboxWorkerFixtures {
  /** How the worker's sandbox starts (quiet always). Default: the seeded content, healthy. */
  sandboxOptions: SandboxOptions;
  /** The worker's running sandbox; tests use `sandbox`, which resets it first. */
  workerSandbox: RunningSandbox;
}

export interface SandboxTestFixtures {
  /**
   * The worker's sandbox as a fresh one would be: scenario back to the one it started with and the
   * learner-event counters cleared before the test, whatever the previous test left.
   */
  sandbox: RunningSandbox;
  /** `sandbox.url`: `http://127.0.0.1:<port>`, no trailing slash. */
  base: string;
}

/** Starting a sandbox builds the browser bundle; give it room on a busy machine. */
const START_TIMEOUT_MS = 120_000;

export const test = base.extend<SandboxTestFixtures, SandboxWorkerFixtures>({
  sandboxOptions: [{}, { scope: 'worker', option: true }],
  workerSandbox: [
    async ({ sandboxOptions }, use) => {
      const sandbox = await startSandbox({ ...sandboxOptions, quiet: true });
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker', timeout: START_TIMEOUT_MS },
  ],
  sandbox: async ({ workerSandbox, sandboxOptions }, use) => {
    workerSandbox.setScenario(sandboxOptions.scenario ?? 'healthy');
    const cleared = await fetch(`${workerSandbox.url}/_sandbox/events`, { method: 'DELETE' });
    if (!cleared.ok) throw new Error(`resetting the sandbox's events answered ${cleared.status}`);
    await use(workerSandbox);
  },
  base: async ({ sandbox }, use) => {
    await use(sandbox.url);
  },
});

export { expect } from '@playwright/test';
