import { expect, type Page, test as base } from '@playwright/test';
import { cannedHandlers, CLASSROOM_SUMMARY } from '../support/sandbox-web-fixtures';
import { type StaticSandbox, startStaticSandbox } from '../../sandbox/web/dev/static-server';

/**
 * The sandbox's browser side against canned handler bodies (sandbox/web/dev): every page type's
 * Oppia hooks, the story overlay, toasts, and the player's classification flows.
 */
const test = base.extend<{ sandbox: StaticSandbox; cardDelayMs: number }>({
  cardDelayMs: [50, { option: true }],
  sandbox: async ({ cardDelayMs }, use) => {
    const sandbox = await startStaticSandbox({ handlers: cannedHandlers(), cardDelayMs });
    await use(sandbox);
    await sandbox.close();
  },
});

const STORY = '/learn/math/place-values/story/jaimes-adventures-arcade';
const STORY_QUERY =
  'topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaimes-adventures-arcade';

async function submit(page: Page): Promise<void> {
  await page.locator('.e2e-test-submit-answer-button').click();
}

async function expectCard(page: Page, text: string): Promise<void> {
  await expect(page.locator('.e2e-test-conversation-content')).toHaveCount(1);
  await expect(page.locator('.e2e-test-conversation-content')).toContainText(text);
}

