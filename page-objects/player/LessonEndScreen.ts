import { expect, type Locator } from '@playwright/test';
import type { LearnerCtx } from '../context';
import { step } from '../step';
import type { EndOfChapter } from './EndCard';

/**
 * The new lesson player's end-of-lesson screen in story mode. Oppia:
 * core/templates/pages/exploration-player-page/new-lesson-player/ — `oppia-new-ratings-and-
 * recommendations` (new-ratings-and-recommendations.component.html @24928b78) holding
 * `oppia-post-chapter-recommendations` (next lesson, review card, more practice, sign up), and the
 * header's close button (header-components/player-header.component.ts @1e6324eb `closePlayer()`:
 * `window.confirm`, then `/learn/<c>/<t>/story/<s>`). Classes from Oppia's acceptance util
 * (puppeteer-acceptance-tests/utilities/user/logged-out-user.ts @004f9c88, "New lesson player page").
 */
export class LessonEndScreen implements EndOfChapter {
  constructor(readonly ctx: LearnerCtx) {}

  get page() {
    return this.ctx.page;
  }

  /**
   * `oppia-new-ratings-and-recommendations`, rendered on the terminal card. UNCONFIRMED: the element
   * name is read from the component file's name (its selector was not in the stored templates).
   */
  get root(): Locator {
    return this.page.locator('oppia-new-ratings-and-recommendations');
  }

  /**
   * The completion signal of this screen: the story-mode recommendations a learner gets once the
   * lesson is complete (`.next-lesson-btn`, `.review-card-btn`, `.more-practice-btn`, `.signup-btn`;
   * UNCONFIRMED template version, the classes come from Oppia's acceptance util), or the older
   * new player's "Congratulations" toast `.e2e-test-lesson-completion-message`
   * (new-conversation-skin.component.html @fcbfe75a). The screen has no completion text of its own.
   */
  get completionSignal(): Locator {
    return this.root
      .locator('.review-card-btn')
      .or(this.page.locator('.e2e-test-lesson-completion-message'))
      .first();
  }

  readonly completionText = null;

  /**
   * The next lesson: `button.next-lesson-btn` inside an `<a href>` to the next chapter (Oppia's
   * acceptance test opens that href); older versions: the next-lesson bar
   * `a[href] > button.e2e-test-next-lesson-button` (new-conversation-skin.component.html @fcbfe75a).
   */
  get nextChapterLink(): Locator {
    return this.page
      .locator('a')
      .filter({ has: this.page.locator('.next-lesson-btn') })
      .or(this.page.locator('a').filter({ has: this.page.locator('.e2e-test-next-lesson-button') }))
      .first();
  }

  /**
   * The next lesson's link: the chapter's own link (`/explore/<id>?...`, which the guard sends on to
   * `/lesson/<id>?...`) or that `/lesson/` URL itself, with the same query. Which one
   * `getExplorationLink()` builds in the new player is UNCONFIRMED; both reach the same lesson.
   */
  nextChapterHref(chapterPath: string): RegExp {
    const rest = chapterPath.replace(/^\/explore\//, '');
    return new RegExp(`^/(explore|lesson)/${rest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }

  /** `button.lesson-player-close-modal-button` (aria-label "Close player"), no e2e hook. */
  get closeButton(): Locator {
    return this.page.locator('button.lesson-player-close-modal-button');
  }

  /** `button.signup-btn`: the logged-out learner's sign-up prompt. */
  get signUpButton(): Locator {
    return this.root.locator('.signup-btn');
  }

  /**
   * The way back is the header's close button: it asks `window.confirm` ("If you exit, your
   * progress will be lost…"), which the learner accepts, and then goes to the story page. It
   * leaves the player, so it is the last thing checked.
   */
  @step()
  async expectWayBackTo(storyPath: string): Promise<void> {
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.closeButton.click();
    await expect(this.page, 'closing the player leads back to the story').toHaveURL(
      (url) => `${url.pathname}${url.search}` === storyPath,
      { timeout: this.ctx.cardTimeoutMs },
    );
  }
}
