import { expect, type Locator, type Page } from '@playwright/test';
import { step } from './step';

/**
 * Oppia's error page, `/error/<code>` or rendered in place keeping the URL (Oppia:
 * core/templates/pages/error-pages/error-page.component.html @3ce8357d): "Error 404 - Page Not
 * Found", "Error 500 - System Error", ...
 */
export class ErrorPage {
  constructor(readonly page: Page) {}

  /** `.e2e-test-error-container` */
  get container(): Locator {
    return this.page.locator('.e2e-test-error-container');
  }

  /** `span.e2e-test-error-page-heading` "Error <code>". */
  get heading(): Locator {
    return this.page.locator('.e2e-test-error-page-heading');
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  @step('expect error page {0}')
  async expectStatus(code: number): Promise<void> {
    await expect(this.heading).toHaveText(new RegExp(`\\bError ${code}\\b`));
  }

  /** The status code the heading shows ("Error 404" -> 404); waits for the heading. */
  async statusCode(): Promise<number> {
    await this.expectLoaded();
    const heading = await this.heading.innerText();
    const match = /Error (\d{3})/.exec(heading);
    if (!match) throw new Error(`The error page heading reads “${heading}”, not “Error <code>”.`);
    return Number(match[1]);
  }

  /** True when the error page shows now (does not wait). */
  async isShown(): Promise<boolean> {
    return this.heading.isVisible();
  }
}
