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

  /**
   * The Continue button of the current card, in either player: the classic
   * `button.e2e-test-continue-button` (also the older new player's), or the new lesson player's
   * latest `oppia-card-navigation-control button.oppia-learner-confirm-button`, without a hook
   * (new-lesson-player/.../card-navigation-control.component.html @019789f0; the same class on the
   * post-answer CONTINUE of `oppia-continue-button` is outside the navigation control).
   */
  static on(page: Page): ContinueButton {
    return new ContinueButton(
      page
        .locator('button.e2e-test-continue-button')
        .or(page.locator('oppia-card-navigation-control button.oppia-learner-confirm-button'))
        .filter({ visible: true }),
    );
  }

  async answer(a: Answer): Promise<void> {
    answerOfKind(a, 'Continue');
    await this.root.click();
  }
}
