import { expect, type Locator, type Page } from '@playwright/test';
import type { LearnerCtx } from './context';
import { Toasts } from './components/Toasts';
import { StoryPage } from './StoryPage';
import { step } from './step';
import { itemWithText, normaliseText } from './text';

/** Oppia's acceptance tests switch to the mobile story title below this width (MOBILE_PX). */
const MOBILE_MAX_WIDTH_PX = 768;

/**
 * The topic page `/learn/<c>/<t>` (Oppia: core/templates/pages/topic-viewer-page/, story tiles from
 * core/templates/components/summary-tile/story-summary-tile.component.html @42534751).
 */
export class TopicPage {
  constructor(readonly ctx: LearnerCtx) {}

  get page(): Page {
    return this.ctx.page;
  }

  /** `.e2e-test-topic-viewer-container` */
  get container(): Locator {
    return this.page.locator('.e2e-test-topic-viewer-container');
  }

  /** `.e2e-test-topic-description` */
  get description(): Locator {
    return this.page.locator('.e2e-test-topic-description');
  }

  /** `.e2e-test-lessons-tab-container`: holds the story tiles. */
  get lessonsTab(): Locator {
    return this.page.locator('.e2e-test-lessons-tab-container');
  }

  /**
   * The story title links: `.e2e-test-mobile-story-title` below 768 px, else
   * `.e2e-test-story-title-in-topic-page` (selectors and breakpoint from Oppia's acceptance util
   * `selectChapterWithinStoryToLearn`; the tile renders one or the other). Without a fixed
   * viewport, the desktop one.
   */
  get storyTitleLinks(): Locator {
    const width = this.page.viewportSize()?.width;
    return width !== undefined && width < MOBILE_MAX_WIDTH_PX
      ? this.page.locator('.e2e-test-mobile-story-title')
      : this.page.locator('.e2e-test-story-title-in-topic-page');
  }

  get toasts(): Toasts {
    return new Toasts(this.page);
  }

  @step('open topic {1} (classroom {0})')
  async open(classroom: string, topic: string): Promise<TopicPage> {
    await this.page.goto(`/learn/${classroom}/${topic}`);
    return this;
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.container).toBeVisible();
  }

  /** The story titles listed on the lessons tab, in page order. */
  async storyTitles(): Promise<string[]> {
    await expect(this.lessonsTab, 'the topic page should show its lessons tab').toBeVisible();
    return (await this.storyTitleLinks.allInnerTexts()).map(normaliseText);
  }

  @step('open story {0}')
  async openStory(title: string): Promise<StoryPage> {
    const link = await itemWithText(this.storyTitleLinks, title, 'stories');
    await link.click();
    await expect(this.page).toHaveURL((url) => url.pathname.includes('/story/'));
    return new StoryPage(this.ctx);
  }
}
