import type { LearnerCtx } from '../context';
import { step } from '../step';
import { StoryPage } from '../StoryPage';
import { EndCard } from './EndCard';
import { PLAYER_HOOKS } from './hooks';
import { Player } from './Player';

export type { PlayedCard, PlayerExploration } from './Player';

/**
 * The classic exploration player (`/explore/<id>?...`): hooks from
 * core/templates/pages/exploration-player-page/current-lesson-player/ (PLAYER_HOOKS), the end card
 * EndCard.
 */
export class ChapterPlayer extends Player<EndCard> {
  constructor(ctx: LearnerCtx) {
    super(ctx, PLAYER_HOOKS);
  }

  get design(): 'classic' {
    return 'classic';
  }

  /** The classic player stays at the `/explore/` URL the story page links. */
  urlOf(chapterUrl: string): string {
    return chapterUrl;
  }

  /** The end-of-chapter card: completion toast, next chapter, return to story, sign-up prompt. */
  get endCard(): EndCard {
    return new EndCard(this.ctx);
  }

  /** Follows the end card's "Return to story" link back to the story page. */
  @step()
  async returnToStory(): Promise<StoryPage> {
    await new EndCard(this.ctx).returnToStoryLink.click();
    const story = new StoryPage(this.ctx);
    await story.expectLoaded();
    return story;
  }
}
