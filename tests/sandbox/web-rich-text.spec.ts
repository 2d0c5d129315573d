import { expect, test as base } from '@playwright/test';
import { startSandbox, type RunningSandbox } from '../../sandbox/server';
import { FIXTURES, START_TIMEOUT_MS, getOppia } from './server-helpers';

/**
 * Tabs, collapsibles, links, skill review (the concept card and its handler) and video, as the
 * sandbox renders them from a served exploration (fixtures/server/rich-text/rteLesson001.yaml: all
 * of them on one card, pictures inside a tab and a collapsible): the element structure, classes,
 * roles and `e2e-test-*` hooks of Oppia's templates, and when the pictures inside load.
 */
const test = base.extend<object, { sandbox: RunningSandbox }>({
  sandbox: [
    async ({}, use) => {
      const sandbox = await startSandbox({
        port: 0,
        contentDir: `${FIXTURES}rich-text`,
        quiet: true,
        cardDelayMs: 0,
      });
      await use(sandbox);
      await sandbox.close();
    },
    { scope: 'worker', timeout: START_TIMEOUT_MS },
  ],
});

const LESSON = 'rteLesson001';
const IMAGES = `/assetsdevhandler/exploration/${LESSON}/assets/image`;

/** Every image URL the page asked for, in order. */
function imageRequests(page: import('@playwright/test').Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(IMAGES)) seen.push(path.slice(IMAGES.length + 1));
  });
  return seen;
}

/** Whether every image under the locator has loaded with a picture. */
async function loadedImages(locator: import('@playwright/test').Locator): Promise<boolean[]> {
  return locator
    .locator('img')
    .evaluateAll((images: HTMLImageElement[]) =>
      images.map((img) => img.complete && img.naturalWidth > 0),
    );
}

test('tabs: header links, only the active panel in the DOM, its pictures loading when shown', async ({
  page,
  sandbox,
}) => {
  const requested = imageRequests(page);
  await page.goto(`${sandbox.url}/explore/${LESSON}`);
  const tabs = page.locator('.e2e-test-conversation-content oppia-noninteractive-tabs');
  const links = tabs.locator('nav.nav-tabs > .e2e-test-non-interactive-tabs-headers > a.nav-link');
  await expect(links).toHaveText(['Shapes', 'Patterns']);
  await expect(links.first()).toHaveClass(/\bactive\b/);
  await expect(links.first()).toHaveAttribute('role', 'tab');
  await expect(links.first()).toHaveAttribute('aria-selected', 'true');
  await expect(links.last()).toHaveAttribute('aria-selected', 'false');

  const panel = tabs.locator('div.mt-2 > div.tab-pane.active[role=tabpanel]');
  await expect(panel).toHaveCount(1);
  await expect(
    panel.locator('span > oppia-rte-output-display.e2e-test-tab-content-0'),
  ).toContainText('A triangle has three sides.');
  await expect(tabs.locator('.e2e-test-tab-content-1')).toHaveCount(0);
  await expect(panel.getByAltText('a triangle')).toHaveAttribute('src', `${IMAGES}/triangle.svg`);
  await expect.poll(() => loadedImages(panel)).toEqual([true]);
  expect(requested, 'the inactive tab loads nothing').not.toContain('square.svg');

  await links.last().click();
  await expect(links.last()).toHaveClass(/\bactive\b/);
  await expect(links.first()).not.toHaveClass(/\bactive\b/);
  await expect(tabs.locator('.e2e-test-tab-content-0')).toHaveCount(0);
  await expect(panel.locator('.e2e-test-tab-content-1')).toContainText('Squares tile a floor.');
  await expect(panel.getByAltText('a square')).toHaveAttribute('src', `${IMAGES}/square.svg`);
  await expect.poll(() => loadedImages(panel)).toEqual([true]);
  await expect(tabs.locator('hr')).toHaveCount(1);
});

test('collapsible: a heading that toggles; content and its picture only in the DOM when open', async ({
  page,
  sandbox,
}) => {
  const requested = imageRequests(page);
  await page.goto(`${sandbox.url}/explore/${LESSON}`);
  const accordion = page.locator(
    '.e2e-test-conversation-content oppia-noninteractive-collapsible > ngb-accordion.collapsible-rte',
  );
  const heading = accordion.locator('.card-header .panel-title > .e2e-test-collapsible-heading');
  await expect(heading).toHaveText('Why circles roll');
  await expect(accordion.locator('.e2e-test-collapsible-content')).toHaveCount(0);
  await expect(accordion.locator('img')).toHaveCount(0);
  // The tab's picture loaded, so the page has settled what it asks for on its own.
  await expect.poll(() => requested).toContain('triangle.svg');
  expect(requested, 'a closed collapsible loads nothing').not.toContain('circle.svg');

  await heading.click();
  const content = accordion.locator(
    '[role=region].collapse.show .protractor-panel-body > oppia-rte-output-display.e2e-test-collapsible-content',
  );
  await expect(content).toContainText('No corners.');
  await expect(content.getByAltText('a circle')).toHaveAttribute('src', `${IMAGES}/circle.svg`);
  await expect.poll(() => loadedImages(content)).toEqual([true]);

  await heading.click();
  await expect(accordion.locator('.e2e-test-collapsible-content')).toHaveCount(0);
});

