import { expect, type Locator, type Page } from '@playwright/test';
import { ChapterPlayer, type ChapterPlayerOptions } from '../ChapterPlayer';
import { StoryPage } from '../StoryPage';
import { step } from '../step';

/** The completion toast's English text, as Oppia's acceptance tests expect it. */
export const COMPLETION_TOAST_TEXT = 'Congratulations for completing this lesson!';

/**
 * What the player shows at the end of a chapter in story mode: the completion toast and, in
 * `oppia-ratings-and-recommendations`, the sign-up prompt (logged out), the next chapter and the
 * way back to the story. Hooks: .../current-lesson-player/learner-experience/
 * conversation-skin.component.html (toast), ratings-and-recommendations.component.html @1c148d46,
 * post-chapter-recommendations.component.html @fd785b60.
 */
export class EndCard {
  constructor(
    readonly page: Page,
    private readonly options: ChapterPlayerOptions = {},
  ) {}

  /** `oppia-ratings-and-recommendations`: rendered on the terminal card only. */
  get root(): Locator {
    return this.page.locator('oppia-ratings-and-recommendations');
  }

  /**
   * `div.toast-message.e2e-test-lesson-completion-message` (role=alertdialog), removed from the DOM
   * 6 s after the terminal card shows (ALERT_MESSAGE_TIMEOUT in conversation-skin.component.ts).
   */
  get completionToast(): Locator {
    return this.page.locator('.e2e-test-lesson-completion-message');
  }

  /** `div.e2e-test-end-chapter-sign-up-section` (logged-out learner in story mode). */
  get signUpSection(): Locator {
    return this.root.locator('.e2e-test-end-chapter-sign-up-section');
  }

  /** `button.e2e-test-dismiss-sign-up-section-button`. */
  get dismissSignUpButton(): Locator {
    return this.root.locator('button.e2e-test-dismiss-sign-up-section-button');
  }

  /**
   * The next chapter's link. Oppia's tests use `.e2e-test-recommended-next-chapter-button`, which no
   * stored template shows; the stored template links it as `a[href=nextStoryNodeLink]` inside
   * `oppia-post-chapter-recommendations`, hence the fallback.
   */
  get nextChapterLink(): Locator {
    return this.root
      .locator('.e2e-test-recommended-next-chapter-button')
      .or(this.root.locator('oppia-post-chapter-recommendations a[href*="/explore/"]'))
      .first();
  }

  /** `a.conversation-skin-back-to-collection` "Return to story" (href = the story page). */
  get returnToStoryLink(): Locator {
    return this.root.locator('a.conversation-skin-back-to-collection');
  }

  @step()
  async expectCompletionToast(): Promise<void> {
    await expect(this.completionToast).toContainText(COMPLETION_TOAST_TEXT, {
      timeout: this.options.cardTimeoutMs,
    });
  }

  @step()
  async expectShown(): Promise<void> {
    await expect(this.root).toBeVisible({ timeout: this.options.cardTimeoutMs });
  }

  /** The next chapter's URL (absolute), or null when this was the story's last chapter. */
  async nextChapterUrl(): Promise<string | null> {
    await this.expectShown();
    if ((await this.nextChapterLink.count()) === 0) return null;
    const href = await this.nextChapterLink.getAttribute('href');
    return href === null ? null : new URL(href, this.page.url()).toString();
  }

  @step()
  async openNextChapter(): Promise<ChapterPlayer> {
    const url = await this.nextChapterUrl();
    if (url === null)
      throw new Error('The end card offers no next chapter (last chapter of the story?).');
    await this.nextChapterLink.click();
    await expect(this.page).toHaveURL(url);
    return new ChapterPlayer(this.page, this.options);
  }

  @step()
  async returnToStory(): Promise<StoryPage> {
    await this.returnToStoryLink.click();
    const story = new StoryPage(this.page, this.options);
    await story.expectLoaded();
    return story;
  }

  @step()
  async expectSignUpSection(): Promise<void> {
    await expect(this.signUpSection).toBeVisible();
  }

  @step()
  async dismissSignUpSection(): Promise<void> {
    await this.dismissSignUpButton.click();
    await expect(this.signUpSection).toBeHidden();
  }
}
