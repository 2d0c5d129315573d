import { expect, type Locator, type Page } from '@playwright/test';
import type { LearnerCtx } from './context';
import type { ChapterPlayer } from './player/ChapterPlayer';
import { playerFor } from './player/choose';
import type { LessonPlayer } from './player/LessonPlayer';
import { step } from './step';
import { normaliseText } from './text';

/**
 * The redesigned topic page `/learn/<c>/<t>` (flag `redesigned_topic_viewer_page`). Oppia:
 * core/templates/pages/topic-viewer-page/topic-viewer-page.component.html @0091f9bd (the switch)
 * and topic-viewer-content/topic-viewer-content.component.html @712614ae: one scrolling view, one
 * `topic-story-section` per canonical story, lessons started from lesson cards, no story tiles.
 */
export class RedesignedTopicPage {
  constructor(readonly ctx: LearnerCtx) {}

  get page(): Page {
    return this.ctx.page;
  }

  /** `div.oppia-redesigned-topic-viewer-container.e2e-test-redesigned-topic-viewer-container`. */
  get container(): Locator {
    return this.page.locator('.e2e-test-redesigned-topic-viewer-container');
  }

  /**
   * `h3.story-title.e2e-test-story-title` in each `div.story-card.e2e-test-story-card`
   * (topic-story-section.component.html @17324971), reading `Story: "<title>"`.
   */
  get storyCardTitles(): Locator {
    return this.container.locator('.e2e-test-story-card .e2e-test-story-title');
  }

  @step('open topic {1} (classroom {0}, redesigned page)')
  async open(classroom: string, topic: string): Promise<RedesignedTopicPage> {
    await this.page.goto(`/learn/${classroom}/${topic}`);
    return this;
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.container).toBeVisible();
  }

  /** The stories' titles, in page order (the `Story: "..."` wrapping taken off). */
  async storyTitles(): Promise<string[]> {
    await expect(
      this.storyCardTitles.first(),
      'the topic page should show its stories',
    ).toBeVisible();
    return (await this.storyCardTitles.allInnerTexts()).map(storyTitleOf);
  }

  /** The section of one story: its lesson cards, from which a learner starts its chapters. */
  story(title: string): TopicStorySection {
    const wanted = normaliseText(title);
    const section = this.container.locator('topic-story-section').filter({
      has: this.page
        .locator('.e2e-test-story-title')
        .filter({ hasText: new RegExp(`^\\s*(Story:\\s*)?["“]?${escape(wanted)}["”]?\\s*$`) }),
    });
    return new TopicStorySection(this.ctx, section, wanted);
  }
}

/**
 * One story on the redesigned topic page: its lesson cards (topic-lesson-card.component.html
 * @0230a416; no e2e hooks on them in any stored version), in wrappers `#lesson-<n>` (published) and
 * `#coming-soon-lesson-<n>` (not yet). With story grouping (`story_editor_arcs` / `_adventures` /
 * `_modules`), the cards sit in collapsible `.module-group`s (module-navigation.component.html
 * @17324971); a later group asks to skip the earlier ones first.
 */
export class TopicStorySection {
  constructor(
    readonly ctx: LearnerCtx,
    readonly root: Locator,
    readonly title: string,
  ) {}

  get page(): Page {
    return this.ctx.page;
  }

  /** The published lessons' cards, in story order: `[id^="lesson-"] .topic-lesson-card`. */
  get lessonCards(): Locator {
    return this.root.locator('[id^="lesson-"] .topic-lesson-card');
  }

  /** `.topic-lesson-card-title`: the node title (older versions: "Lesson N: <title>"). */
  get lessonTitles(): Locator {
    return this.lessonCards.locator('.topic-lesson-card-title');
  }

  /** The coming-soon lessons' cards (`#coming-soon-lesson-<n>`). */
  get comingSoonCards(): Locator {
    return this.root.locator('[id^="coming-soon-lesson-"] .topic-lesson-card');
  }

  /**
   * The module-skip confirmation's proceed button, `.module-skip-confirmation-proceed`
   * (module-skip-confirmation-modal.component.html @d2f28112; an ngbModal, or a bottom sheet under
   * 480 px, with the same buttons).
   */
  get skipConfirmation(): Locator {
    return this.page.locator('.module-skip-confirmation-proceed');
  }

  /**
   * Nothing is laid over the redesigned page for a logged-out learner (the story page's "Save your
   * progress" prompt is not on it): waits for the lesson cards, as the story page waits for its
   * chapter list.
   */
  async skipSaveProgressOverlay(): Promise<void> {
    await expect(
      this.lessonCards.first(),
      `the story “${this.title}” should list its lessons`,
    ).toBeVisible();
  }

  /** The lessons' titles, in order, as the cards show them (a "Lesson N: " prefix taken off). */
  async lessonTitleTexts(): Promise<string[]> {
    await this.skipSaveProgressOverlay();
    return (await this.lessonTitles.allInnerTexts()).map((t) =>
      normaliseText(t).replace(/^Lesson \d+:\s*/, ''),
    );
  }

  /**
   * Starts chapter N (or the lesson with this title) from its card, as a learner does: opens its
   * group and card when collapsed, clicks `button.topic-lesson-card-start-button` (a button, not a
   * link: `window.location.assign(startUrl)`), and confirms skipping earlier groups if asked.
   */
  @step('start lesson {0} from its card')
  async openChapter(chapter: number | string): Promise<ChapterPlayer | LessonPlayer> {
    const titles = await this.lessonTitleTexts();
    const index =
      typeof chapter === 'number' ? chapter - 1 : titles.indexOf(normaliseText(chapter));
    if (index < 0 || index >= titles.length) {
      const listed = titles.map((t, i) => `${i + 1}: “${t}”`).join(', ');
      throw new Error(
        `The topic page lists no lesson ${JSON.stringify(chapter)} in “${this.title}”; it lists ${listed}.`,
      );
    }
    const card = this.lessonCards.nth(index);
    await this.expand(card);
    // Built before the click, so that it catches the exploration the player page receives.
    const player = playerFor(this.ctx);
    const start = card.locator('button.topic-lesson-card-start-button');
    await start.click();
    const left = this.page.waitForURL((url) => /^\/(explore|lesson)\//.test(url.pathname), {
      timeout: this.ctx.cardTimeoutMs,
    });
    const asked = this.skipConfirmation.waitFor({ timeout: this.ctx.cardTimeoutMs }).then(
      () => true,
      () => false,
    );
    if (await Promise.race([left.then(() => false), asked])) {
      await this.skipConfirmation.click();
      await left;
    }
    return player;
  }

  /**
   * Shows a card's start button: the card's group header `.module-header` (role=button) when the
   * group is collapsed, then the card's chevron `button.topic-lesson-card-chevron-badge` when the
   * card is `.collapsed` (only the active card is open).
   */
  private async expand(card: Locator): Promise<void> {
    const start = card.locator('button.topic-lesson-card-start-button');
    if (await start.isVisible()) return;
    const group = this.root.locator('.module-group').filter({ has: card });
    const header = group.locator('.module-header');
    if ((await group.count()) > 0 && !(await card.isVisible())) await header.click();
    const chevron = card.locator('button.topic-lesson-card-chevron-badge');
    if (!(await start.isVisible()) && (await chevron.isVisible())) await chevron.click();
    await expect(start, 'the lesson card should show its start button').toBeVisible();
  }
}

/** `Story: "Title"` -> `Title` (older versions show the plain title). */
function storyTitleOf(text: string): string {
  return normaliseText(text)
    .replace(/^Story:\s*/, '')
    .replace(/^["“](.*)["”]$/, '$1');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
