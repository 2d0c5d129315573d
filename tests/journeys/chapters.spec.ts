import { expect, journey, test } from '../../fixtures';
import { chapterWalks } from './walk-data';

/**
 * Full depth: one test per published chapter. The learner opens the story page, skips the
 * save-progress overlay, clicks the chapter, plays it card by card to its end, and the end card
 * leads to the next chapter and back to the story. (Smoke depth: chapters.smoke.spec.ts.)
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
            await expect(opened.page, 'the story page links the chapter').toHaveURL(chapter.url);
            return opened;
          });

        await learner.playChapter(player);

        await test.step('End of chapter: completion toast, next chapter, back to story', () =>
          expect(player.endCard).toShowEndOfChapter(end));
      },
    );
  });
}
