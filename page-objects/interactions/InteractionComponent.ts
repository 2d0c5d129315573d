import { expect, type Locator, type Page } from '@playwright/test';
import type { Answer } from '../../planner';

/** One interaction kind on the current card: enters a planned answer the way a learner does. */
export interface InteractionComponent {
  /** The interaction's element; every other lookup is made inside it. */
  readonly root: Locator;
  /** Enters `a` and submits it (Submit button, or the click that submits by itself). */
  answer(a: Answer): Promise<void>;
}

/** `a` narrowed to `kind`, or an Error saying the plan and the card disagree. */
export function answerOfKind<K extends Answer['kind']>(
  a: Answer,
  kind: K,
  interactionId: string = kind,
): Answer & { kind: K } {
  if (a.kind !== kind) {
    throw new Error(
      `The ${interactionId} interaction cannot enter a ${a.kind} answer: ` +
        `the card plan and the card's interaction disagree.`,
    );
  }
  return a as Answer & { kind: K };
}

/**
 * Base of the interactions submitted with Oppia's generic Submit button. The button lives in the
 * player's progress nav, outside the interaction element (Oppia:
 * core/templates/pages/exploration-player-page/layout-directives/progress-nav.component.html), so it
 * is the one lookup made from the page rather than from `root`.
 */
export abstract class SubmittedInteraction implements InteractionComponent {
  constructor(
    readonly root: Locator,
    protected readonly page: Page,
  ) {}

  abstract answer(a: Answer): Promise<void>;

  /**
   * "Submit" (disabled while the answer is invalid), in either player: the classic
   * `button.e2e-test-submit-answer-button` (current-lesson-player/layout-directives/
   * progress-nav.component.html @019789f0, also the older new player's card-navigation-control
   * @35a8a7e6), or the new lesson player's latest `button.oppia-learner-submit-answer-button`
   * without a hook (new-lesson-player/.../card-navigation-control.component.html @019789f0).
   */
  get submitButton(): Locator {
    return this.page
      .locator('button.e2e-test-submit-answer-button')
      .or(this.page.locator('button.oppia-learner-submit-answer-button'))
      .filter({ visible: true });
  }

  protected async submit(): Promise<void> {
    await expect(
      this.submitButton,
      'Submit should be enabled once the answer is entered',
    ).toBeEnabled();
    await this.submitButton.click();
  }
}
