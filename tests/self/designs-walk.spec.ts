import { expect, test } from '@playwright/test';
import { startSandbox } from '../../sandbox/server';
import { MATRIX_ROW_PREFIX, runWalk, sandboxEvents } from './walk-runner';

/**
 * Both redesigns at once (`new_lesson_player`, `redesigned_topic_viewer_page`): the real walk
 * (`npm run journey`, a child process) against a sandbox serving them sends nothing that writes in
 * production-safe mode, and passes every chapter, sending its events, without it. That it still
 * finds exactly what each fault breaks is the fault matrix's "(both designs)" rows
 * (fault-matrix.spec.ts).
 */
const BOTH = ['new_lesson_player', 'redesigned_topic_viewer_page'];
const BOTH_SERVED = { new_lesson_player: true, redesigned_topic_viewer_page: true };

const table = {
  push(row: string): void {
    console.log(`${MATRIX_ROW_PREFIX}${row}`);
  },
};

test.describe.configure({ mode: 'parallel' });

test('both designs, production-safe: no learner event and no write reaches the target', async () => {
  const sandbox = await startSandbox({ flags: BOTH, quiet: true });
  const events = () => sandboxEvents(sandbox.url);
  try {
    const env = {
      BASE_URL: sandbox.url,
      TOPICS: 'plant-life',
      PROJECTS: 'desktop',
      WORKERS: '1',
      RETRIES: '0',
      DEPTH: 'full',
    } as const;
    const safe = await runWalk(
      'designs-production-safe',
      { ...env, PRODUCTION_SAFE: 'true' },
      5 * 60_000,
    );
    const afterSafe = await events();
    table.push(
      `production-safe (both designs) | 0 learner events | ${afterSafe.learnerEvents} learner events, ${afterSafe.nonGetRequests} non-GET`,
    );
    expect(safe.exitCode, safe.output.slice(-2000)).toBe(0);
    expect(safe.summary?.flags).toMatchObject(BOTH_SERVED);
    expect(afterSafe).toMatchObject({ learnerEvents: 0, nonGetRequests: 0 });
    expect(safe.summary?.writesSent).toBe(0);
    expect(safe.summary?.blockedWrites).toBeGreaterThan(0);
  } finally {
    await sandbox.close();
  }
});

// Oppia's new player fires its completion event and forgets it (StatsReportingService
// .recordExplorationCompleted), and its close button is an in-app router.navigate, so the event is
// not cancelled when the learner leaves for the story page. The same walk without production-safe
// mode passes every chapter, and its events do reach the target: so the 0 above is the blocking's
// doing.
test('both designs, not production-safe: every chapter passes and sends its events', async () => {
  const sandbox = await startSandbox({ flags: BOTH, quiet: true });
  try {
    const normal = await runWalk(
      'designs-normal',
      {
        BASE_URL: sandbox.url,
        TOPICS: 'plant-life',
        PROJECTS: 'desktop',
        WORKERS: '1',
        RETRIES: '0',
        DEPTH: 'full',
        PRODUCTION_SAFE: 'false',
      },
      5 * 60_000,
    );
    expect(normal.exitCode, normal.output.slice(-2000)).toBe(0);
    expect(normal.summary?.flags).toMatchObject(BOTH_SERVED);
    expect(normal.summary?.chapters.map((c) => c.status)).toEqual(['passed', 'passed', 'passed']);
    const after = await sandboxEvents(sandbox.url);
    expect(after.learnerEvents).toBeGreaterThan(0);
    expect(after.byEndpoint['exploration_complete_event']).toBe(3);
  } finally {
    await sandbox.close();
  }
});
