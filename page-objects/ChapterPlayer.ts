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

interface CardSnapshot {
  /** The current card's text, whitespace-normalised. */
  text: string;
  /** The text plus image alt texts, so that image-only cards differ too. */
  card: string;
  /** Changes whenever a new answer/response pair is rendered. */
  responses: string;
  feedback: string;
}

/**
 * The exploration player (`/explore/<id>?...`) as a learner uses it: one card at a time, answer,
 * then CONTINUE or the next card. Hooks from Oppia's conversation skin
 * (core/templates/pages/exploration-player-page/current-lesson-player/learner-experience/
 * conversation-skin.component.html, tutor-card.component.html, input-response-pair.component.html,
 * continue-button.component.html).
 */
export class ChapterPlayer {
  readonly cardTimeoutMs: number;

  constructor(
    readonly page: Page,
    options: ChapterPlayerOptions = {},
  ) {
    this.cardTimeoutMs = options.cardTimeoutMs ?? DEFAULT_CARD_TIMEOUT_MS;
  }

  /** `.e2e-test-exploration-header`: the chapter's title. */
  get header(): Locator {
    return this.page.locator('.e2e-test-exploration-header');
  }

  /** `.e2e-test-conversation-skin-cards-container`: present once the player has loaded. */
  get cardsContainer(): Locator {
    return this.page.locator('.e2e-test-conversation-skin-cards-container');
  }

  /** Every `oppia-rte-output-display.e2e-test-conversation-content` (card contents). */
  private get contents(): Locator {
    return this.page.locator('.e2e-test-conversation-content');
  }

  /** The current card's content: the last one, as Oppia's own tests read it. */
  get currentCard(): Locator {
    return this.contents.last();
  }

  /** `oppia-interaction-display.e2e-test-conversation-input` of the current card. */
  get interactionHost(): Locator {
    return this.page.locator('oppia-interaction-display.e2e-test-conversation-input').last();
  }

  /** `.e2e-test-input-response-loading-dots`: shown while an answer is being handled. */
  get loadingDots(): Locator {
    return this.page.locator('.e2e-test-input-response-loading-dots');
  }

  /** `button.e2e-test-continue-to-next-card-button` ("CONTINUE" after feedback). */
  get nextCardButton(): Locator {
    return this.page.locator('button.e2e-test-continue-to-next-card-button');
  }

  /** `.e2e-test-conversation-feedback-latest`: Oppia's latest feedback. */
  get latestFeedback(): Locator {
    return this.page.locator('.e2e-test-conversation-feedback-latest').last();
  }

  /** `.conversation-skin-learner-answer-content`: the learner's answers echoed back. */
  private get learnerAnswers(): Locator {
    return this.page.locator('.conversation-skin-learner-answer-content');
  }

  /** `.conversation-skin-oppia-feedback-content`: every feedback shown. */
  private get feedbacks(): Locator {
    return this.page.locator('.conversation-skin-oppia-feedback-content');
  }

  /** `.e2e-test-form-error-container`: the interaction rejected the input. */
  get formErrors(): Locator {
    return this.page.locator('.e2e-test-form-error-container');
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
    await expect(this.interactionHost.or(ContinueButton.on(this.page).root).first()).toBeVisible({
      timeout,
    });
  }

