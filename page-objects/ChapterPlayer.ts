import { expect, type Locator, type Page } from '@playwright/test';
import { describeAnswer, type Answer, type CardPlan } from '../planner';
import { EndCard } from './components/EndCard';
import { interactionFor } from './interactions';
import { ContinueButton } from './interactions/ContinueButton';
import { step } from './step';
import { normaliseText } from './text';

export interface ChapterPlayerOptions {
  /** How long one card may take to answer and move on (loading, feedback, next card). */
  cardTimeoutMs?: number;
}

export const DEFAULT_CARD_TIMEOUT_MS = 15_000;

/** What playing one card did, for logs and reports. */
export interface PlayedCard {
  stateName: string;
  interactionId: string;
  entered: string;
  result: 'next card' | 'end';
}

/** What the player shows while and after it handles an answer. */
type Response = 'pending' | 'continue' | 'advanced' | 'stayed' | 'invalid';

/**
 * The player's hooks, named once. Oppia: core/templates/pages/exploration-player-page/
 * current-lesson-player/learner-experience/ (conversation-skin, tutor-card, input-response-pair,
 * continue-button .component.html) and layout-directives/progress-nav.component.html.
 */
const HOOKS = {
  header: '.e2e-test-exploration-header',
  cardsContainer: '.e2e-test-conversation-skin-cards-container',
  /** `oppia-rte-output-display`, one per card shown; the last is the current card. */
  cardContent: '.e2e-test-conversation-content',
  interactionHost: 'oppia-interaction-display.e2e-test-conversation-input',
  loadingDots: '.e2e-test-input-response-loading-dots',
  /** "CONTINUE" (span.e2e-test-next-card-button) after feedback that moves on. */
  nextCardButton: 'button.e2e-test-continue-to-next-card-button',
  latestFeedback: '.e2e-test-conversation-feedback-latest',
  feedback: '.conversation-skin-oppia-feedback-content',
  /** The learner's answer, echoed back once per submission. */
  learnerAnswer: '.conversation-skin-learner-answer-content',
  formError: '.e2e-test-form-error-container',
} as const;

/** One consistent reading of the player, taken in a single browser task. */
interface PlayerReading {
  /** What the page reported; the next wait watches for anything different. */
  raw: RawReading;
  /** The current card's content is shown. */
  cardShown: boolean;
  /** The current card's text, whitespace-normalised. */
  text: string;
  /** The text plus image alt texts, so that image-only cards differ too. */
  card: string;
  /** Changes whenever a new answer/response pair is rendered. */
  responses: string;
  feedback: string;
  continueShown: boolean;
  formError: string;
  loading: boolean;
}

/**
 * The exploration player (`/explore/<id>?...`) as a learner uses it: one card at a time, answer,
 * then CONTINUE or the next card.
 */
export class ChapterPlayer {
  readonly cardTimeoutMs: number;

  constructor(
    readonly page: Page,
    options: ChapterPlayerOptions = {},
  ) {
    this.cardTimeoutMs = options.cardTimeoutMs ?? DEFAULT_CARD_TIMEOUT_MS;
  }

  /** The chapter's title. */
  get header(): Locator {
    return this.page.locator(HOOKS.header);
  }

  /** Present once the player has loaded. */
  get cardsContainer(): Locator {
    return this.page.locator(HOOKS.cardsContainer);
  }

  /** The current card's content: the last one, as Oppia's own tests read it. */
  get currentCard(): Locator {
    return this.page.locator(HOOKS.cardContent).last();
  }

  /** The current card's interaction host (holds `oppia-interactive-<id>`). */
  get interactionHost(): Locator {
    return this.page.locator(HOOKS.interactionHost).last();
  }

  /** "CONTINUE", shown with feedback when the answer moves on. */
  get nextCardButton(): Locator {
    return this.page.locator(HOOKS.nextCardButton);
  }

  /** Oppia's latest feedback. */
  get latestFeedback(): Locator {
    return this.page.locator(HOOKS.latestFeedback).last();
  }

  /** The interaction rejected the input (text says why). */
  get formErrors(): Locator {
    return this.page.locator(HOOKS.formError);
  }

  /** The end-of-chapter card: completion toast, next chapter, return to story, sign-up prompt. */
  get endCard(): EndCard {
    return new EndCard(this.page, { cardTimeoutMs: this.cardTimeoutMs });
  }