test.describe('classrooms and classroom pages', () => {
  test('one published classroom: /learn renders /learn/<c> by client-side navigation', async ({
    page,
    sandbox,
  }) => {
    const response = await page.goto(`${sandbox.url}/learn`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${sandbox.url}/learn/math`);
    await expect(page.locator('h1.e2e-test-classroom-name')).toHaveText('Math');
    const tiles = page.locator('oppia-topic-summary-tile .e2e-test-topic-summary-tile');
    await expect(tiles).toHaveCount(2);
    await expect(tiles.nth(0).locator('a.e2e-test-topic-link')).toHaveAttribute(
      'href',
      '/learn/math/place-values',
    );
    await expect(tiles.nth(0).locator('.e2e-test-topic-name')).toHaveText('Place Values');
    await expect(tiles.nth(1).locator('.faded-topic-card')).toContainText('Coming soon');
  });

  test('several published classrooms: heading, tiles and one placeholder', async ({
    page,
    sandbox,
  }) => {
    sandbox.setHandler('/all_classrooms_summary', {
      body: {
        all_classrooms_summary: [
          CLASSROOM_SUMMARY('math', 'Math', true, 0),
          CLASSROOM_SUMMARY('science', 'Science', true, 1),
          CLASSROOM_SUMMARY('history', 'History', false, 2),
        ],
      },
    });
    await page.goto(`${sandbox.url}/learn`);
    await expect(page).toHaveURL(`${sandbox.url}/learn`);
    await expect(page.locator('.e2e-test-classroom-heading')).toHaveText('Oppia Classrooms');
    await expect(page.locator('.e2e-test-classroom-tile .e2e-test-classroom-name')).toHaveText([
      'Math',
      'Science',
    ]);
    await expect(
      page.locator('.e2e-test-classroom-tile a.classroom-content').first(),
    ).toHaveAttribute('href', '/learn/math');
    await expect(page.locator('.diable-classroom-tile-click')).toHaveCount(1);
    await expect(page.locator('.diable-classroom-tile-click a')).toHaveCount(0);
  });

  test('navbar Learn menu leads to the Math classroom', async ({ page, sandbox }) => {
    await page.goto(`${sandbox.url}/learn/math`);
    await page.locator('a.e2e-test-navbar-learn-menu').click();
    await expect(page.locator('a.e2e-test-basic-mathematics-link')).toHaveAttribute(
      'href',
      '/learn/math',
    );
  });

  test('unknown classroom shows the 404 page at the same URL', async ({ page, sandbox }) => {
    sandbox.setHandler('/classroom_data_handler/nope', {
      status: 404,
      body: { error: 'Not found', status_code: 404 },
    });
    await page.goto(`${sandbox.url}/learn/nope`);
    await expect(page.locator('.e2e-test-error-page-heading')).toHaveText('Error 404');
    await expect(page).toHaveURL(`${sandbox.url}/learn/nope`);
  });

  test('classroom handler 500: warning toast, page stays', async ({ page, sandbox }) => {
    sandbox.setHandler('/classroom_data_handler/math', {
      status: 500,
      body: { error: 'boom', status_code: 500 },
    });
    await page.goto(`${sandbox.url}/learn/math`);
    await expect(page.locator('.e2e-test-toast-warning-message')).toHaveText(
      'Failed to get dashboard data',
    );
    await expect(page.locator('.e2e-test-error-container')).toHaveCount(0);
  });
});

test.describe('topic page', () => {
  test('desktop: story title link, thumbnail and chapter links', async ({ page, sandbox }) => {
    await page.goto(`${sandbox.url}/learn/math/place-values`);
    await expect(page.locator('.e2e-test-topic-viewer-container')).toBeVisible();
    await expect(page.locator('.e2e-test-topic-description')).toContainText('position of a digit');
    for (const tab of ['lesson', 'study'])
      await expect(page.locator(`.e2e-test-${tab}-tab-link`)).toBeVisible();
    await expect(page.locator('.e2e-test-lessons-tab-container')).toBeVisible();
    const title = page.locator(
      'oppia-story-summary-tile .e2e-test-story-summary-title a.e2e-test-story-title-in-topic-page',
    );
    await expect(title).toHaveText("Jaime's Adventures in the Arcade");
    await expect(title).toHaveAttribute('href', STORY);
    await expect(page.locator('.e2e-test-mobile-story-title')).toHaveCount(0);
    await expect(page.locator('.e2e-test-story-thumbnail a')).toHaveAttribute('href', STORY);
    const chapters = page.locator('.chapter-title a');
    await expect(chapters).toHaveText([
      'Chapter 1: What are the Place Values?',
      'Chapter 2: Finding the Value of a Number',
    ]);
    await expect(chapters.first()).toHaveAttribute(
      'href',
      `/explore/allint000001?${STORY_QUERY}&node_id=node_1`,
    );
    await title.click();
    await expect(page.locator('.e2e-test-story-viewer-container')).toBeVisible();
  });

  test('below 768 px the mobile story title is shown instead', async ({ page, sandbox }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${sandbox.url}/learn/math/place-values/story`);
    await expect(page.locator('.e2e-test-mobile-story-title')).toHaveText(
      "Jaime's Adventures in the Arcade",
    );
    await expect(page.locator('.e2e-test-story-title-in-topic-page')).toHaveCount(0);
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect(page.locator('.e2e-test-story-title-in-topic-page')).toBeVisible();
  });

  test('topic handler 500: toast, half-rendered page, the toast closes', async ({
    page,
    sandbox,
  }) => {
    sandbox.setHandler('/topic_data_handler/math/place-values', {
      status: 500,
      body: { error: 'boom', status_code: 500 },
    });
    await page.goto(`${sandbox.url}/learn/math/place-values`);
    const toast = page.locator('.e2e-test-toast-warning-message');
    await expect(toast).toHaveText('Failed to get dashboard data');
    await expect(page.locator('.e2e-test-topic-viewer-container')).toBeVisible();
    await expect(page.locator('oppia-story-summary-tile')).toHaveCount(0);
    await page.locator('button.e2e-test-close-toast-warning').click();
    await expect(toast).toHaveCount(0);
  });
});

