import { expect, type Locator } from '@playwright/test';
import type { LearnerCtx } from '../context';
import { step } from '../step';

/**
 * The end of a chapter, whichever player shows it: the completion signal, the next chapter's link
 * and the way back. `toShowEndOfChapter` (fixtures/expect.ts) checks any of them the same way.
 */
export interface EndOfChapter {
  readonly ctx: LearnerCtx;
  /** What tells the learner the chapter is complete. */
  readonly completionSignal: Locator;
  /** The text that signal carries, or null when its showing is the signal. */
  readonly completionText: string | null;
  /** The link to the next chapter (absent after the story's last published chapter). */
  readonly nextChapterLink: Locator;
  /** The href the next-chapter link has for a chapter the story page links as `chapterPath`. */
  nextChapterHref(chapterPath: string): string | RegExp;
  /** Checks that the way back from the end leads to the story page at `storyPath`. */
  expectWayBackTo(storyPath: string): Promise<void>;
}

/** The completion toast's English text, as Oppia's acceptance tests expect it. */
export const COMPLETION_TOAST_TEXT = 'Congratulations for completing this lesson!';

/**
 * What the player shows at the end of a chapter in story mode: the completion toast and, in
 * `oppia-ratings-and-recommendations`, the sign-up prompt (logged out), the next chapter and the
 * way back to the story. Hooks: .../current-lesson-player/learner-experience/
 * conversation-skin.component.html (toast), ratings-and-recommendations.component.html @1c148d46,
 * post-chapter-recommendations.component.html @fd785b60.
 */
export class EndCard implements EndOfChapter {
  constructor(readonly ctx: LearnerCtx) {}

  get page() {
    return this.ctx.page;
  }

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

  get completionSignal(): Locator {
    return this.completionToast;
  }

  readonly completionText = COMPLETION_TOAST_TEXT;

  /** The classic end card links the next chapter exactly as the story page does. */
  nextChapterHref(chapterPath: string): string {
    return chapterPath;
  }

  /** The "Return to story" link leads to the story page (its href; following it is returnToStory). */
  async expectWayBackTo(storyPath: string): Promise<void> {
    await expect(this.returnToStoryLink, 'the return-to-story link').toHaveAttribute(
      'href',
      storyPath,
    );
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
      timeout: this.ctx.cardTimeoutMs,
    });
  }

  @step()
  async expectShown(): Promise<void> {
    await expect(this.root).toBeVisible({ timeout: this.ctx.cardTimeoutMs });
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
