import { expect, type Locator, type Page } from '@playwright/test';
import type { LearnerCtx } from './context';
import { Toasts } from './components/Toasts';
import { step } from './step';
import { absoluteHref, indexOfText, normaliseText, sitePath } from './text';
import { TopicPage } from './TopicPage';

/** One published topic as the classroom page lists it. */
export interface TopicEntry {
  name: string;
  /** Where the tile links, path only (`/learn/<c>/<t>`), as Oppia writes it. */
  href: string;
}

/**
 * A classroom page `/learn/<c>` (Oppia: core/templates/pages/classroom-page/classroom-page.component.html
 * @d8dee333; tiles: core/templates/components/summary-tile/topic-summary-tile.component.html @2c5b0498).
 */
export class ClassroomPage {
  constructor(readonly ctx: LearnerCtx) {}

  get page(): Page {
    return this.ctx.page;
  }

  /** `h1.e2e-test-classroom-name`: the classroom's name. */
  get heading(): Locator {
    return this.page.locator('h1.e2e-test-classroom-name');
  }

  /** `div.e2e-test-topic-summary-tile`, published and "Coming soon" topics alike. */
  get topicTiles(): Locator {
    return this.page.locator('.e2e-test-topic-summary-tile');
  }

  /**
   * `a.e2e-test-topic-link` of published topics. Unpublished ones keep their link inside a
   * `.faded-topic-card` ("Coming soon", pointer-events none), so those are left out.
   */
  get topicLinks(): Locator {
    return this.page.locator('a.e2e-test-topic-link:not(.faded-topic-card a)');
  }

  /** Tiles of unpublished topics: `.faded-topic-card` "Coming soon". */
  get comingSoonTopics(): Locator {
    return this.page.locator('.faded-topic-card');
  }

  get toasts(): Toasts {
    return new Toasts(this.page);
  }

  @step('open classroom {0}')
  async open(classroom: string): Promise<ClassroomPage> {
    await this.page.goto(`/learn/${classroom}`);
    return this;
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Published topics, in page order; waits for the tiles to show. */
  async topicEntries(): Promise<TopicEntry[]> {
    await expect(
      this.topicTiles.first(),
      'the classroom page should list its topics',
    ).toBeVisible();
    const links = await this.topicLinks.evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        name: anchor.querySelector<HTMLElement>('.e2e-test-topic-name')?.innerText ?? '',
        href: anchor.getAttribute('href') ?? '',
      })),
    );
    const base = this.page.url();
    return links.map(({ name, href }) => ({
      name: normaliseText(name),
      href: sitePath(href, base),
    }));
  }

  /** Names of the published topics, in page order. */
  async topicNames(): Promise<string[]> {
    return (await this.topicEntries()).map((entry) => entry.name);
  }

  /** Opens a published topic by its exact name (`span.e2e-test-topic-name`). */
  @step('open topic {0}')
  async openTopic(name: string): Promise<TopicPage> {
    const names = this.topicLinks.locator('.e2e-test-topic-name');
    const link = this.topicLinks.nth(await indexOfText(names, name, 'topics'));
    const href = await absoluteHref(link);
    await link.click();
    await expect(this.page).toHaveURL((url) => url.pathname.startsWith(href.pathname));
    return new TopicPage(this.ctx);
  }
}