  /** Opens a chapter by its player URL (as the story page links it). */
  @step('open chapter {0}')
  async open(url: string): Promise<ChapterPlayer> {
    await this.page.goto(url);
    return this;
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.cardsContainer).toBeVisible({ timeout: this.cardTimeoutMs });
  }

  /** Asserts the first card shows its content and something to answer with. */
  @step()
  async expectFirstCardRendered(): Promise<void> {
    const timeout = this.cardTimeoutMs;
    await expect(this.currentCard).toBeVisible({ timeout });
    const answerable = this.interactionHost.or(ContinueButton.on(this.page).root);
    // A Continue card's host can be empty (its button sits in the progress nav), hence the filter.
    await expect(answerable.filter({ visible: true }).first()).toBeVisible({ timeout });
  }

  /**
   * Waits until the current card's content is shown and no answer is being handled. One look
   * when the card has already settled (the usual case between steps).
   */
  @step()
  async waitForCard(): Promise<void> {
    try {
      await this.waitUntil(null, isSettled);
    } catch (cause) {
      if (!(cause instanceof PlayerWaitTimeout)) throw cause;
      throw timedOut(
        cause.last.loading
          ? `Within ${this.cardTimeoutMs} ms the player did not finish handling the last answer ` +
              `(its loading dots still show).`
          : `Within ${this.cardTimeoutMs} ms the player showed no card ` +
              `(${HOOKS.cardContent} stayed absent or hidden).`,
        cause,
      );
    }
  }

  /** The current card's text, whitespace-normalised. */
  async currentCardText(): Promise<string> {
    return normaliseText(await this.currentCard.innerText());
  }

  /**
   * Plays one planned card: enters its answer, then follows the player on (CONTINUE after feedback,
   * or the next card by itself). Staying on the card with feedback is a failure of the card. The
   * EndExploration card needs nothing and gives `result: 'end'`.
   */
  @step((card: CardPlan) => `play card “${card.stateName}” (${card.interactionId})`)
  async playCard(card: CardPlan): Promise<PlayedCard> {
    const { stateName, interactionId, answer } = card;
    await this.waitForCard();
    if (answer === null) {
      if (interactionId !== 'EndExploration') {
        throw new Error(`Card “${stateName}” (${interactionId}) has no planned answer.`);
      }
      return { stateName, interactionId, entered: 'nothing (end of chapter)', result: 'end' };
    }
    const entered = describeAnswer(answer);
    const what = `Card “${stateName}” (${interactionId}), after the learner ${entered}`;
    const before = await this.read();
    await this.enterAnswer(interactionId, answer, `Card “${stateName}”`);
    const { response, now } = await this.waitForResponse(before, what);
    if (response === 'stayed') {
      throw new Error(
        `${what}: the player stayed on the card and showed the feedback “${now.feedback}”.`,
      );
    }
    if (response === 'invalid') {
      throw new Error(`${what}: the interaction rejected the input: “${now.formError}”.`);
    }
    // A learner clicks CONTINUE whenever it shows (feedback came with the move to a new card).
    if (response === 'continue') await this.continueToNextCard(before, what);
    await this.waitForCard();
    return { stateName, interactionId, entered, result: 'next card' };
  }

  /**
   * Enters an answer the rules send back to the same card: expects feedback and the card to stay.
   * Returns the feedback text.
   */
  @step((answer: Answer) => `submit a wrong answer (${describeAnswer(answer)})`)
  async submitWrongAnswer(answer: Answer): Promise<string> {
    await this.waitForCard();
    const what = `After the wrong answer (${describeAnswer(answer)})`;
    const before = await this.read();
    await this.enterAnswer(answer.kind, answer, 'The card');
    const { response, now } = await this.waitForResponse(before, what);
    expect(response, `${what} the player should stay on the card with feedback`).toBe('stayed');
    await expect(this.latestFeedback).toBeVisible();
    await expect(this.currentCard).toHaveText(before.text, { useInnerText: true });
    return now.feedback;
  }

  /** Asserts the completion toast; Oppia removes it 6 s after the end card shows, so call promptly. */
  async expectCompletionToast(): Promise<void> {
    await this.endCard.expectCompletionToast();
  }

  @step(
    (interactionId: string, answer: Answer) => `enter ${describeAnswer(answer)} (${interactionId})`,
  )
  private async enterAnswer(interactionId: string, answer: Answer, card: string): Promise<void> {
    const interaction = interactionFor(interactionId, this.interactionHost, this.page);
    await expect(
      interaction.root,
      `${card} should show a ${interactionId} interaction to enter the answer in`,
    ).toBeVisible({ timeout: this.cardTimeoutMs });
    await interaction.answer(answer);
  }

  private async continueToNextCard(before: PlayerReading, what: string): Promise<void> {
    await this.nextCardButton.click();
    try {
      await this.waitUntil(before, (now) => hasMovedOn(before, now));
    } catch (cause) {
      if (!(cause instanceof PlayerWaitTimeout)) throw cause;
      throw timedOut(
        `${what}: CONTINUE was clicked but the next card did not replace the current one ` +
          `within ${this.cardTimeoutMs} ms.`,
        cause,
      );
    }
  }

  /** Waits for the player's response to the answer just entered. */
  private async waitForResponse(
    before: PlayerReading,
    what: string,
  ): Promise<{ response: Response; now: PlayerReading }> {
    let now: PlayerReading;
    try {
      now = await this.waitUntil(before, (reading) => responseTo(before, reading) !== 'pending');
    } catch (cause) {
      if (!(cause instanceof PlayerWaitTimeout)) throw cause; // the page closed or crashed
      const last = cause.last;
      const detail = last.loading
        ? ' (still loading)'
        : last.responses !== before.responses
          ? ' (the answer was taken but the card stayed silent)'
          : '';
      throw timedOut(
        `${what}: within ${this.cardTimeoutMs} ms the player showed no next card, no CONTINUE ` +
          `button and no feedback${detail}.`,
        cause,
      );
    }
    return { response: responseTo(before, now), now };
  }

  /**
   * Waits, within the card budget, until a reading of the player satisfies `done`; from `start`,
   * or from a first look when `start` is null. Each look is one call into the page, which answers
   * at once when the player differs from the last reading, and otherwise watches the DOM itself
   * (a MutationObserver, and a 50 ms look for what changes without a mutation, such as layout) and
   * answers on the change. Each change is judged here, where the rules live. A document replaced
   * mid-wait (the player page still loading) is looked at again.
   */
  private async waitUntil(
    start: PlayerReading | null,
    done: (reading: PlayerReading) => boolean,
  ): Promise<PlayerReading> {
    const deadline = Date.now() + this.cardTimeoutMs;
    let last = start;
    while (last === null || !done(last)) {
      const timeoutMs = deadline - Date.now();
      if (timeoutMs <= 0) throw new PlayerWaitTimeout(last ?? EMPTY_READING);
      let answer: WatchAnswer | null;
      try {
        answer = await this.watch(last?.raw ?? null, timeoutMs);
      } catch (error) {
        if (isContextReplaced(error)) continue;
        throw error;
      }
      if (answer === null || !answer.changed) {
        throw new PlayerWaitTimeout(answer ? toReading(answer.reading) : (last ?? EMPTY_READING));
      }
      last = toReading(answer.reading);
    }
    return last;
  }

  /** Reads the player without waiting (safe while it re-renders). */
  private async read(): Promise<PlayerReading> {
    const answer = await this.watch(null, 0);
    if (!answer) throw new Error('The player could not be read.');
    return toReading(answer.reading);
  }

  /**
   * One look into the page (see watchPlayer). Null when the page has not answered by the time
   * plus a grace (a renderer that hangs), so a hung page still fails within the card budget.
   */
  private async watch(unlike: RawReading | null, timeoutMs: number): Promise<WatchAnswer | null> {
    const looking = this.page.evaluate(watchPlayer, { hooks: HOOKS, unlike, timeoutMs });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs + WATCH_GRACE_MS);
    });
    try {
      return await Promise.race([looking, hung]);
    } finally {
      clearTimeout(timer);
      looking.catch(() => undefined); // a hung look that fails later must not go unhandled
    }
  }
}