test('link and video render as Oppia templates do; the video stand-in loads nothing outside', async ({
  page,
  sandbox,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(sandbox.url) && !request.url().startsWith('data:'))
      outside.push(request.url());
  });
  await page.goto(`${sandbox.url}/explore/${LESSON}`);
  const content = page.locator('.e2e-test-conversation-content');
  const link = content.locator('oppia-noninteractive-link > a.linkText');
  await expect(link).toHaveText('About Oppia');
  await expect(link).toHaveAttribute('href', 'https://www.oppia.org/about');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener');

  const player = content.locator(
    'oppia-noninteractive-video > .oppia-noninteractive-video-iframe-container > .oppia-noninteractive-video-iframe > youtube-player.e2e-test-youtube-player',
  );
  const frame = player.locator('iframe');
  await expect(frame).toHaveAttribute(
    'data-youtube-src',
    'https://www.youtube.com/embed/Ntcw0H0hwPU?autoplay=0&enablejsapi=1&start=5&end=65',
  );
  await expect(frame).not.toHaveAttribute('src');
  await expect(player.frameLocator('iframe').locator('p')).toContainText('Ntcw0H0hwPU');
  expect(outside).toEqual([]);
});

test('skill review opens the concept card from /concept_card_handler; Close, Escape dismiss it', async ({
  page,
  sandbox,
}) => {
  const cardRequests: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/concept_card_handler/')) cardRequests.push(decodeURIComponent(path));
  });
  await page.goto(`${sandbox.url}/explore/${LESSON}`);
  const links = page.locator(
    '.e2e-test-conversation-content oppia-noninteractive-skillreview > a.e2e-test-concept-card-link.concept-card-link',
  );
  await expect(links).toHaveText(['Review: number patterns', 'Review: a deleted skill']);
  await expect(links.first()).toHaveAttribute('href', '#');

  await links.first().click();
  const modal = page.locator('ngb-modal-window.modal[role=dialog]');
  await expect(modal.locator('.modal-header h3')).toHaveText('Concept Card');
  const viewer = modal.locator('.modal-body oppia-concept-card .e2e-test-concept-card-viewer');
  await expect(viewer.locator('.e2e-test-concept-card-explanation')).toContainText(
    'A number pattern follows a rule.',
  );
  expect(cardRequests).toEqual(['/concept_card_handler/["pT5rNs8KwQ2e"]']);
  // The first worked example shows; its explanation waits behind "Show Explanation".
  const examples = viewer.locator('.concept-card-worked-examples .oppia-worked-examples-container');
  await expect(examples).toHaveCount(1);
  await expect(examples).toContainText('What comes next: 3, 5, 7, 9');
  await expect(examples).not.toContainText('so the next number is 11');
  await viewer.locator('button.show-example-explanation-button').click();
  await expect(examples).toContainText('so the next number is 11');
  await viewer.locator('button.show-more-worked-examples-button').click();
  await expect(examples).toHaveCount(2);
  await expect(viewer.locator('button.show-more-worked-examples-button')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`/explore/${LESSON}$`));

  await modal.locator('.modal-footer button.e2e-test-close-concept-card').click();
  await expect(modal).toHaveCount(0);
  await expect(page.locator('ngb-modal-backdrop')).toHaveCount(0);

  // A skill that does not exist: the handler answers 404 and the card says the skill is gone.
  await links.last().click();
  await expect(modal.locator('.e2e-test-concept-card-viewer')).toHaveText(
    'Oops, it looks like this skill has been deleted.',
  );
  await page.keyboard.press('Escape');
  await expect(modal).toHaveCount(0);
});

test('/concept_card_handler answers as concept_card_viewer.py and can_view_skills do', async ({
  sandbox,
}) => {
  const path = (ids: unknown): string =>
    `/concept_card_handler/${encodeURIComponent(JSON.stringify(ids))}`;
  const ok = await getOppia(sandbox.url, path(['Xe4mVb7LqZ1c', 'pT5rNs8KwQ2e']));
  expect(ok.status).toBe(200);
  const cards = (ok.body as { concept_card_dicts: Record<string, unknown>[] }).concept_card_dicts;
  expect(cards).toHaveLength(2);
  expect(Object.keys(cards[0] ?? {}).sort()).toEqual([
    'explanation',
    'recorded_voiceovers',
    'worked_examples',
    'written_translations',
  ]);
  expect(cards[0]?.explanation).toEqual({
    content_id: 'explanation',
    html: expect.stringContaining('n + 3') as unknown,
  });
  expect(cards[1]?.explanation).toMatchObject({ html: expect.stringContaining('number pattern') });

  const missing = await getOppia(sandbox.url, path(['pT5rNs8KwQ2e', 'Zz9Zz9Zz9Zz9']));
  expect(missing.status).toBe(404);
  expect(missing.body).toEqual({
    error: `Could not find the resource ${sandbox.url}${path(['pT5rNs8KwQ2e', 'Zz9Zz9Zz9Zz9'])}.`,
    status_code: 404,
  });
  const short = await getOppia(sandbox.url, path(['short']));
  expect(short.body).toEqual({ error: 'Invalid skill id.', status_code: 400 });
  const notJson = await getOppia(sandbox.url, '/concept_card_handler/pT5rNs8KwQ2e');
  expect(notJson.status).toBe(400);
  expect((notJson.body as { error: string }).error).toMatch(
    /^Schema validation for 'selected_skill_ids' failed/,
  );
});
