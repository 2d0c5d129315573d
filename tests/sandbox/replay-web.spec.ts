import { expect, type Page, test as base } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { HANDMADE } from './replay-helpers';
import { START_TIMEOUT_MS } from './server-helpers';

/**
 * The sandbox's pages over a replay of bodies in older Oppia shapes (replay-helpers.ts): plain
 * customization args, MC choices as HTML strings, voiceovers and translations in the state,
 * feedback as a list of strings, and rich-text components from image to tabs. What the sandbox
 * cannot render is named on the page (the handler body and the field), never left blank.
 */
const test = base.extend<{ errors: string[] }, { sandbox: RunningSandbox }>({
  sandbox: [
    async ({}, use) => {
      const sandbox = await startSandbox({ replayDir: HANDMADE, quiet: true, cardDelayMs: 50 });
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker', timeout: START_TIMEOUT_MS },
  ],
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

const STORY = '/learn/math/place-values/story/jaime-arcade';
const chapter = (id: string, node: string) =>
  `/explore/${id}?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaime-arcade&node_id=${node}`;

const card = (page: Page) => page.locator('.e2e-test-conversation-content');
const notice = (page: Page) => page.locator('.sandbox-render-notice');

test('the story page lists the recorded story chapters, the Ready To Publish one as coming soon', async ({
  page,
  sandbox,
  errors,
}) => {
  await page.goto(sandbox.url + STORY);
  await expect(page.locator('.e2e-test-chapter-title')).toHaveText([
    'Chapter 1: What are Place Values?',
    'Chapter 2: Tens and Ones',
    'Chapter 3: Counting Tickets',
    'Chapter 4: Hundreds',
    'Chapter 5: Comparing Numbers',
  ]);
  await expect(page.getByText('Coming soon')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('an older body plays to its end: plain args, string choices, voiceovers, image, math, link, collapsible', async ({
  page,
  sandbox,
  errors,
}) => {
  await page.goto(sandbox.url + chapter('pvOldShape01', 'node_1'));
  await expect(card(page)).toContainText('Jaime has 34 tickets.');
  const image = card(page).locator('img.e2e-test-image');
  await expect(image).toHaveAttribute(
    'src',
    '/assetsdevhandler/exploration/pvOldShape01/assets/image/img_counter_height_200_width_400.svg',
  );
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(400);
  // A formula from before 2020 has no image (Oppia's migration drew those): the sandbox says so.
  await expect(card(page).locator('oppia-noninteractive-math').getByRole('note')).toContainText(
    'without an svg_filename',
  );
  await expect(card(page).getByRole('link', { name: 'place value' })).toHaveAttribute(
    'href',
    'https://en.wikipedia.org/wiki/Positional_notation',
  );
  await page.locator('.e2e-test-continue-button').filter({ hasText: 'Continue' }).click();

  await expect(card(page)).toContainText('How many are 3 tens?');
  await expect(card(page).locator('.e2e-test-collapsible-heading')).toHaveText('What is a ten?');
  await expect(page.locator('.e2e-test-multiple-choice-option')).toHaveText(['3', '30', '300']);
  await page.locator('.e2e-test-multiple-choice-option').filter({ hasText: /^3$/ }).click();
  await page.locator('.e2e-test-submit-answer-button').click();
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
    'Count the tens again.',
  );
  await page.locator('.e2e-test-multiple-choice-option').filter({ hasText: /^30$/ }).click();
  await page.locator('.e2e-test-submit-answer-button').click();
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
    'Right: 3 tens are 30.',
  );
  await page.locator('.e2e-test-continue-to-next-card-button').click();
  await expect(card(page)).toContainText('Well done!');
  await expect(page.locator('.e2e-test-lesson-completion-message')).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('feedback recorded as a list of strings is shown', async ({ page, sandbox, errors }) => {
  await page.goto(sandbox.url + chapter('pvPlainFeed1', 'node_3'));
  const input = page.locator('input.e2e-test-float-form-input');
  await input.fill('12');
  await page.locator('.e2e-test-submit-answer-button').click();
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
    'A hundred is ten tens.',
  );
  await input.fill('120');
  await page.locator('.e2e-test-submit-answer-button').click();
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText('120 tickets!');
  await page.locator('.e2e-test-continue-to-next-card-button').click();
  await expect(card(page)).toContainText('That is the end.');
  expect(errors).toEqual([]);
});

test('tabs and video render; an unknown component is a notice naming the body and the field', async ({
  page,
  sandbox,
  errors,
}) => {
  await page.goto(sandbox.url + chapter('pvXssiSaved1', 'node_2'));
  const tabs = card(page).locator('.e2e-test-non-interactive-tabs-headers > a');
  await expect(tabs).toHaveText(['Hint', 'Example']);
  await tabs.nth(1).click();
  await expect(card(page).locator('.e2e-test-tab-content-1')).toContainText('20 is two tens.');
  await expect(card(page).locator('.e2e-test-youtube-player iframe')).toHaveAttribute(
    'data-youtube-src',
    'https://www.youtube.com/embed/Ab12Cd34Ef5?autoplay=0&enablejsapi=1&start=12',
  );
  await expect(notice(page)).toHaveText(
    'Sandbox: cannot render the rich-text component <oppia-noninteractive-workedexample> in ' +
      '/explorehandler/init/pvXssiSaved1 exploration.states["Tens and Ones"].content.html',
  );
  await expect(page.locator('oppia-interactive-text-input input')).toHaveAttribute(
    'placeholder',
    'Type a word',
  );
  await page.locator('oppia-interactive-text-input input').fill('ten');
  await page.locator('.e2e-test-submit-answer-button').click();
  await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText('Yes, ten.');
  expect(errors).toEqual([]);
});

test('an interaction the sandbox lacks: the card shows, with a notice instead of the interaction', async ({
  page,
  sandbox,
  errors,
}) => {
  await page.goto(`${sandbox.url}/explore/oddInteract1`);
  await expect(card(page)).toContainText('Draw a triangle.');
  await expect(page.locator('.e2e-test-conversation-input')).toContainText(
    'Sandbox: cannot render the interaction "GraphInput" of ' +
      '/explorehandler/init/oddInteract1 exploration.states["Graph"].interaction.id',
  );
  expect(errors).toEqual([]);
});

test('a body the player cannot start names the missing field', async ({
  page,
  sandbox,
  errors,
}) => {
  await page.goto(`${sandbox.url}/explore/noStates0001`);
  await expect(notice(page)).toHaveText(
    'Sandbox: cannot play /explorehandler/init/noStates0001: exploration.states is missing or ' +
      "not of Oppia's shape",
  );
  expect(errors).toEqual([]);
});
