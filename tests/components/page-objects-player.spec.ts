import { expect, test, type Page } from '@playwright/test';
import type { CardPlan } from '../../planner';
import { ChapterPlayer, COMPLETION_TOAST_TEXT, PlayerError, StoryPage } from '../../page-objects';

/**
 * ChapterPlayer against a small stand-in of Oppia's player that follows the DOM contract: loading
 * dots after a submit, then feedback + CONTINUE (move with feedback), the next card by itself (move
 * without feedback) or feedback and the same card (stay).
 */

const BASE = 'http://oppia.test';
const STORY_PATH = '/learn/math/place-values/story/jaime';
const NEXT_CHAPTER =
  '/explore/exp-2?topic_url_fragment=place-values&classroom_url_fragment=math&story_url_fragment=jaime&node_id=node_2';

const PLAYER_HTML = String.raw`<!doctype html>
<html><body><oppia-root><div class="e2e-test-main-content">
  <div class="e2e-test-exploration-header">What are the place values?</div>
  <div class="e2e-test-conversation-skin-cards-container"></div>
</div></oppia-root>
<script>
const CARDS = {
  Intro: { content: '<p>Welcome to place values.</p>', id: 'Continue', button: "Let's begin",
           outcomes: [{ dest: 'Tens', feedback: '' }] },
  Tens: { content: '<p>How many tens are in 42?</p><img alt="42 blocks" width="10" height="10">', id: 'NumericInput',
          outcomes: [{ answer: '4', dest: 'Words', feedback: '<p>Yes, four tens.</p>' },
                     { answer: '2', dest: 'Tens', feedback: '<p>That is the ones digit.</p>' },
                     { dest: 'Tens', feedback: '<p>Count the tens.</p>' }] },
  Words: { content: '<p>Write 40 in words.</p>', id: 'TextInput',
           outcomes: [{ answer: 'forty', dest: 'End', feedback: '' }, { dest: 'Words', feedback: '' }] },
  Frozen: { content: '<p>This card never answers.</p>', id: 'NumericInput', frozen: true, outcomes: [] },
  Picky: { content: '<p>Type a number.</p>', id: 'NumericInput', formError: 'Please enter a valid number.', outcomes: [] },
  End: { content: '<p>Congratulations, you have finished!</p>', id: 'EndExploration', outcomes: [] },
};
const params = new URLSearchParams(location.search);
const DELAY_MS = 150;
const container = document.querySelector('.e2e-test-conversation-skin-cards-container');
let current;

function interactionHtml(card) {
  switch (card.id) {
    case 'NumericInput': return '<oppia-interactive-numeric-input><input class="e2e-test-float-form-input"></oppia-interactive-numeric-input>';
    case 'TextInput': return '<oppia-interactive-text-input><input></oppia-interactive-text-input>';
    case 'EndExploration': return '<oppia-interactive-end-exploration></oppia-interactive-end-exploration>';
    default: return '';
  }
}

function show(name) {
  current = name;
  const card = CARDS[name];
  const nav = card.id === 'Continue'
    ? '<button class="e2e-test-continue-button oppia-learner-confirm-button">' + card.button + '</button>'
    : card.id === 'EndExploration' ? ''
    : '<button class="e2e-test-submit-answer-button oppia-learner-submit-answer-button">Submit</button>';
  container.innerHTML =
    '<oppia-rte-output-display class="e2e-test-conversation-content">' + card.content + '</oppia-rte-output-display>' +
    '<div class="responses"></div><div class="oppia-form-error-container e2e-test-form-error-container"></div>' +
    '<oppia-interaction-display class="e2e-test-conversation-input">' + interactionHtml(card) + '</oppia-interaction-display>' +
    '<div class="oppia-progress-nav">' + nav + '</div>';
  container.querySelector('.e2e-test-continue-button')?.addEventListener('click', () => submit(card.button));
  container.querySelector('.e2e-test-submit-answer-button')
    ?.addEventListener('click', () => submit(container.querySelector('oppia-interaction-display input').value));
  if (card.id === 'EndExploration') showEnd();
}

function submit(answer) {
  const card = CARDS[current];
  if (card.formError) {
    container.querySelector('.e2e-test-form-error-container').textContent = card.formError;
    return;
  }
  const responses = container.querySelector('.responses');
  responses.insertAdjacentHTML('beforeend', '<div class="e2e-test-input-response-loading-dots">...</div>');
  if (card.frozen) return;
  setTimeout(() => {
    responses.querySelector('.e2e-test-input-response-loading-dots').remove();
    const outcome = card.outcomes.find((o) => o.answer === undefined || o.answer === answer);
    responses.querySelectorAll('.e2e-test-conversation-feedback-latest')
      .forEach((f) => f.classList.remove('e2e-test-conversation-feedback-latest'));
    responses.insertAdjacentHTML('beforeend', '<div class="conversation-skin-learner-answer-content">' + answer + '</div>' +
      (outcome.feedback ? '<div class="conversation-skin-oppia-feedback-content e2e-test-conversation-feedback-latest">' + outcome.feedback + '</div>' : ''));
    if (outcome.dest === current) {
      const input = container.querySelector('oppia-interaction-display input');
      if (input) input.value = '';
    } else if (outcome.feedback) {
      container.querySelector('.oppia-progress-nav').innerHTML =
        '<button class="e2e-test-continue-to-next-card-button"><span class="e2e-test-next-card-button">CONTINUE</span></button>';
      container.querySelector('.e2e-test-continue-to-next-card-button').addEventListener('click', () => show(outcome.dest));
    } else {
      show(outcome.dest);
    }
  }, DELAY_MS);
}

function showEnd() {
  container.insertAdjacentHTML('beforeend',
    '<div class="oppia-exploration-checkpoints-message"><div id="toast-container" class="toast-top-center">' +
    '<div class="toast-message e2e-test-lesson-completion-message" role="alertdialog">Congratulations for completing this lesson!</div></div></div>' +
    '<oppia-ratings-and-recommendations><div class="conversation-skin-final-summary">' +
    '<div class="conversation-skin-login-container e2e-test-end-chapter-sign-up-section">Save your progress' +
    '<button class="e2e-test-dismiss-sign-up-section-button">Don\'t ask me again</button></div>' +
    '<oppia-post-chapter-recommendations><div class="recommendation-card">' +
    '<a class="e2e-test-recommended-next-chapter-button" href="${NEXT_CHAPTER}">Next chapter</a></div></oppia-post-chapter-recommendations>' +
    '<div class="conversation-skin-back-to-collection-container"><a class="conversation-skin-back-to-collection" href="${STORY_PATH}">Return to story</a></div>' +
    '</div></oppia-ratings-and-recommendations>');
  document.querySelector('.e2e-test-dismiss-sign-up-section-button')
    .addEventListener('click', () => document.querySelector('.e2e-test-end-chapter-sign-up-section').remove());
  setTimeout(() => document.querySelector('.oppia-exploration-checkpoints-message')?.remove(), 6000);
}

setTimeout(() => show(params.get('start') ?? 'Intro'), 50);
</script></body></html>`;