/** How long past its own deadline a look into the page may take before the page counts as hung. */
const WATCH_GRACE_MS = 2_000;

/** The card is shown and no answer is being handled. */
function isSettled(reading: PlayerReading): boolean {
  return reading.cardShown && !reading.loading;
}

/** The page's document was replaced during a look (a navigation); the look is simply retried. */
function isContextReplaced(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Execution context was destroyed|Cannot find context with specified id/.test(error.message)
  );
}

/** A card that did not answer within its budget: named TimeoutError, as Playwright's own waits. */
function timedOut(message: string, cause: unknown): Error {
  const error = new Error(message, { cause });
  error.name = 'TimeoutError';
  return error;
}

/** The last reading of a wait that ran out of time. */
class PlayerWaitTimeout extends Error {
  constructor(readonly last: PlayerReading) {
    super('The player did not change in time.');
    this.name = 'PlayerWaitTimeout';
  }
}

/** What the page reports, before normalising. */
interface RawReading {
  /** The current card's content element is shown (laid out and not hidden). */
  cardShown: boolean;
  text: string;
  alts: string[];
  answers: number;
  feedbacks: number;
  latestFeedback: string;
  continueShown: boolean;
  formError: string;
  loading: boolean;
}

/** What one look into the page answers: the reading, and whether it differs from `unlike`. */
interface WatchAnswer {
  reading: RawReading;
  changed: boolean;
}

