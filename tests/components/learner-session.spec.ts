import { devices, type Browser, type Page } from '@playwright/test';
import {
  openLearnerSession,
  type LearnerSession,
  type LearnerSessionOptions,
} from '../../fixtures/learner-session';
import { SaveProgressOverlay } from '../../page-objects/components/SaveProgressOverlay';
import { expect, test } from '../support/sandbox';

/**
 * The walk reuses one page per worker (fixtures/learner-session.ts). These tests show that what a
 * test leaves behind (learner state, routes, locator handlers) never reaches the next test: the
 * page is the same, the learner is new.
 */

const STORY = '/learn/math/place-values/story/jaimes-adventures-arcade';

// The worker's sandbox with the seeded content (tests/support/sandbox.ts), reset for each test.

/** A learner session on the sandbox at `base`, as fixtures/learner-session.ts opens it for a walk. */
async function session(
  browser: Browser,
  base: string,
  options: LearnerSessionOptions = {},
): Promise<LearnerSession> {
  return openLearnerSession(
    browser,
    { ...devices['Desktop Chrome'], baseURL: base, actionTimeout: 10_000 },
    new URL(base).origin,
    options,
  );
}

/** Everything a page of the target can keep about a learner, as that page sees it. */
async function learnerState(page: Page) {
  return page.evaluate(async () => ({
    cookies: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDb: (await indexedDB.databases()).map((db) => db.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

const NOTHING = {
  cookies: '',
  localStorage: 0,
  sessionStorage: 0,
  indexedDb: [],
  caches: [],
  serviceWorkers: 0,
};

test("a test's learner state, routes and locator handlers do not reach the next test", async ({
  browser,
  base,
}) => {
  const learner = await session(browser, base);
  try {
    // The first test: a learner who leaves every kind of state behind.
    const first = await learner.page();
    await first.goto(STORY);
    await first.evaluate(async () => {
      document.cookie = 'oppia_progress=chapter-3; path=/';
      localStorage.setItem('last_chapter', '3');
      sessionStorage.setItem('save_progress_skipped', 'true');
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('oppia-learner', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('answers');
        open.onsuccess = () => {
          open.result.close();
          done();
        };
        open.onerror = () => fail(new Error(String(open.error)));
      });
      await (await caches.open('oppia-cards')).put('/cards/1', new Response('card'));
    });
    await learner.context.addCookies([{ name: 'session', value: 'x', url: base }]);
    await learner.context.route('**/*.css', (route) => route.abort());
    // The overlay is not in the way yet: the skip handler waits for it, past this test's end.
    const overlay = new SaveProgressOverlay(first);
    await overlay.skip();
    await overlay.skipWhenShown();
    expect(await learnerState(first)).not.toEqual(NOTHING);

    expect(await learner.reset(), 'the page was reset, not replaced').toBe(true);

    // The next test: the same page, a new learner.
    const next = await learner.page();
    expect(next, 'the page is reused').toBe(first);
    expect(next.url()).toBe('about:blank');
    expect(await learner.context.cookies()).toEqual([]);
    const stylesheet = next.waitForResponse((r) => r.url().endsWith('.css'));
    await next.goto(STORY);
    expect((await stylesheet).ok(), 'the last test’s route is gone').toBe(true);
    expect(await learnerState(next)).toEqual(NOTHING);
    // A handler left by the last test would click SKIP as soon as the overlay blocks a click.
    const nextOverlay = new SaveProgressOverlay(next);
    await nextOverlay.expectShown();
    const chapter = next.locator('.e2e-test-chapter-title').first();
    await expect(chapter.click({ timeout: 1_500 })).rejects.toThrow();
    await expect(nextOverlay.root, 'the overlay is still there for this test').toBeVisible();
  } finally {
    await learner.context.close();
  }
});

test('a page that was left on another site, or closed, is replaced by a new one', async ({
  browser,
  base,
}) => {
  const learner = await session(browser, base);
  try {
    const first = await learner.page();
    await first.goto('data:text/html,<p>elsewhere</p>');
    expect(await learner.reset(), 'another site: replaced').toBe(false);
    const second = await learner.page();
    expect(second).not.toBe(first);
    expect(first.isClosed()).toBe(true);

    await second.close();
    expect(await learner.reset(), 'closed: replaced').toBe(false);
    const third = await learner.page();
    expect(third.isClosed()).toBe(false);
    await third.goto(STORY);
    expect(await learnerState(third)).toEqual(NOTHING);
  } finally {
    await learner.context.close();
  }
});

test('every few tests the session starts a new context, closing the old one', async ({
  browser,
  base,
}) => {
  const learner = await session(browser, base, { testsPerContext: 2 });
  try {
    const firstContext = learner.context;
    const first = await learner.page();
    await first.goto(STORY);
    expect(await learner.reset(), 'the first test: reset').toBe(true);
    expect(await learner.page()).toBe(first);
    expect(await learner.reset(), 'the second test: renewed').toBe(false);
    expect(learner.context).not.toBe(firstContext);
    expect(first.isClosed(), 'the old context is closed with its page').toBe(true);
    const renewed = await learner.page();
    await renewed.goto(STORY);
    expect(await learnerState(renewed)).toEqual(NOTHING);
  } finally {
    await learner.context.close();
  }
});
