import { expect, test } from '@playwright/test';
import { SUPPORTED_INTERACTIONS as PLAYABLE } from '../../page-objects/interactions';
import { SUPPORTED_INTERACTIONS as PLANNABLE, TERMINAL_INTERACTION } from '../../planner/rules';

/**
 * The planner and the page objects must agree on what a learner can play: every interaction the
 * planner can answer has a page component to enter the answer, and every page component answers
 * something the planner plans, plus the terminal card, which needs no answer.
 */
test('the page objects play exactly the interactions the planner answers, and the end card', () => {
  const sorted = (ids: readonly string[]) => [...ids].sort();
  expect(sorted(PLAYABLE)).toEqual(sorted([...PLANNABLE, TERMINAL_INTERACTION]));
});
