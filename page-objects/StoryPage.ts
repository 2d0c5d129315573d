import { expect, type Locator, type Page } from '@playwright/test';
import type { ChapterPlayer } from './player/ChapterPlayer';
import { playerFor } from './player/choose';
import type { LessonPlayer } from './player/LessonPlayer';
import type { LearnerCtx } from './context';
import { SaveProgressOverlay } from './components/SaveProgressOverlay';
import { Toasts } from './components/Toasts';
import { step } from './step';
import { normaliseText, sitePath } from './text';

/** One chapter as the story page lists it. */
export interface ChapterEntry {
  /** N of "Chapter N: <title>". */
  number: number;
  title: string;
  /** Where the chapter links: the player's path and query (`/explore/<id>?...&node_id=...`). */
  href: string;
}

const CHAPTER_HEADING = /^Chapter (\d+): ?(.*)$/;

/**
 * The story page `/learn/<c>/<t>/story/<s>` (Oppia:
 * core/templates/pages/story-viewer-page/story-viewer-page.component.html @68c3bbe5): published
 * chapters as links "Chapter N: <title>" to the player.
 */
export class StoryPage {
  constructor(readonly ctx: LearnerCtx) {}

  get page(): Page {
    return this.ctx.page;
  }

  /** `.e2e-test-story-viewer-container` */
  get container(): Locator {
    return this.page.locator('.e2e-test-story-viewer-container');
  }

  /** `.e2e-test-story-title` */
  get title(): Locator {
    return this.page.locator('.e2e-test-story-title');
  }

  /** `span.oppia-chapter-title.e2e-test-chapter-title` "Chapter N: <title>", one per chapter. */
  get chapterTitles(): Locator {
    return this.page.locator('.e2e-test-chapter-title');
  }

  /** The `<a href="/explore/...">` around each chapter title. */
  get chapterLinks(): Locator {
    return this.page.locator('a').filter({ has: this.page.locator('.e2e-test-chapter-title') });
  }

  get saveProgressOverlay(): SaveProgressOverlay {
    return new SaveProgressOverlay(this.page);
  }

  get toasts(): Toasts {
    return new Toasts(this.page);
  }

  @step('open story {2} (topic {1}, classroom {0})')
  async open(classroom: string, topic: string, story: string): Promise<StoryPage> {
    await this.page.goto(`/learn/${classroom}/${topic}/story/${story}`);
    return this;
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.container).toBeVisible();
  }

  /**
   * Gets the logged-out "Save your progress" prompt out of the way (now, or when it appears) once
   * the chapter list shows, as a learner who has seen the page would. The story's title,
   * description and chapters arrive together and push the prompt down the page, so a click on
   * SKIP made before then can land where SKIP no longer is: once in 200 chapters under load, the
   * click passed and the prompt stayed.
   */
  async skipSaveProgressOverlay(): Promise<void> {
    await this.expectChaptersListed();
    await this.saveProgressOverlay.skipWhenShown();
  }

  /** Waits for the chapter list to show (at least one chapter link visible). */
  async expectChaptersListed(): Promise<void> {
    await expect(
      this.chapterLinks.first(),
      'the story page should list its chapters',
    ).toBeVisible();
  }

  /** The chapters listed, in page order; waits for the list to show. */
  async chapterEntries(): Promise<ChapterEntry[]> {
    await this.expectChaptersListed();
    const links = await this.chapterLinks.evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        heading: anchor.querySelector<HTMLElement>('.e2e-test-chapter-title')?.innerText ?? '',
        href: anchor.getAttribute('href') ?? '',
      })),
    );
    const base = this.page.url();
    return links.map(({ heading, href: link }) => {
      const href = sitePath(link, base);
      const match = CHAPTER_HEADING.exec(normaliseText(heading));
      if (!match) {
        throw new Error(`A chapter title reads “${heading}”, not “Chapter N: <title>”.`);
      }
      return { number: Number(match[1]), title: match[2]!, href };
    });
  }

  /** Opens chapter number N ("Chapter N: ...") or the chapter with this exact title. */
  @step('open chapter {0}')
  async openChapter(chapter: number | string): Promise<ChapterPlayer | LessonPlayer> {
    const entries = await this.chapterEntries();
    const index = entries.findIndex((entry) =>
      typeof chapter === 'number'
        ? entry.number === chapter
        : entry.title === normaliseText(chapter),
    );
    if (index === -1) {
      const listed = entries.map((entry) => `${entry.number}: “${entry.title}”`).join(', ');
      throw new Error(
        `The story page lists no chapter ${JSON.stringify(chapter)}; it lists ${listed}.`,
      );
    }
    // Built before the click, so that it catches the exploration the player page receives; the
    // player the target serves (the new one moves /explore/ on to /lesson/).
    const player = playerFor(this.ctx);
    const link = new URL(entries[index]!.href, this.page.url()).toString();
    await this.chapterLinks.nth(index).locator('.e2e-test-chapter-title').click();
    await expect(this.page).toHaveURL(player.urlOf(link), { timeout: this.ctx.cardTimeoutMs });
    return player;
  }
}
