import { expect, test, type Page, type Request } from '@playwright/test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { FIXTURE_CATALOG, getOppia, START_TIMEOUT_MS } from './server-helpers';

/**
 * Both of Oppia's designs, as the sandbox serves them from `--flags`: the flag handler, an unknown
 * flag, the /explore -> /lesson redirect, the new lesson player played to its end screen, and the
 * redesigned topic page's lesson cards, start buttons and skip confirmation.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORY_QUERY =
  'topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaimes-adventures-arcade&node_id=node_1';

test.describe.configure({ timeout: START_TIMEOUT_MS });

function withSandbox(flags: string[], newPlayerHooks?: 'latest' | 'older') {
  let sandbox: RunningSandbox;
  test.beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      quiet: true,
      contentDir: FIXTURE_CATALOG,
      flags,
      cardDelayMs: 20,
      ...(newPlayerHooks ? { newPlayerHooks } : {}),
    });
  });
  test.afterAll(async () => {
    await sandbox.close();
  });
  return () => sandbox;
}

test.describe('the flag handler and unknown flags', () => {
  const sandbox = withSandbox(['new_lesson_player', 'story_editor_modules']);

  test('/feature_flags_evaluation_handler answers a flat {name: bool} map with the flags on', async () => {
    const { status, body } = await getOppia(sandbox().url, '/feature_flags_evaluation_handler');
    expect(status).toBe(200);
    const flags = body as Record<string, unknown>;
    expect(flags).toMatchObject({
      new_lesson_player: true,
      story_editor_modules: true,
      redesigned_topic_viewer_page: false,
      story_editor_arcs: false,
      story_editor_adventures: false,
    });
    expect(Object.values(flags).every((value) => typeof value === 'boolean')).toBe(true);
    expect(sandbox().flags).toEqual(['new_lesson_player', 'story_editor_modules']);
  });

  test('startSandbox refuses an unknown flag, naming the known ones', async () => {
    await expect(startSandbox({ port: 0, quiet: true, flags: ['new_player'] })).rejects.toThrow(
      /unknown feature flag "new_player"; the sandbox knows new_lesson_player, redesigned_topic_viewer_page, story_editor_modules, story_editor_adventures, story_editor_arcs/,
    );
  });

  test('the CLI exits 2 on an unknown --flags name and lists the known ones', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'sandbox/cli.ts', '--flags', 'new_lesson_player,topic_redesign'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain('unknown feature flag "topic_redesign"');
    expect(stderr).toContain(
      'known flags: new_lesson_player, redesigned_topic_viewer_page, story_editor_modules',
    );
  });
});

test.describe('new_lesson_player off', () => {
  const sandbox = withSandbox([]);

  test('/lesson/<id> is the 404 page and /explore stays the current player', async ({ page }) => {
    await page.goto(`${sandbox().url}/lesson/fxPlace00001?${STORY_QUERY}`);
    await expect(page.locator('.e2e-test-error-page-heading')).toHaveText('Error 404');
    await page.goto(`${sandbox().url}/explore/fxPlace00001?${STORY_QUERY}`);
    await expect(page.locator('.e2e-test-conversation-skin-cards-container')).toBeVisible();
    await expect(page.locator('oppia-new-lesson-player-page')).toHaveCount(0);
    expect(new URL(page.url()).pathname).toBe('/explore/fxPlace00001');
  });
});

async function playFixtureChapter(page: Page, continueButton: string, submit: string) {
  await expect(page.locator('.e2e-test-conversation-content')).toContainText('Welcome');
  await page.locator(continueButton).click();
  await expect(page.locator('.e2e-test-conversation-content')).toContainText('40 + 2');
  await page.locator('.e2e-test-conversation-input input').fill('42');
  await page.locator(submit).click();
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText('Right!');
  await page.locator('.e2e-test-continue-to-next-card-button').click();
  await expect(page.locator('.e2e-test-conversation-content')).toContainText('Well done!');
}

test.describe('new_lesson_player on (latest hooks)', () => {
  const sandbox = withSandbox(['new_lesson_player']);

  test('/explore/<id>?... goes on to /lesson/<id> keeping every query parameter', async ({
    page,
  }) => {
    const query = `${STORY_QUERY}&v=1&initialContentLanguageCode=en`;
    const response = await page.goto(`${sandbox().url}/explore/fxPlace00001?${query}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${sandbox().url}/lesson/fxPlace00001?${query}`);
    await expect(page.locator('oppia-new-lesson-player-page')).toBeVisible();
  });

  test('the new player plays a chapter to its end screen', async ({ page }) => {
    await page.goto(`${sandbox().url}/explore/fxPlace00001?${STORY_QUERY}`);
    await expect(page.locator('.lesson-player-header-left p')).toHaveText(
      'Chapter 1: What are Place Values?',
    );
    // The latest templates carry no e2e hook on these controls.
    await expect(page.locator('.e2e-test-continue-button')).toHaveCount(0);
    await playFixtureChapter(
      page,
      '.oppia-learner-confirm-button',
      '.oppia-learner-submit-answer-button',
    );
    const end = page.locator('oppia-new-ratings-and-recommendations');
    await expect(end.locator('a:has(> button.next-lesson-btn)')).toHaveAttribute(
      'href',
      '/explore/fxPlace00002?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaimes-adventures-arcade&node_id=node_2',
    );
    await expect(end.locator('button.review-card-btn')).toBeVisible();
    await expect(end.locator('button.more-practice-btn')).toBeVisible();
    await expect(end.locator('button.signup-btn')).toBeVisible();
    await expect(page.locator('.toast-message')).toContainText(
      'Congratulations for completing this lesson!',
    );
    const events = (await (await fetch(`${sandbox().url}/_sandbox/events`)).json()) as {
      byEndpoint: Record<string, number>;
    };
    expect(events.byEndpoint['exploration_complete_event']).toBeGreaterThanOrEqual(1);

    // The way back: the close button asks first, then goes to the story page.
    page.once('dialog', (dialog) => {
      expect(dialog.type()).toBe('confirm');
      expect(dialog.message()).toBe(
        'If you exit, your progress will be lost. Do you still want to exit?',
      );
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Close player' }).click();
    await expect(page).toHaveURL(
      `${sandbox().url}/learn/math/place-values/story/jaimes-adventures-arcade`,
    );
  });

  test('closing the player navigates in the app: a completion event in flight still arrives', async ({
    page,
  }) => {
    // Oppia's closePlayer() is router.navigate to the story page, a route of the same Angular app:
    // the document stays, so the completion event StatsReportingService fired (and forgot) is
    // not cancelled. The event is held here until the learner has left, to make the race certain.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/explorehandler/exploration_complete_event/**', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${sandbox().url}/explore/fxPlace00001?${STORY_QUERY}`);
    await playFixtureChapter(
      page,
      '.oppia-learner-confirm-button',
      '.oppia-learner-submit-answer-button',
    );
    await expect(page.locator('oppia-new-ratings-and-recommendations')).toBeVisible();
    const isCompletion = (r: Request): boolean =>
      r.url().includes('/explorehandler/exploration_complete_event/');
    const completion = new Promise<string>((resolve) => {
      page.on('requestfinished', (r) => isCompletion(r) && resolve('finished'));
      page.on('requestfailed', (r) => isCompletion(r) && resolve(`${r.failure()?.errorText}`));
    });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Close player' }).click();
    await expect(page).toHaveURL(
      `${sandbox().url}/learn/math/place-values/story/jaimes-adventures-arcade`,
    );
    await expect(page.locator('.e2e-test-story-title').first()).toBeVisible();
    release();
    expect(await completion, 'the completion event was cancelled by leaving').toBe('finished');
  });

  test('place-values-500 still answers 500 through the redirect guard', async ({ page }) => {
    const victim = await startSandbox({
      port: 0,
      quiet: true,
      flags: ['new_lesson_player', 'redesigned_topic_viewer_page'],
      scenario: 'place-values-500',
    });
    try {
      const explore = await page.goto(
        `${victim.url}/explore/K645IfRNzpKy?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaimes-adventures-arcade&node_id=node_1`,
      );
      expect(explore?.status()).toBe(500);
      await expect(page.locator('.e2e-test-error-page-heading')).toHaveText('Error 500');
      await page.goto(`${victim.url}/lesson/K645IfRNzpKy`);
      await expect(page.locator('.e2e-test-error-page-heading')).toHaveText('Error 500');
    } finally {
      await victim.close();
    }
  });
});

test.describe('new_lesson_player on (older hooks)', () => {
  const sandbox = withSandbox(['new_lesson_player'], 'older');

  test('the older templates hooks: continue, submit, next lesson, completion toast', async ({
    page,
  }) => {
    await page.goto(`${sandbox().url}/lesson/fxPlace00001?${STORY_QUERY}`);
    await playFixtureChapter(page, '.e2e-test-continue-button', '.e2e-test-submit-answer-button');
    await expect(page.locator('.e2e-test-next-lesson-button')).toBeVisible();
    await expect(page.locator('.e2e-test-lesson-completion-message')).toContainText(
      'Congratulations for completing this lesson!',
    );
  });
});

test.describe('redesigned_topic_viewer_page on', () => {
  const sandbox = withSandbox(['redesigned_topic_viewer_page', 'story_editor_modules']);

  test('story cards, lesson cards, coming soon, and start buttons that go to the chapter', async ({
    page,
  }) => {
    await page.goto(`${sandbox().url}/learn/math/place-values`);
    const container = page.locator('.e2e-test-redesigned-topic-viewer-container');
    await expect(container).toBeVisible();
    await expect(page.locator('.e2e-test-topic-viewer-container')).toHaveCount(0);
    await expect(container.locator('.e2e-test-story-card .e2e-test-story-title')).toHaveText([
      'Story: "Jaime\'s Adventures in the Arcade"',
    ]);
    const titles = container.locator('.topic-lesson-card .topic-lesson-card-title');
    await expect(titles.first()).toHaveText('What are Place Values?');
    await expect(container.locator('.e2e-test-coming-soon-chapters')).toBeVisible();
    await container
      .locator('#lesson-1 .topic-lesson-card')
      .getByRole('button', { name: 'Start' })
      .click();
    await expect(page).toHaveURL(
      `${sandbox().url}/explore/fxPlace00001?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaimes-adventures-arcade&node_id=node_1`,
    );
    await expect(page.locator('.e2e-test-conversation-skin-cards-container')).toBeVisible();
  });

  test('a lesson of a later module asks first; cancel stays, proceed starts it', async ({
    page,
  }) => {
    await page.goto(`${sandbox().url}/learn/math/place-values`);
    const groups = page.locator('.module-group');
    await expect(groups).not.toHaveCount(0);
    const laterCount = await groups.count();
    expect(laterCount).toBeGreaterThan(1);
    const later = groups.nth(1).locator('button.topic-lesson-card-start-button').first();
    await later.click();
    const modal = page.locator('.oppia-module-skip-confirmation-modal');
    await expect(modal).toBeVisible();
    await modal.locator('.module-skip-confirmation-cancel').click();
    await expect(modal).toHaveCount(0);
    await expect(page).toHaveURL(`${sandbox().url}/learn/math/place-values`);
    await later.click();
    await modal.locator('.module-skip-confirmation-proceed').click();
    await expect(page).toHaveURL(/\/explore\/\w+\?topic_url_fragment=place-values&.*node_id=/);
  });

  test('the story page still exists', async ({ page }) => {
    await page.goto(`${sandbox().url}/learn/math/place-values/story/jaimes-adventures-arcade`);
    await expect(page.locator('.e2e-test-story-viewer-container')).toBeVisible();
  });
});