const STORY_HTML = `<!doctype html><div class="e2e-test-story-viewer-container"><h1 class="e2e-test-story-title">Jaime's Adventures</h1></div>`;

/**
 * A supplemental interaction in real Oppia's two-card layout (window wider than
 * TWO_CARD_THRESHOLD_PX = 960; conversation-skin.component.html @72a68541,
 * supplemental-card.component.html @bc361903, tutor-card.component.html @493fa528): the tutor card
 * shows only the instructions and the "Previous responses (N)" dropdown (collapsed, so no answer or
 * feedback pair is rendered); the interaction sits in `oppia-supplemental-card` beside it; feedback
 * shows in the help card (close button when the learner stays, CONTINUE when the answer moves on);
 * the progress nav shows no CONTINUE. A click on the image's right half moves on with feedback.
 */
const TWO_CARD_HTML = String.raw`<!doctype html>
<html><body><div class="e2e-test-conversation-skin-cards-container" style="display:flex">
  <div class="conversation-skin-tutor-card-container">
    <oppia-tutor-card><oppia-rte-output-display class="e2e-test-conversation-content"><p>Click the bigger half.</p></oppia-rte-output-display>
      <div class="dropdown"></div>
      <div class="conversation-skin-inline-interaction"><div class="oppia-conversation-skin-instruction-container"><span>Click on the image</span></div></div>
    </oppia-tutor-card>
    <oppia-progress-nav></oppia-progress-nav>
  </div>
  <div class="conversation-skin-supplemental-card-container"><div class="supplemental-card-parent-container">
    <oppia-supplemental-card><div class="conversation-skin-supplemental-card"><div class="help"></div>
      <div class="conversation-skin-interaction-container"><oppia-interaction-display class="e2e-test-conversation-input">
        <oppia-interactive-image-click-input><img class="oppia-image-click-img" alt="two halves" width="200" height="100"
          src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='200' height='100'%3E%3Crect width='200' height='100' fill='teal'/%3E%3C/svg%3E">
        </oppia-interactive-image-click-input>
      </oppia-interaction-display></div>
    </div></oppia-supplemental-card>
  </div></div>
</div>
<script>
let answers = 0;
const help = document.querySelector('.help');
document.querySelector('.oppia-image-click-img').addEventListener('click', (event) => {
  help.innerHTML = ''; // the presubmit hook clears the help card
  answers += 1;
  document.querySelector('.dropdown').innerHTML =
    '<span class="conversation-skin-responses-dropdown-text">Previous responses (' + answers + ')</span>';
  const right = event.offsetX > 100;
  setTimeout(() => {
    help.innerHTML = '<div class="conversation-skin-help-card e2e-test-conversation-skin-help-card">' +
      (right ? '' : '<button class="e2e-test-close-help-card-button">x</button>') +
      '<oppia-rte-output-display class="conversation-skin-help-card-content e2e-test-conversation-feedback-latest"><p>' +
      (right ? 'Yes, the right half.' : 'Both halves are the same size here.') + '</p></oppia-rte-output-display>' +
      (right ? '<oppia-continue-button><button class="e2e-test-continue-to-next-card-button"><span class="e2e-test-next-card-button">CONTINUE</span></button></oppia-continue-button>' : '') +
      '</div>';
    help.querySelector('.e2e-test-continue-to-next-card-button')?.addEventListener('click', () => {
      document.querySelector('.e2e-test-conversation-skin-cards-container').innerHTML =
        '<oppia-rte-output-display class="e2e-test-conversation-content"><p>Congratulations, you have finished!</p></oppia-rte-output-display>';
    });
  }, 1);
});
</script></body></html>`;

