import type { LearnerCtx } from '../context';
import { ChapterPlayer } from './ChapterPlayer';
import { LessonPlayer } from './LessonPlayer';

/** The player the target serves (flag `new_lesson_player`), built before the navigation to it. */
export function playerFor(ctx: LearnerCtx): ChapterPlayer | LessonPlayer {
  return ctx.designs?.newLessonPlayer ? new LessonPlayer(ctx) : new ChapterPlayer(ctx);
}
