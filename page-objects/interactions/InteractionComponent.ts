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

  /** `button.e2e-test-submit-answer-button` ("Submit"; disabled while the answer is invalid). */
  get submitButton(): Locator {
    return this.page.locator('button.e2e-test-submit-answer-button').filter({ visible: true });
  }

  protected async submit(): Promise<void> {
    await expect(
      this.submitButton,
      'Submit should be enabled once the answer is entered',
    ).toBeEnabled();
    await this.submitButton.click();
  }
}
