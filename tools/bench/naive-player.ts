/**
 * The naive player: what a competent engineer writes in an afternoon to play a lesson with
 * Playwright. Go to the chapter, take the exploration the page receives, plan it with the planner
 * (planner/, pure), and for every card enter the planned answer and wait for the next card with
 * plain web-first waits. No evidence, no wrong answers, no schema checks, no report steps, no
 * accessibility audit: it checks nothing but that each card comes.
 *
 * Answers are entered by the suite's interaction components (page-objects/interactions: a fill or
 * a click per interaction, the same on both sides of the comparison), so the bench compares
 * everything else the walk does per card.
 */
import { expect, type Page } from '@playwright/test';
import { stripXssiPrefix } from '../../catalog/xssi';
import { interactionFor } from '../../page-objects/interactions';
import { planChapter, type ExplorationPlayerDict } from '../../planner';

/** Oppia's classic player hooks (page-objects/player/hooks.ts names their Oppia sources). */
const CARD = '.e2e-test-conversation-content';
const INTERACTION = 'oppia-interaction-display.e2e-test-conversation-input';
const CONTINUE_AFTER_FEEDBACK = 'button.e2e-test-continue-to-next-card-button';

/** Plays the chapter at `url` on `page` to its EndExploration card; returns the cards reached. */
export async function playChapterNaively(
  page: Page,
  url: string,
  timeout: number,
): Promise<number> {
  const init = page.waitForResponse(
    (response) => new URL(response.url()).pathname.startsWith('/explorehandler/init/'),
    { timeout },
  );
  await page.goto(url, { timeout });
  const body = JSON.parse(stripXssiPrefix(await (await init).text())) as {
    exploration: ExplorationPlayerDict;
  };
  const plan = planChapter(body.exploration);
  // The player shows one card at a time: the next card is the card whose text is not this one's.
  const card = page.locator(CARD).last();
  const host = page.locator(INTERACTION).last();
  const continueButton = page.locator(CONTINUE_AFTER_FEEDBACK);
  for (const [index, planned] of plan.cards.entries()) {
    await expect(card).toBeVisible({ timeout });
    if (planned.answer === null) return index + 1; // the EndExploration card: done.
    const before = (await card.textContent()) ?? '';
    const interaction = interactionFor(planned.interactionId, host, page);
    await expect(interaction.root).toBeVisible({ timeout });
    await interaction.answer(planned.answer);
    const next = page.locator(CARD).filter({ hasNotText: before });
    await expect(next.or(continueButton).first()).toBeVisible({ timeout });
    if (await continueButton.isVisible()) {
      await continueButton.click();
      await expect(next).toBeVisible({ timeout });
    }
  }
  throw new Error(`${url}: the plan ended without an EndExploration card`);
}
