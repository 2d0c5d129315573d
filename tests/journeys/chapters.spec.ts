import { faker } from '@faker-js/faker';
import type { Response } from '@playwright/test';
import { explorationInitSchema } from '../../catalog/schemas';
import { stripXssiPrefix } from '../../catalog/xssi';
import { expect, test } from '../../fixtures';
import { journeyAnnotation } from '../../fixtures/journey-meta';
import { FAILURE_CATEGORIES } from '../../reporting/categories';
import {
  describeAnswer,
  PlanError,
  planChapter,
  planWrongAnswer,
  type CardPlan,
  type ChapterPlan,
} from '../../planner';
import { nextChapter, snapshot } from './walk-data';

/**
 * One test per published chapter. In `full` depth the learner opens the story page, skips the
 * save-progress overlay, clicks the chapter and plays it card by card to the end; in `smoke` depth
 * the chapter is opened at the URL its story page links and its first card must render.
 */
const isInitFor = (explorationId: string) => (response: Response) =>
  new URL(response.url()).pathname === `/explorehandler/init/${explorationId}`;

for (const classroom of snapshot.classrooms) {
  for (const topic of classroom.topics) {
    for (const story of topic.stories) {
      test.describe(`${classroom.name} › ${topic.name} › ${story.title}`, () => {
        for (const chapter of story.chapters) {
          const meta = {
            kind: 'chapter' as const,
            classroom: classroom.name,
            topic: topic.name,
            story: story.title,
            number: chapter.number,
            title: chapter.title,
            explorationId: chapter.explorationId,
            nodeId: chapter.nodeId,
            url: chapter.url,
          };

          test(
            `Chapter ${chapter.number}: ${chapter.title}`,
            { annotation: journeyAnnotation(meta), tag: '@chapter' },
            async ({ gotoStory, gotoChapter, evidence, target, page, a11y }) => {
              await evidence.explainFailures(async () => {
                if (target.depth === 'smoke') {
                  // Smoke asks one thing of each chapter: does it open? It goes straight to the URL
                  // its story page links (the story page's own test checks every such link).
                  const player = await gotoChapter(chapter);
                  await player.expectFirstCardRendered();
                  await a11y.card(chapter.explorationId, 1); // a11y: smoke audits the first card
                  return;
                }

                const storyPage = await gotoStory(classroom, topic, story);
                await storyPage.skipSaveProgressOverlay();
                const initResponse = page.waitForResponse(isInitFor(chapter.explorationId));
                // A chapter that fails before its init must not leave this unhandled.
                initResponse.catch(() => undefined);
                const player = await storyPage.openChapter(chapter.number);
                expect(page.url(), 'the story page links the chapter').toBe(chapter.url);

                const init = explorationInitSchema.parse(
                  JSON.parse(stripXssiPrefix(await (await initResponse).text())),
                );
                faker.seed([target.config.seed, ...chapter.explorationId].map(charCode));
                const rng = (): number => faker.number.float({ min: 0, max: 1 });
                let plan: ChapterPlan;
                try {
                  plan = planChapter(init.exploration);
                } catch (error) {
                  if (!(error instanceof PlanError)) throw error;
                  // Take the learner to the card that blocks the chapter, so the report shows it
                  // (and whatever the page does there), then fail naming the card and the reason.
                  await playCards(error.path);
                  await player.waitForCard();
                  throw error;
                }
                await playCards(plan.cards);
                await a11y.player(chapter.explorationId); // a11y: the page outside the card, once

                async function playCards(cards: readonly CardPlan[]): Promise<void> {
                  for (const [index, card] of cards.entries()) {
                    const label = `Card ${index + 1} ${card.interactionId}`;
                    await player.waitForCard();
                    await expect(player.currentCard).toHaveNoBrokenImages();
                    await a11y.card(chapter.explorationId, index + 1, card.interactionId); // a11y: each card
                    if (!card.answer) return; // the EndExploration card: the chapter is over.
                    const state = init.exploration.states[card.stateName];
                    const wrong =
                      state && rng() < target.config.wrongAnswerShare
                        ? planWrongAnswer(state, card.stateName, rng)
                        : null;
                    if (wrong) {
                      const entered = describeAnswer(wrong.answer);
                      await test.step(`${label}: wrong answer first, ${entered}`, () =>
                        player.submitWrongAnswer(wrong.answer));
                      evidence.steps.push(`${label}: ${entered} -> feedback, stayed on the card`);
                    }
                    const entered = describeAnswer(card.answer);
                    const started = Date.now();
                    await test.step(`${label}: ${entered}`, () => player.playCard(card));
                    const tookMs = Date.now() - started;
                    const result = card.nextStateName ? 'next card' : 'end';
                    evidence.steps.push(`${label}: ${entered} -> ${result} (${tookMs} ms)`);
                    expect(
                      tookMs,
                      `${FAILURE_CATEGORIES.slow}: ${label} took ${tookMs} ms, over the ${target.config.cardBudgetMs} ms card budget`,
                    ).toBeLessThanOrEqual(target.config.cardBudgetMs);
                  }
                }

                await player.expectCompletionToast();
                const next = nextChapter(story, chapter);
                if (next) {
                  await expect(player.endCard.nextChapterLink).toHaveAttribute(
                    'href',
                    relative(next.url),
                  );
                } else if (chapter.number === story.publishedChapterCount) {
                  await expect(player.endCard.nextChapterLink).toHaveCount(0);
                }
                await expect(player.endCard.returnToStoryLink).toHaveAttribute(
                  'href',
                  relative(story.url),
                );
              });
            },
          );
        }
      });
    }
  }
}

function charCode(c: string | number): number {
  return typeof c === 'number' ? c : c.charCodeAt(0);
}

/** Oppia links within the site by path and query. */
function relative(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}
