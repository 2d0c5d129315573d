import { expect, type Locator, type Page } from '@playwright/test';
import { step } from '../step';

/**
 * The "Save your progress" prompt a logged-out learner gets over the story page's chapter list
 * (core/templates/pages/story-viewer-page/story-viewer-page.component.html @68c3bbe5): LOG IN,
 * SIGN UP and SKIP. It intercepts clicks on the chapters until skipped.
 */
export class SaveProgressOverlay {
  constructor(readonly page: Page) {}

  /** `div.story-viewer-login-container` (no e2e hook in Oppia). */
  get root(): Locator {
    return this.page.locator('div.story-viewer-login-container');
  }

  /** `button.skip-btn` "SKIP" (Oppia's acceptance util clicks the text SKIP). */
  get skipButton(): Locator {
    return this.root.locator('button.skip-btn');
  }

  /** `button.e2e-test-login-button` "LOG IN". */
  get loginButton(): Locator {
    return this.root.locator('button.e2e-test-login-button');
  }

  /** Clicks SKIP on the shown overlay and waits for it to go. */
  @step()
  async skip(): Promise<void> {
    await this.skipButton.click();
    await expect(this.root).toBeHidden();
  }

  /**
   * Skips the overlay now if it shows, else whenever it appears and blocks an action (Playwright
   * locator handler): Oppia opens it once the learner is known to be logged out, which may come
   * after the chapter list.
   */
  @step()
  async skipWhenShown(): Promise<void> {
    if (await this.root.isVisible()) {
      await this.skip();
      return;
    }
    await this.page.addLocatorHandler(this.root, () => this.skipButton.click(), { times: 1 });
  }

  /**
   * Removes the handler `skipWhenShown` may have left (it stays until the overlay shows), so a
   * page used again for another test does not skip that test's overlay behind its back.
   */
  static async removeSkipHandler(page: Page): Promise<void> {
    await page.removeLocatorHandler(new SaveProgressOverlay(page).root);
  }

  @step()
  async expectShown(): Promise<void> {
    await expect(this.root).toBeVisible();
    await expect(this.skipButton).toHaveText(/skip/i);
  }
}
