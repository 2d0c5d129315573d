import { expect, journey, test } from '../../fixtures';
import { chapterWalks } from './walk-data';

/**
 * Full depth: one test per published chapter. The learner opens the story page (on the redesigned
 * topic page: the story's lesson cards), skips the save-progress overlay, starts the chapter, plays
 * it card by card to its end in the player the target serves, and the end leads to the next
 * chapter and back to the story. The fixtures hand back the models of the designs the target's
 * flags choose. (Smoke depth: chapters.smoke.spec.ts.)
 */
for (const { storyPath, chapter, classroom, topic, story, meta, end } of chapterWalks()) {
  test.describe(storyPath, () => {
    test(
      `Chapter ${chapter.number}: ${chapter.title}`,
      journey(meta),
      async ({ gotoStory, learner }) => {
        const player =
          await test.step(`Open chapter ${chapter.number} from its story page`, async () => {
            const storyPage = await gotoStory(classroom, topic, story);
            await storyPage.skipSaveProgressOverlay();
            const opened = await storyPage.openChapter(chapter.number);
            await expect(opened.page, 'the chapter opens where it is linked').toHaveURL(
              opened.urlOf(chapter.url),
            );
            return opened;
          });

        await learner.playChapter(player);

        await test.step('End of chapter: completion toast, next chapter, back to story', () =>
          expect(player.endCard).toShowEndOfChapter(end));
      },
    );
  });
}
