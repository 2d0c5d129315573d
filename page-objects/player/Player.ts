import { expect, type Locator, type Response } from '@playwright/test';
import { explorationInitSchema, type ExplorationInit } from '../../catalog/schemas';
import { stripXssiPrefix } from '../../catalog/xssi';
import { describeAnswer, type Answer, type CardPlan } from '../../planner';
import type { LearnerCtx } from '../context';
import { interactionFor } from '../interactions';
import { ContinueButton } from '../interactions/ContinueButton';
import { step } from '../step';
import type { EndOfChapter } from './EndCard';
import { PlayerError } from './errors';
import type { PlayerHooks } from './hooks';
import {
  isSettled,
  hasMovedOn,
  responseTo,
  type PlayerReading,
  type PlayerResponse,
} from './reading';
import { PlayerWaitTimeout, PlayerWatcher } from './watcher';

/** What playing one card did, for logs and reports. */
export interface PlayedCard {
  stateName: string;
  interactionId: string;
  entered: string;
  result: 'next card' | 'end';
}

/** The exploration the player received, as Oppia's `/explorehandler/init/<id>` answered it. */
export type PlayerExploration = ExplorationInit['exploration'];

/**
 * A chapter player as a learner uses it: one card at a time, answer,
 * then CONTINUE or the next card. Built before the navigation that opens it, so that it catches
 * the exploration the page itself receives (`exploration()`).
 */
export abstract class Player<E extends EndOfChapter = EndOfChapter> {
  private readonly watcher: PlayerWatcher;
  private readonly init: Promise<Response>;

  constructor(
    readonly ctx: LearnerCtx,
    /** The player's hooks: the classic player's, or the new lesson player's (LessonPlayer). */
    protected readonly hooks: PlayerHooks,
  ) {
    this.watcher = new PlayerWatcher(ctx.page, hooks, ctx.cardTimeoutMs);
    // Armed now and awaited by exploration(): the response comes with the navigation that follows.
    // eslint-disable-next-line playwright/missing-playwright-await -- kept as a promise on purpose
    this.init = ctx.page.waitForResponse(
      (response) => new URL(response.url()).pathname.startsWith('/explorehandler/init/'),
      { timeout: ctx.cardTimeoutMs * 2 },
    );
    // A chapter that fails before its init (or a test that never asks) must not leave this unhandled.
    this.init.catch(() => undefined);
  }

  get page() {
    return this.ctx.page;
  }

  /** Present once the player has loaded. */
  get cardsContainer(): Locator {
    return this.page.locator(this.hooks.cardsContainer);
  }

  /** The current card's content: the last one, as Oppia's own tests read it. */
  get currentCard(): Locator {
    return this.page.locator(this.hooks.cardContent).last();
  }

  /** The current card's interaction host (holds `oppia-interactive-<id>`). */
  get interactionHost(): Locator {
    return this.page.locator(this.hooks.interactionHost).last();
  }

  /** "CONTINUE", shown with feedback when the answer moves on. */
  get nextCardButton(): Locator {
    return this.page.locator(this.hooks.nextCardButton);
  }

  /** Oppia's latest feedback. */
  get latestFeedback(): Locator {
    return this.page.locator(this.hooks.latestFeedback).last();
  }

  /** Which player this is. */
  abstract get design(): 'classic' | 'new lesson player';

  /** The URL the player shows for a chapter the story page links as `chapterUrl`. */
  abstract urlOf(chapterUrl: string): string;

  /** What the player shows at the end of a chapter. */
  abstract get endCard(): E;

  /** Opens a chapter by its player URL (as the story page links it). */
  @step('open chapter {0}')
  async open(url: string): Promise<this> {
    await this.page.goto(url);
    return this;
  }

