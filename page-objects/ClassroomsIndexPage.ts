import { expect, type Locator, type Page } from '@playwright/test';
import type { LearnerCtx } from './context';
import { ClassroomPage } from './ClassroomPage';
import { Toasts } from './components/Toasts';
import { step } from './step';
import { absoluteHref, indexOfText, normaliseText, sitePath } from './text';

/** One published classroom as /learn lists it. */
export interface ClassroomEntry {
  name: string;
  /** Where the tile links, path only (`/learn/<c>`), as Oppia writes it. */
  href: string;
}

/**
 * The classrooms index `/learn` (Oppia: core/templates/pages/classrooms-page/, tile
 * classroom-summary-tile.component.html @5a8e3605). With exactly one published classroom Oppia
 * goes on to `/learn/<that classroom>` in the browser, without an HTTP redirect.
 */
export class ClassroomsIndexPage {
  constructor(readonly ctx: LearnerCtx) {}

  get page(): Page {
    return this.ctx.page;
  }

  /** `.e2e-test-classroom-heading` "Oppia Classrooms". */
  get heading(): Locator {
    return this.page.locator('.e2e-test-classroom-heading');
  }

  /** `div.e2e-test-classroom-tile`, one per published classroom. */
  get classroomTiles(): Locator {
    return this.page.locator('.e2e-test-classroom-tile');
  }

  /** `a.classroom-content` of each tile (the greyed placeholder tile has none). */
  get classroomLinks(): Locator {
    return this.classroomTiles.locator('a.classroom-content');
  }

  get toasts(): Toasts {
    return new Toasts(this.page);
  }

  @step()
  async open(): Promise<ClassroomsIndexPage> {
    await this.page.goto('/learn');
    return this;
  }

  @step()
  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  /** Published classrooms in page order; waits for the tiles to show. */
  async classroomEntries(): Promise<ClassroomEntry[]> {
    await expect(this.classroomLinks.first(), '/learn should list classrooms').toBeVisible();
    const links = await this.classroomLinks.evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        name: anchor.querySelector<HTMLElement>('.e2e-test-classroom-name')?.innerText ?? '',
        href: anchor.getAttribute('href') ?? '',
      })),
    );
    const base = this.page.url();
    return links.map(({ name, href }) => ({
      name: normaliseText(name),
      href: sitePath(href, base),
    }));
  }

  /** Opens a classroom by its exact name (`h3.e2e-test-classroom-name`). */
  @step('open classroom {0}')
  async openClassroom(name: string): Promise<ClassroomPage> {
    const names = this.classroomLinks.locator('.e2e-test-classroom-name');
    const link = this.classroomLinks.nth(await indexOfText(names, name, 'classrooms'));
    const href = await absoluteHref(link);
    await link.click();
    await expect(this.page).toHaveURL((url) => url.pathname === href.pathname);
    return new ClassroomPage(this.ctx);
  }
}