test.use({ baseURL: BASE });

test.beforeEach(async ({ page }) => {
  await page.route(`${BASE}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const body = pathname.startsWith('/explore/supp')
      ? TWO_CARD_HTML
      : pathname.startsWith('/explore/')
        ? PLAYER_HTML
        : pathname === STORY_PATH
          ? STORY_HTML
          : null;
    return body === null
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ contentType: 'text/html', body });
  });
});

async function openPlayer(
  page: Page,
  start = 'Intro',
  cardTimeoutMs = 5000,
): Promise<ChapterPlayer> {
  return new ChapterPlayer({ page, cardTimeoutMs }).open(
    `/explore/exp-1?node_id=node_1&start=${start}`,
  );
}

const card = (
  stateName: string,
  interactionId: string,
  answer: CardPlan['answer'],
  nextStateName: string | null,
  feedbackExpected = false,
): CardPlan => ({
  stateName,
  interactionId,
  answer,
  nextStateName,
  feedbackExpected,
  groupIndex: 0,
});

const CHAPTER: CardPlan[] = [
  card('Intro', 'Continue', { kind: 'Continue', buttonText: "Let's begin" }, 'Tens'),
  card('Tens', 'NumericInput', { kind: 'NumericInput', text: '4' }, 'Words', true),
  card('Words', 'TextInput', { kind: 'TextInput', text: 'forty' }, 'End'),
  card('End', 'EndExploration', null, null),
];

test('plays a chapter: Continue, CONTINUE after feedback, the next card by itself, the end', async ({
  page,
}) => {
  const player = await openPlayer(page);
  await player.expectLoaded();
  await player.expectFirstCardRendered();
  const played = [];
  for (const plan of CHAPTER) played.push(await player.playCard(plan));
  await player.endCard.expectCompletionToast();

  expect(
    played.map(({ stateName, interactionId, result }) => [stateName, interactionId, result]),
  ).toEqual([
    ['Intro', 'Continue', 'next card'],
    ['Tens', 'NumericInput', 'next card'],
    ['Words', 'TextInput', 'next card'],
    ['End', 'EndExploration', 'end'],
  ]);
  expect(played[1]?.entered).toContain('4');
  await expect(player.currentCard).toHaveText('Congratulations, you have finished!', {
    useInnerText: true,
  });
});

test('the end card offers the next chapter, the sign-up prompt and the way back to the story', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Words');
  await player.playCard(CHAPTER[2]!);
  await expect(player.endCard.completionToast).toHaveText(COMPLETION_TOAST_TEXT);
  const endCard = player.endCard;
  await expect(endCard.nextChapterLink).toHaveAttribute('href', NEXT_CHAPTER);
  await endCard.expectSignUpSection();
  await endCard.dismissSignUpSection();
  const story = await player.returnToStory();
  expect(story).toBeInstanceOf(StoryPage);
  await expect(page).toHaveURL(`${BASE}${STORY_PATH}`);
});

test('an answer that keeps the learner on the card fails the card, naming what was entered and the feedback', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Tens');
  const staying = card('Tens', 'NumericInput', { kind: 'NumericInput', text: '2' }, 'Words', true);
  await expect(player.playCard(staying)).rejects.toThrow(
    /^Card “Tens” \(NumericInput\), after the learner .*2.*: the player stayed on the card and showed the feedback “That is the ones digit\.”\.$/,
  );
});

test('a wrong answer shows feedback and keeps the card; the planned answer then moves on', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Tens');
  const feedback = await player.expectWrongAnswerKeepsCard({ kind: 'NumericInput', text: '2' });
  expect(feedback).toBe('That is the ones digit.');
  // The same wrong answer twice still counts as a new response.
  expect(await player.expectWrongAnswerKeepsCard({ kind: 'NumericInput', text: '2' })).toBe(
    'That is the ones digit.',
  );
  expect(await player.expectWrongAnswerKeepsCard({ kind: 'NumericInput', text: '9' })).toBe(
    'Count the tens.',
  );
  await player.playCard(CHAPTER[1]!);
  await expect(player.currentCard).toHaveText('Write 40 in words.', { useInnerText: true });
});

test('a "wrong" answer that moves on fails expectWrongAnswerKeepsCard (the learner did not stay)', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Tens');
  await expect(
    player.expectWrongAnswerKeepsCard({ kind: 'NumericInput', text: '4' }),
  ).rejects.toThrow(/the player should stay on the card with feedback/);
});

test('a card that stays silent after the answer fails within the card timeout, saying so', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Words', 1000);
  const silent = card('Words', 'TextInput', { kind: 'TextInput', text: 'fifty' }, 'End');
  await expect(player.playCard(silent)).rejects.toThrow(
    'within 1000 ms the player showed no next card, no CONTINUE button and no feedback (the answer was taken but the card stayed silent).',
  );
});

test('a card still loading when the card timeout ends fails, saying it is still loading', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Frozen', 1000);
  const frozen = card('Frozen', 'NumericInput', { kind: 'NumericInput', text: '1' }, 'End');
  await expect(player.playCard(frozen)).rejects.toThrow(
    /^Card “Frozen” \(NumericInput\), .*\(still loading\)\.$/,
  );
});

test('an input the interaction rejects fails the card with the form error', async ({ page }) => {
  const player = await openPlayer(page, 'Picky');
  const rejected = card('Picky', 'NumericInput', { kind: 'NumericInput', text: '1e999' }, 'End');
  await expect(player.playCard(rejected)).rejects.toThrow(
    /the interaction rejected the input: “Please enter a valid number\.”\.$/,
  );
});

test('a plan for another interaction than the card shows fails before anything is entered', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Tens', 1000);
  const wrongKind = card('Tens', 'TextInput', { kind: 'TextInput', text: '4' }, 'Words');
  await expect(player.playCard(wrongKind)).rejects.toThrow(
    'Card “Tens” should show a TextInput interaction to enter the answer in',
  );
});

test('waiting for a card follows the player page as it replaces the page before it', async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  const player = new ChapterPlayer({ page, cardTimeoutMs: 5000 });
  // The story page gives way to the player while the wait is already watching the old document.
  await page.evaluate(
    (url) => setTimeout(() => window.location.assign(url), 200),
    '/explore/exp-1?node_id=node_1&start=Tens',
  );
  await player.waitForCard();
  await expect(player.currentCard).toHaveText('How many tens are in 42?', { useInnerText: true });
});

test('waiting for a card that never shows fails within the card timeout, naming the hook', async ({
  page,
}) => {
  await page.goto(STORY_PATH);
  const player = new ChapterPlayer({ page, cardTimeoutMs: 500 });
  const error = await player.waitForCard().catch((e: Error) => e);
  expect(error).toBeInstanceOf(PlayerError);
  expect((error as PlayerError).category).toBe('slow');
  expect((error as Error).message).toBe(
    'Within 500 ms the player showed no card (.e2e-test-conversation-content stayed absent or hidden).',
  );
});

test('waiting for a card whose answer is never handled fails, saying the dots still show', async ({
  page,
}) => {
  const player = await openPlayer(page, 'Frozen', 700);
  await player.waitForCard();
  await page.locator('oppia-interaction-display input').fill('1');
  await page.locator('.e2e-test-submit-answer-button').click();
  await expect(player.waitForCard()).rejects.toThrow(
    'Within 700 ms the player did not finish handling the last answer (its loading dots still show).',
  );
});

test.describe('a supplemental interaction in the two-card layout', () => {
  const click = (x: number) => ({ kind: 'ImageClickInput' as const, x, y: 0.5, region: 'half' });

  test('feedback is read from the help card, the same feedback twice counts, and its CONTINUE moves on', async ({
    page,
  }) => {
    const player = new ChapterPlayer({ page, cardTimeoutMs: 5000 });
    await player.open('/explore/supp-1');
    await player.expectFirstCardRendered();
    await expect(player.latestFeedback).toHaveCount(0);
    const feedback = 'Both halves are the same size here.';
    expect(await player.expectWrongAnswerKeepsCard(click(0.25))).toBe(feedback);
    await expect(page.locator('.e2e-test-conversation-skin-help-card')).toContainText(feedback);
    // No answer pair shows in the tutor card: only the dropdown's count tells this one apart.
    expect(await player.expectWrongAnswerKeepsCard(click(0.3))).toBe(feedback);
    const played = await player.playCard(
      card('Halves', 'ImageClickInput', click(0.75), 'End', true),
    );
    expect(played.result).toBe('next card');
    await expect(player.currentCard).toHaveText('Congratulations, you have finished!', {
      useInnerText: true,
    });
  });
});
