import { journey, test } from '../../fixtures';
import { chapterWalks } from './walk-data';

/**
 * Smoke depth asks one thing of each chapter: does it open? It goes straight to the URL its story
 * page links (the story page's own test checks every such link); the first card must show its
 * content and something to answer with, and pass the accessibility audit. (Full depth:
 * chapters.spec.ts.)
 */
for (const { storyPath, chapter, meta } of chapterWalks()) {
  test.describe(storyPath, () => {
    test(
      `Chapter ${chapter.number}: ${chapter.title}`,
      journey(meta),
      async ({ gotoChapter, a11y }) => {
        const player = await gotoChapter(chapter);
        await player.expectFirstCardRendered();
        await a11y.card(chapter.explorationId, 1);
      },
    );
  });
}
