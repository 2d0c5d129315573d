import { expect } from '@playwright/test';
import type { LearnerCtx } from '../context';
import { step } from '../step';
import { Player } from './Player';
import { NEW_PLAYER_HOOKS } from './hooks';
import { LessonEndScreen } from './LessonEndScreen';

/**
 * The new lesson player (flag `new_lesson_player`), played as the classic one: the same cards,
 * interactions (`oppia-interactive-*` in `oppia-interaction-display`, page-objects/interactions)
 * and `/explorehandler/init/<id>` JSON, under other hooks (NEW_PLAYER_HOOKS) and another end
 * screen (LessonEndScreen).
 *
 * Its URL: `/explore/<id>?...` stays the entry point; the client-side guard
 * (core/templates/pages/exploration-player-page/current-lesson-player/
 * exploration-player-page-auth.guard.ts @323e21d1, ExplorationPlayerPageAuthGuard) navigates to
 * `/lesson/<id>` keeping every query parameter, once the app has booted (no HTTP redirect).
 */
export class LessonPlayer extends Player<LessonEndScreen> {
  constructor(ctx: LearnerCtx) {
    super(ctx, NEW_PLAYER_HOOKS);
  }

  get design(): 'new lesson player' {
    return 'new lesson player';
  }

  /** `/lesson/<id>` with the chapter link's query, every parameter kept. */
  urlOf(chapterUrl: string): string {
    const url = new URL(chapterUrl);
    url.pathname = url.pathname.replace(/^\/explore\//, '/lesson/');
    return url.toString();
  }

  get endCard(): LessonEndScreen {
    return new LessonEndScreen(this.ctx);
  }

  /** Opens a chapter at its `/explore/` link and waits for the guard's move to `/lesson/`. */
  @step('open chapter {0} (new lesson player)')
  override async open(url: string): Promise<this> {
    await this.page.goto(url);
    await expect(this.page, 'the player moves /explore/ on to /lesson/').toHaveURL(
      this.urlOf(new URL(url, this.page.url()).toString()),
      { timeout: this.ctx.cardTimeoutMs },
    );
    return this;
  }
}
