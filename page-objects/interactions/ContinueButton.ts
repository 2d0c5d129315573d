import type { Locator, Page } from '@playwright/test';
import type { Answer } from '../../planner';
import { answerOfKind, type InteractionComponent } from './InteractionComponent';

/**
 * Continue: not inside the interaction host but a button in the progress nav,
 * `button.e2e-test-continue-button` labelled with `buttonText` (Oppia:
 * core/templates/pages/exploration-player-page/layout-directives/progress-nav.component.html), so
 * its root is the button itself.
 */
export class ContinueButton implements InteractionComponent {
  constructor(readonly root: Locator) {}

  /** The Continue button of the current card. */
  static on(page: Page): ContinueButton {
    return new ContinueButton(
      page.locator('button.e2e-test-continue-button').filter({ visible: true }),
    );
  }

  async answer(a: Answer): Promise<void> {
    answerOfKind(a, 'Continue');
    await this.root.click();
  }
}