test.describe('story page', () => {
  test('the Save-your-progress overlay intercepts clicks until SKIP', async ({ page, sandbox }) => {
    await page.goto(`${sandbox.url}${STORY}`);
    await expect(page.locator('.e2e-test-story-title')).toHaveText(
      "Jaime's Adventures in the Arcade",
    );
    const overlay = page.locator('div.story-viewer-login-container');
    await expect(overlay).toContainText('Save your progress');
    await expect(overlay.locator('button.e2e-test-login-button')).toHaveText('LOG IN');
    const firstChapter = page.locator('.e2e-test-chapter-title').first();
    await expect(firstChapter.click({ timeout: 1500 })).rejects.toThrow(
      /intercepts pointer events/,
    );
    await overlay.locator('button.skip-btn', { hasText: 'SKIP' }).click();
    await expect(overlay).toHaveCount(0);
    await firstChapter.click();
    await expect(page).toHaveURL(
      `${sandbox.url}/explore/allint000001?${STORY_QUERY}&node_id=node_1`,
    );
  });

  test('published nodes are numbered links in order; coming soon and drafts are not links', async ({
    page,
    sandbox,
  }) => {
    await page.goto(`${sandbox.url}${STORY}`);
    const track = page.locator('.e2e-test-lesson-track');
    await expect(track.locator('span.oppia-chapter-title.e2e-test-chapter-title')).toHaveText([
      'Chapter 1: What are the Place Values?',
      'Chapter 2: Finding the Value of a Number',
    ]);
    await expect(track.locator('a:has(.e2e-test-chapter-title)')).toHaveCount(2);
    await expect(track.locator('a').nth(1)).toHaveAttribute(
      'href',
      `/explore/short0000001?${STORY_QUERY}&node_id=node_2`,
    );
    await expect(track.locator('.e2e-test-lesson-icon-uncompleted')).toHaveCount(2);
    await expect(
      track.locator('.oppia-lesson-icon-unavailable.e2e-test-lesson-icon-uncompleted'),
    ).toHaveCount(1);
    await expect(track).toContainText('Coming soon');
    await expect(track).not.toContainText('Rounding Numbers');
  });
});