/**
 * Runs in the page: reads the player in one task. With `unlike` null, or when the reading differs
 * from it, answers at once; otherwise watches the document (MutationObserver, read at most once a
 * frame, plus a 50 ms look for changes no mutation announces) and answers on the first reading
 * that differs, or with `changed: false` after `timeoutMs`. Self-contained: it is sent to the page
 * as source.
 */
function watchPlayer({
  hooks,
  unlike,
  timeoutMs,
}: {
  hooks: typeof HOOKS;
  unlike: RawReading | null;
  timeoutMs: number;
}): WatchAnswer | Promise<WatchAnswer> {
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
  const read = (): RawReading => {
    const card = all(hooks.cardContent).at(-1);
    return {
      cardShown: card !== undefined && shown(card),
      text: card?.innerText ?? '',
      alts: [...(card?.querySelectorAll('img') ?? [])].map((img) => img.alt).filter(Boolean),
      answers: all(hooks.learnerAnswer).length,
      feedbacks: all(hooks.feedback).length,
      latestFeedback: all(hooks.latestFeedback).at(-1)?.innerText ?? '',
      continueShown: all(hooks.nextCardButton).some(shown),
      formError: all(hooks.formError)
        .filter(shown)
        .map((element) => element.innerText)
        .join(' '),
      loading: all(hooks.loadingDots).some(shown),
    };
  };
  const differs = (reading: RawReading) =>
    unlike === null ||
    reading.cardShown !== unlike.cardShown ||
    reading.text !== unlike.text ||
    reading.alts.join('\n') !== unlike.alts.join('\n') ||
    reading.answers !== unlike.answers ||
    reading.feedbacks !== unlike.feedbacks ||
    reading.latestFeedback !== unlike.latestFeedback ||
    reading.continueShown !== unlike.continueShown ||
    reading.formError !== unlike.formError ||
    reading.loading !== unlike.loading;
  const first = read();
  if (differs(first) || timeoutMs <= 0) return { reading: first, changed: differs(first) };
  return new Promise<WatchAnswer>((resolve) => {
    let finished = false;
    const finish = (answer: WatchAnswer) => {
      finished = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(answer);
    };
    const look = () => {
      if (finished) return;
      const reading = read();
      if (differs(reading)) finish({ reading, changed: true });
    };
    // A burst of mutations (a framework re-rendering) is read once, on the next frame, so the
    // reading never forces a layout per mutation.
    let lookScheduled = false;
    const observer = new MutationObserver(() => {
      if (lookScheduled) return;
      lookScheduled = true;
      requestAnimationFrame(() => {
        lookScheduled = false;
        look();
      });
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const poll = setInterval(look, 50);
    const timer = setTimeout(() => finish({ reading: read(), changed: false }), timeoutMs);
  });
}

/** The reading of a page that never answered. */
const EMPTY_READING: PlayerReading = toReading({
  cardShown: false,
  text: '',
  alts: [],
  answers: 0,
  feedbacks: 0,
  latestFeedback: '',
  continueShown: false,
  formError: '',
  loading: false,
});

function toReading(raw: RawReading): PlayerReading {
  const text = normaliseText(raw.text);
  const feedback = normaliseText(raw.latestFeedback);
  return {
    raw,
    cardShown: raw.cardShown,
    text,
    card: [text, ...raw.alts].join(' | '),
    responses: `${raw.answers}/${raw.feedbacks}/${feedback}`,
    feedback,
    continueShown: raw.continueShown,
    formError: normaliseText(raw.formError),
    loading: raw.loading,
  };
}

/**
 * How the player has answered so far. Feedback without CONTINUE means "stay": Oppia renders the
 * feedback and the CONTINUE of a move in the same update, which one reading sees together.
 */
function responseTo(before: PlayerReading, now: PlayerReading): Response {
  if (now.continueShown) return 'continue';
  if (now.formError !== '') return 'invalid';
  if (now.loading) return 'pending';
  if (hasMovedOn(before, now)) return 'advanced';
  if (now.responses !== before.responses && now.feedback !== '') return 'stayed';
  return 'pending';
}

function hasMovedOn(before: PlayerReading, now: PlayerReading): boolean {
  return now.card !== '' && now.card !== before.card;
}