  /**
   * The exploration the player page received from `/explorehandler/init/<id>`, parsed with the
   * schema of Oppia's handler (the HTTP log has already checked the same body).
   */
  async exploration(): Promise<{ id: string; dict: PlayerExploration }> {
    const body = await (await this.init).text();
    const init = explorationInitSchema.parse(JSON.parse(stripXssiPrefix(body)));
    return { id: init.exploration_id, dict: init.exploration };
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.cardsContainer).toBeVisible({ timeout: this.ctx.cardTimeoutMs });
  }

  /** Asserts the first card shows its content and something to answer with. */
  @step()
  async expectFirstCardRendered(): Promise<void> {
    const timeout = this.ctx.cardTimeoutMs;
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
    await this.settledCard();
  }

  /**
   * waitForCard without a report step of its own, for the actions that start with it: one look
   * when the card has settled, and that look is the reading the action compares against.
   */
  private async settledCard(): Promise<PlayerReading> {
    try {
      return await this.watcher.until(null, isSettled);
    } catch (cause) {
      if (!(cause instanceof PlayerWaitTimeout)) throw cause;
      throw new PlayerError(
        'slow',
        cause.last.loading
          ? `Within ${this.ctx.cardTimeoutMs} ms the player did not finish handling the last ` +
              `answer (its loading dots still show).`
          : `Within ${this.ctx.cardTimeoutMs} ms the player showed no card ` +
              `(${this.hooks.cardContent} stayed absent or hidden).`,
        { cause },
      );
    }
  }

  /**
   * Plays one planned card: enters its answer, then follows the player on (CONTINUE after feedback,
   * or the next card by itself). Staying on the card with feedback is a failure of the card. The
   * EndExploration card needs nothing and gives `result: 'end'`.
   */
  @step((card: CardPlan) => `play card “${card.stateName}” (${card.interactionId})`)
  async playCard(card: CardPlan): Promise<PlayedCard> {
    const { stateName, interactionId, answer } = card;
    const before = await this.settledCard();
    if (answer === null) {
      if (interactionId !== 'EndExploration') {
        throw new Error(`Card “${stateName}” (${interactionId}) has no planned answer.`);
      }
      return { stateName, interactionId, entered: 'nothing (end of chapter)', result: 'end' };
    }
    const entered = describeAnswer(answer);
    const what = `Card “${stateName}” (${interactionId}), after the learner ${entered}`;
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
    // The next card has replaced this one; whoever plays it waits for it to settle.
    return { stateName, interactionId, entered, result: 'next card' };
  }

  /**
   * Enters an answer the rules send back to the same card, and checks that the learner gets
   * feedback and stays on the card. Returns the feedback text.
   */
  @step((answer: Answer) => `a wrong answer first: ${describeAnswer(answer)}`)
  async expectWrongAnswerKeepsCard(answer: Answer): Promise<string> {
    const before = await this.settledCard();
    const what = `After the wrong answer (${describeAnswer(answer)})`;
    await this.enterAnswer(answer.kind, answer, 'The card');
    const { response, now } = await this.waitForResponse(before, what);
    expect(response, `${what} the player should stay on the card with feedback`).toBe('stayed');
    await expect(this.latestFeedback).toBeVisible();
    await expect(this.currentCard).toHaveText(before.text, { useInnerText: true });
    return now.feedback;
  }

  @step(
    (interactionId: string, answer: Answer) => `enter ${describeAnswer(answer)} (${interactionId})`,
  )
  private async enterAnswer(interactionId: string, answer: Answer, card: string): Promise<void> {
    const interaction = interactionFor(interactionId, this.interactionHost, this.page);
    await expect(
      interaction.root,
      `${card} should show a ${interactionId} interaction to enter the answer in`,
    ).toBeVisible({ timeout: this.ctx.cardTimeoutMs });
    await interaction.answer(answer);
  }

  private async continueToNextCard(before: PlayerReading, what: string): Promise<void> {
    await this.nextCardButton.click();
    try {
      await this.watcher.until(before, (now) => hasMovedOn(before, now));
    } catch (cause) {
      if (!(cause instanceof PlayerWaitTimeout)) throw cause;
      throw new PlayerError(
        'slow',
        `${what}: CONTINUE was clicked but the next card did not replace the current one ` +
          `within ${this.ctx.cardTimeoutMs} ms.`,
        { cause },
      );
    }
  }

  /** Waits for the player's response to the answer just entered. */
  private async waitForResponse(
    before: PlayerReading,
    what: string,
  ): Promise<{ response: PlayerResponse; now: PlayerReading }> {
    let now: PlayerReading;
    try {
      now = await this.watcher.until(
        before,
        (reading) => responseTo(before, reading) !== 'pending',
      );
    } catch (cause) {
      if (!(cause instanceof PlayerWaitTimeout)) throw cause; // the page closed or crashed
      const last = cause.last;
      const detail = last.loading
        ? ' (still loading)'
        : last.responses !== before.responses
          ? ' (the answer was taken but the card stayed silent)'
          : '';
      throw new PlayerError(
        'slow',
        `${what}: within ${this.ctx.cardTimeoutMs} ms the player showed no next card, no ` +
          `CONTINUE button and no feedback${detail}.`,
        { cause },
      );
    }
    return { response: responseTo(before, now), now };
  }
}
