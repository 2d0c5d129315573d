import { expect, type Locator, type Page } from '@playwright/test';
import { step } from '../step';

/**
 * Oppia's alert toasts. A data handler failing with a fatal code makes the page call
 * `alertsService.addWarning('Failed to get dashboard data')` and stay half-rendered
 * (core/templates/services/alerts.service.ts; hooks from Oppia's acceptance utilities).
 */
export class Toasts {
  constructor(readonly page: Page) {}

  /** `div.e2e-test-toast-warning-message`, one per warning shown. */
  get warnings(): Locator {
    return this.page.locator('div.e2e-test-toast-warning-message');
  }

  /** `button.e2e-test-close-toast-warning`, one per warning shown. */
  get closeButtons(): Locator {
    return this.page.locator('button.e2e-test-close-toast-warning');
  }

  /** The texts of the warnings shown now (may be empty). */
  async warningTexts(): Promise<string[]> {
    return (await this.warnings.allInnerTexts()).map((text) => text.trim());
  }

  @step('expect a warning toast {0}')
  async expectWarning(text: string | RegExp): Promise<void> {
    await expect(this.warnings.filter({ hasText: text }).first()).toBeVisible();
  }

  @step()
  async expectNoWarnings(): Promise<void> {
    await expect(this.warnings).toHaveCount(0);
  }

  /** Closes the first warning shown. */
  @step()
  async closeWarning(): Promise<void> {
    const count = await this.warnings.count();
    await this.closeButtons.first().click();
    await expect(this.warnings).toHaveCount(count - 1);
  }
}