  /** Waits until the current card's content is shown and no answer is being handled. */
  @step()
  async waitForCard(): Promise<void> {
    const timeout = this.cardTimeoutMs;
    await expect(this.currentCard).toBeVisible({ timeout });
    await expect(this.loadingDots.filter({ visible: true })).toHaveCount(0, { timeout });
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
    const before = await this.snapshot();
    await this.enterAnswer(interactionId, answer);
    const response = await this.waitForResponse(before, what);
    if (response === 'stayed') {
      const feedback = normaliseText(await this.latestFeedback.innerText());
      throw new Error(`${what}: the player stayed on the card and showed the feedback “${feedback}”.`);
    }
    if (response === 'invalid') {
      const error = normaliseText(await this.formErrors.filter({ visible: true }).first().innerText());
      throw new Error(`${what}: the interaction rejected the input: “${error}”.`);
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
    const before = await this.snapshot();
    await this.enterAnswer(answer.kind, answer);
    const response = await this.waitForResponse(before, what);
    expect(response, `${what} the player should stay on the card with feedback`).toBe('stayed');
    await expect(this.latestFeedback).toBeVisible();
    await expect(this.currentCard).toHaveText(before.text, { useInnerText: true });
    return normaliseText(await this.latestFeedback.innerText());
  }

  /** Asserts the completion toast; Oppia removes it 6 s after the end card shows, so call promptly. */
  async expectCompletionToast(): Promise<void> {
    await this.endCard.expectCompletionToast();
  }

  @step((interactionId: string, answer: Answer) => `enter ${describeAnswer(answer)} (${interactionId})`)
  private async enterAnswer(interactionId: string, answer: Answer): Promise<void> {
    await interactionFor(interactionId, this.interactionHost, this.page).answer(answer);
  }

  private async continueToNextCard(before: CardSnapshot, what: string): Promise<void> {
    await this.nextCardButton.click();
    await expect
      .poll(async () => hasMovedOn(before, await this.snapshot()), {
        timeout: this.cardTimeoutMs,
        message: `${what}: CONTINUE was clicked but the next card did not replace the current one`,
      })
      .toBe(true);
  }

  /** Waits for the player's response to the answer just entered. */
  private async waitForResponse(before: CardSnapshot, what: string): Promise<Response> {
    let response: Response = 'pending';
    try {
      await expect
        .poll(async () => (response = await this.responseNow(before)), {
          timeout: this.cardTimeoutMs,
          intervals: [50, 100, 250],
        })
        .not.toBe('pending');
    } catch (cause) {
      const loading = (await this.loadingDots.filter({ visible: true }).count()) > 0;
      const echoed = (await this.snapshot()).responses !== before.responses;
      throw new Error(
        `${what}: within ${this.cardTimeoutMs} ms the player showed no next card, no CONTINUE ` +
          `button and no feedback` +
          (loading ? ' (still loading)' : echoed ? ' (the answer was taken but the card stayed silent)' : '') +
          '.',
        { cause },
      );
    }
    return response;
  }

  private async responseNow(before: CardSnapshot): Promise<Response> {
    const shown = async (locator: Locator) => (await locator.filter({ visible: true }).count()) > 0;
    if (await shown(this.nextCardButton)) return 'continue';
    if (await shown(this.formErrors.filter({ hasText: /\S/ }))) return 'invalid';
    if (await shown(this.loadingDots)) return 'pending';
    const now = await this.snapshot();
    if (hasMovedOn(before, now)) return 'advanced';
    // Oppia renders feedback and CONTINUE together, so feedback without CONTINUE means "stay".
    if (now.responses !== before.responses && now.feedback !== '') return 'stayed';
    return 'pending';
  }

  /** Reads the card and the responses without waiting (safe while the player re-renders). */
  private async snapshot(): Promise<CardSnapshot> {
    const [cards, answers, feedbacks, latest] = await Promise.all([
      this.contents.evaluateAll((elements) =>
        elements.map((element) => ({
          text: (element as HTMLElement).innerText,
          alts: [...element.querySelectorAll('img')].map((img) => img.alt).filter(Boolean),
        })),
      ),
      this.learnerAnswers.count(),
      this.feedbacks.count(),
      this.page.locator('.e2e-test-conversation-feedback-latest').allInnerTexts(),
    ]);
    const feedback = normaliseText(latest.at(-1) ?? '');
    const current = cards.at(-1);
    const text = normaliseText(current?.text ?? '');
    return {
      text,
      card: [text, ...(current?.alts ?? [])].join(' | '),
      responses: `${answers}/${feedbacks}/${feedback}`,
      feedback,
    };
  }
}

function hasMovedOn(before: CardSnapshot, now: CardSnapshot): boolean {
  return now.card !== '' && now.card !== before.card;
}