test.describe('error pages', () => {
  test('/error/<code> and unknown paths', async ({ page, sandbox }) => {
    await page.goto(`${sandbox.url}/error/500`);
    await expect(page.locator('.e2e-test-error-container h1')).toHaveText(
      'Error 500 - System Error',
    );
    await expect(page.locator('.e2e-test-error-container img')).toHaveAttribute('alt', 'Oops!');
    const response = await page.goto(`${sandbox.url}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('span.e2e-test-error-page-heading')).toHaveText('Error 404');
  });

  test('the player shows the error page when init fails, keeping the URL', async ({
    page,
    sandbox,
  }) => {
    await page.goto(`${sandbox.url}/explore/missing00001`);
    await expect(page.locator('.e2e-test-error-page-heading')).toHaveText('Error 404');
    await expect(page).toHaveURL(`${sandbox.url}/explore/missing00001`);
    await page.goto(`${sandbox.url}/explore/failing00001?${STORY_QUERY}&node_id=node_1`);
    await expect(page.locator('.e2e-test-error-container h1')).toHaveText(
      'Error 500 - System Error',
    );
  });
});

test.describe('conversation player', () => {
  test('plays every interaction: stay with feedback, CONTINUE, auto-advance, end card', async ({
    page,
    sandbox,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${sandbox.url}/explore/allint000001?${STORY_QUERY}&node_id=node_1`);
    await expect(page.locator('.e2e-test-exploration-header')).toHaveText('Every interaction');
    await expect(page.locator('.e2e-test-conversation-skin-cards-container')).toBeVisible();
    await expect(page.locator('oppia-noninteractive-image img')).toHaveAttribute(
      'src',
      '/assetsdevhandler/exploration/allint000001/assets/image/arcade.svg',
    );
    const host = page.locator('oppia-interaction-display.e2e-test-conversation-input');
    await expect(host.locator('oppia-interactive-continue')).toHaveCount(1);
    await page
      .locator('button.e2e-test-continue-button.oppia-learner-confirm-button', {
        hasText: "Let's go!",
      })
      .click();

    // MultipleChoiceInput: a wrong answer keeps the learner here with feedback.
    await expectCard(page, 'How many tickets?');
    const mc = host.locator('oppia-interactive-multiple-choice-input');
    await expect(page.locator('.e2e-test-submit-answer-button')).toBeDisabled();
    await mc
      .locator('.e2e-test-multiple-choice-option-container button.multiple-choice-option', {
        hasText: 'Seven',
      })
      .click();
    await expect(mc.locator('button.selected')).toHaveText('Seven');
    await submit(page);
    await expect(page.locator('.conversation-skin-learner-answer-content')).toHaveText('Seven');
    await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
      'Count the tickets again.',
    );
    await expectCard(page, 'How many tickets?');
    await expect(mc.locator('button.selected')).toHaveCount(0);
    // The right answer with feedback: CONTINUE.
    await mc.locator('button.multiple-choice-option', { hasText: 'Ten' }).click();
    await submit(page);
    await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
      'Yes, ten tickets!',
    );
    await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveCount(1);
    await page
      .locator('button.e2e-test-continue-to-next-card-button span.e2e-test-next-card-button', {
        hasText: 'CONTINUE',
      })
      .click();

    // NumericInput: invalid input, wrong answer, then right answer with empty feedback (auto-advance).
    await expectCard(page, 'Type 42.');
    const numeric = host.locator('oppia-interactive-numeric-input input.e2e-test-float-form-input');
    await numeric.fill('4x');
    await expect(page.locator('.e2e-test-form-error-container')).toHaveText(
      'Please enter a valid number.',
    );
    await expect(page.locator('.e2e-test-submit-answer-button')).toBeDisabled();
    await numeric.fill('41');
    // As in Oppia (tutor-card `!waitingForOppiaFeedback`, progress-nav `submitButtonIsShown`): while
    // the answer is handled, the interaction and Submit are out of the page, the dots in.
    const whileHandled = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('.e2e-test-submit-answer-button')!.click();
      return {
        interaction: document.querySelectorAll('oppia-interactive-numeric-input').length,
        submit: document.querySelectorAll('.e2e-test-submit-answer-button').length,
        dots: document.querySelectorAll('.e2e-test-input-response-loading-dots').length,
      };
    });
    expect(whileHandled).toEqual({ interaction: 0, submit: 0, dots: 1 });
    await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText('Not quite.');
    // Staying: a new interaction, empty, and Submit again.
    await expect(numeric).toHaveValue('');
    await expect(page.locator('.e2e-test-submit-answer-button')).toHaveCount(1);
    await numeric.fill('42');
    await submit(page);
    await expectCard(page, 'Which place comes after tens?');
    await expect(page.locator('.e2e-test-continue-to-next-card-button')).toHaveCount(0);

    await host.locator('oppia-interactive-text-input input').fill('  Hundreds ');
    await host.locator('oppia-interactive-text-input input').press('Enter');
    await expectCard(page, 'Half as a fraction');
    await host
      .locator('oppia-interactive-fraction-input input.e2e-test-fraction-input')
      .fill('2/4');
    await submit(page);
    await expectCard(page, 'How far?');
    await host.locator('oppia-interactive-number-with-units input').fill('2000 m');
    await submit(page);
    await expectCard(page, 'Red to blue');
    await host.locator('oppia-interactive-ratio-expression-input input').fill('2:4');
    await submit(page);

    await expectCard(page, 'Pick the even numbers');
    const items = host.locator('.e2e-test-item-selection-input-container');
    await items.filter({ hasText: '2' }).locator('input[type=checkbox]').check();
    await items.filter({ hasText: '4' }).locator('input[type=checkbox]').check();
    await expect(items.filter({ hasText: '3' }).locator('input[type=checkbox]')).toBeDisabled();
    await submit(page);

    await expectCard(page, 'Sort from smallest');
    // A supplemental interaction (conversation-skin.component.html @72a68541): wider than 960 px,
    // oppia-supplemental-card beside the tutor card, which shows only the instructions; the
    // Submit is the supplemental nav's.
    const tutor = page.locator('.conversation-skin-tutor-card-container');
    const beside = page.locator(
      '.conversation-skin-cards-container > .conversation-skin-supplemental-card-container > .supplemental-card-parent-container',
    );
    await expect(
      beside.locator(
        'oppia-supplemental-card .conversation-skin-interaction-container oppia-interaction-display.e2e-test-conversation-input oppia-interactive-drag-and-drop-sort-input',
      ),
    ).toHaveCount(1);
    await expect(tutor.locator('.oppia-conversation-skin-instruction-container')).toHaveText(
      'Drag and drop items',
    );
    await expect(tutor.locator('.e2e-test-conversation-input')).toHaveCount(0);
    await expect(
      beside.locator(
        '.conversation-skin-supplemental-nav button.e2e-test-submit-answer-button.conversation-skin-supplemental-nav-submit-button',
      ),
    ).toBeVisible();
    await expect(page.locator('oppia-progress-nav .e2e-test-submit-answer-button')).toHaveCount(0);
    // Narrower: one card; the supplemental card under the tutor card, the progress nav's Submit.
    const wide = page.viewportSize() ?? { width: 1280, height: 720 };
    await page.setViewportSize({ width: 800, height: 900 });
    await expect(page.locator('.conversation-skin-supplemental-card-container')).toHaveCount(0);
    await expect(tutor).toHaveClass(/conversation-skin-animate-tutor-card-on-narrow/);
    await expect(
      tutor.locator('oppia-supplemental-card oppia-interactive-drag-and-drop-sort-input'),
    ).toHaveCount(1);
    await expect(tutor.locator('.oppia-conversation-skin-instruction-container i')).toHaveClass(
      /fa-arrow-down/,
    );
    await expect(
      page.locator('oppia-progress-nav button.e2e-test-submit-answer-button'),
    ).toBeVisible();
    await page.setViewportSize(wide);
    await expect(beside.locator('oppia-supplemental-card')).toHaveCount(1);
    const boxes = host.locator(
      '.drag-and-drop-sort-container .child-dnd-single-item .child-dnd-item-box',
    );
    await expect(boxes).toHaveText(['3', '1', '2']);
    await boxes.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(boxes).toHaveText(['1', '2', '3']);
    await submit(page);

    await expectCard(page, 'The primes below 4');
    const setInput = host.locator('oppia-interactive-set-input');
    await setInput.locator('input.e2e-test-text-input').nth(0).fill('2');
    await setInput
      .locator('.oppia-new-tab-button-container button', { hasText: 'Add Item' })
      .click();
    await expect(setInput.locator('input.e2e-test-text-input').nth(1)).toBeFocused();
    await page.keyboard.type('3');
    await submit(page);

    await expectCard(page, 'Write ten as a sum');
    await host.locator('oppia-interactive-numeric-expression-input .e2e-test-guppy-div').click();
    await page.keyboard.type('6+5');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('4');
    await submit(page);
    await expectCard(page, 'Double x');
    await host.locator('oppia-interactive-algebraic-expression-input .e2e-test-guppy-div').click();
    await page.keyboard.type('y');
    await expect(page.locator('.e2e-test-form-error-container')).toContainText(
      'invalid variable: y',
    );
    await page.keyboard.press('Backspace');
    await page.keyboard.type('x+x');
    await submit(page);

    await expectCard(page, 'Click the right half');
    const image = host.locator('img.oppia-image-click-img');
    await expect(image).toHaveAttribute(
      'src',
      '/assetsdevhandler/exploration/allint000001/assets/image/halves.svg',
    );
    await expect(page.locator('.e2e-test-submit-answer-button')).toHaveCount(0);
    await image.click({ position: { x: 40, y: 40 } });
    // Feedback in the help card (supplemental-card.component.html @bc361903), with its close
    // button as the learner stays; the answer only under the tutor card's collapsed dropdown.
    const helpCard = page.locator('oppia-supplemental-card .e2e-test-conversation-skin-help-card');
    await expect(helpCard.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
      'That is the left half.',
    );
    await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveCount(1);
    await expect(helpCard.locator('.e2e-test-close-help-card-button')).toBeVisible();
    await expect(page.locator('.conversation-skin-learner-answer-content')).toHaveCount(0);
    await expect(page.locator('.conversation-skin-responses-dropdown-text')).toHaveText(
      'Previous responses (1)',
    );
    await helpCard.locator('.e2e-test-close-help-card-button').click();
    await expect(helpCard).toHaveCount(0);
    await image.click({ position: { x: 260, y: 40 } });

    // InteractiveMap on [0, 0] at zoom 1: a 512 px world whose centre is the container's middle
    // (leaflet's pixel origin round(256 - size/2)); a click submits at once, no Submit button.
    await expectCard(page, 'Click where the equator meets the prime meridian.');
    const map = host.locator(
      'oppia-interactive-interactive-map div.interactive-map-container div#interactiveMap.oppia-interactive-map.leaflet-container',
    );
    await expect(map.locator('a.leaflet-control-zoom-in[role=button]')).toBeVisible();
    await expect(page.locator('.e2e-test-submit-answer-button')).toHaveCount(0);
    const { width, height } = await map.evaluate((el) => ({
      width: el.clientWidth,
      height: el.clientHeight,
    }));
    const middle = { x: Math.floor(width / 2), y: Math.floor(height / 2) };
    const worldX = (x: number) => x + Math.round(256 - width / 2);
    // 64 px east of the middle is an eighth of the world: 45° E (when the width is even).
    await map.click({ position: { x: middle.x + 64, y: middle.y } });
    const east = ((worldX(middle.x + 64) / 512 - 0.5) * 360).toFixed(3);
    // The echoed answer shows once the learner opens the "previous responses" dropdown.
    await page.locator('.conversation-skin-responses-dropdown-text').click();
    await expect(page.locator('.conversation-skin-learner-answer-content').last()).toContainText(
      `° N, ${east}° E`,
    );
    await expect(page.locator('.e2e-test-conversation-feedback-latest')).toHaveText(
      'That is far from 0° N, 0° E.',
    );
    await expect(map.locator('.leaflet-marker-icon')).toHaveCount(1);
    await map.click({ position: middle });

    await expectCard(page, 'Congratulations, you have finished!');
    await expect(host.locator('oppia-interactive-end-exploration')).toHaveCount(1);
    const toast = page.locator(
      'div.oppia-exploration-checkpoints-message #toast-container.toast-top-center div.toast-message.e2e-test-lesson-completion-message',
    );
    await expect(toast).toHaveText('Congratulations for completing this lesson!');
    await expect(toast).toHaveAttribute('role', 'alertdialog');
    const summary = page.locator(
      'oppia-ratings-and-recommendations div.conversation-skin-final-summary',
    );
    await expect(
      summary.locator('div.conversation-skin-login-container.e2e-test-end-chapter-sign-up-section'),
    ).toBeVisible();
    await expect(
      summary.locator(
        'oppia-post-chapter-recommendations a.e2e-test-recommended-next-chapter-button',
      ),
    ).toHaveAttribute('href', `/explore/short0000001?${STORY_QUERY}&node_id=node_2`);
    await expect(
      summary.locator(
        'a.conversation-skin-back-to-collection.e2e-test-end-chapter-return-to-story',
      ),
    ).toHaveAttribute('href', STORY);
    await summary.locator('button.e2e-test-dismiss-sign-up-section-button').click();
    await expect(summary.locator('.e2e-test-end-chapter-sign-up-section')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the completion toast leaves the DOM after 6000 ms; the last chapter has no next link', async ({
    page,
    sandbox,
  }) => {
    const start = new Date('2024-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(`${sandbox.url}/explore/short0000001?${STORY_QUERY}&node_id=node_2`);
    const continueButton = page.locator('.e2e-test-continue-button', { hasText: 'Continue' });
    await expect(continueButton).toBeVisible();
    // From here on page time moves only when the test moves it.
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await continueButton.click();
    await page.clock.runFor(100);
    const toast = page.locator('.e2e-test-lesson-completion-message');
    await expect(toast).toBeVisible();
    await expect(page.locator('.e2e-test-end-chapter-return-to-story')).toBeVisible();
    await expect(page.locator('.post-chapter-recommendation-text')).toBeVisible();
    await expect(page.locator('.e2e-test-recommended-next-chapter-button')).toHaveCount(0);
    await page.clock.runFor(5800);
    await expect(toast).toHaveCount(1);
    await page.clock.runFor(200);
    await expect(toast).toHaveCount(0);
  });

  test('outside story mode the end card links back to the library', async ({ page, sandbox }) => {
    await page.goto(`${sandbox.url}/explore/short0000001`);
    await page.locator('.e2e-test-continue-button').click();
    await expect(page.locator('.e2e-test-exploration-return-to-library a')).toHaveAttribute(
      'href',
      '/community-library',
    );
    await expect(page.locator('.e2e-test-end-chapter-sign-up-section')).toHaveCount(0);
  });

  test('learner events are posted as multipart payloads with a CSRF token', async ({
    page,
    sandbox,
  }) => {
    await page.goto(`${sandbox.url}/explore/short0000001?${STORY_QUERY}&node_id=node_2`);
    await page.locator('.e2e-test-continue-button').click();
    await expect(page.locator('.e2e-test-lesson-completion-message')).toBeVisible();
    await expect
      .poll(() => sandbox.posts.map((p) => p.path))
      .toEqual([
        '/explorehandler/exploration_start_event/short0000001',
        '/explorehandler/state_hit_event/short0000001',
        '/explorehandler/answer_submitted_event/short0000001',
        '/explorehandler/state_hit_event/short0000001',
        '/explorehandler/exploration_complete_event/short0000001',
      ]);
    expect(sandbox.posts.every((p) => p.csrfToken === 'test-token')).toBe(true);
    expect(sandbox.posts[0]?.payload).toEqual({
      params: {},
      session_id: 'session-1',
      state_name: 'Start',
      version: 3,
    });
    expect(sandbox.posts[2]?.payload).toMatchObject({
      old_state_name: 'Start',
      answer: 'Please continue.',
      answer_group_index: 0,
      rule_spec_index: 0,
      classification_categorization: 'default_outcome',
    });
  });

  test('a card the player cannot render throws an uncaught TypeError', async ({
    page,
    sandbox,
  }) => {
    await page.goto(`${sandbox.url}/explore/broken000001`);
    const error = page.waitForEvent('pageerror');
    await page.locator('.e2e-test-continue-button').click();
    expect((await error).name).toBe('TypeError');
    await expectCard(page, 'This card cannot be shown.');
    await expect(page.locator('oppia-interactive-multiple-choice-input')).toHaveCount(0);
  });
});

test.describe('loading dots', () => {
  test.use({ cardDelayMs: 600 });

  test('show for exactly the card delay after a submit', async ({ page, sandbox }) => {
    const start = new Date('2024-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await page.goto(`${sandbox.url}/explore/short0000001`);
    const continueButton = page.locator('.e2e-test-continue-button');
    await expect(continueButton).toBeVisible();
    await page.clock.pauseAt(new Date(start.getTime() + 60_000));
    await continueButton.click();
    const dots = page.locator('.e2e-test-input-response-loading-dots');
    await expect(dots).toBeVisible();
    await page.clock.runFor(590);
    await expect(dots).toBeVisible();
    await expectCard(page, 'Just one step.');
    await page.clock.runFor(20);
    await expectCard(page, 'Done!');
    await expect(dots).toHaveCount(0);
  });
});
