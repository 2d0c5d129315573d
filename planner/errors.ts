import type { CardPlan } from './types';

/** Why a chapter cannot be planned to its end. */
export type PlanErrorReason =
  /** Every outcome of the card keeps the learner on it. */
  | 'dead-end'
  /** The card's interaction is one the planner cannot answer (GraphInput, CodeRepl, ...). */
  | 'unsupported-interaction'
  /** The card has onward outcomes, but no answer the planner can build reaches any of them. */
  | 'unbuildable-answer'
  /** Every card has a way on, yet every way loops back before an EndExploration card. */
  | 'no-path-to-end'
  /** The way on needs a choice no learner can tell from another (same words, name, shuffled). */
  | 'indistinguishable-choices'
  /** The dict itself is broken: a missing init state or an outcome to a card that does not exist. */
  | 'invalid-exploration';

/**
 * The failure category (reporting/categories.ts keys, read by fixtures/diagnosis.ts from an
 * error's `category`): content that offers no way to the end is a content dead end; a card the
 * planner cannot answer is the suite's own limit.
 */
export type PlanErrorCategory = 'dead-end' | 'suite-defect';

const CATEGORY_OF: Record<PlanErrorReason, PlanErrorCategory> = {
  'dead-end': 'dead-end',
  'no-path-to-end': 'dead-end',
  'invalid-exploration': 'dead-end',
  'indistinguishable-choices': 'dead-end',
  'unsupported-interaction': 'suite-defect',
  'unbuildable-answer': 'suite-defect',
};

/**
 * A chapter that cannot be played to its end, naming the card that blocks it and why. `path` plays
 * from the first card to the blocking one (empty when it is the first), so a walk can take the
 * learner there and show the card before failing.
 */
export class PlanError extends Error {
  override readonly name = 'PlanError';
  readonly category: PlanErrorCategory;

  constructor(
    readonly stateName: string,
    readonly interactionId: string,
    readonly reason: PlanErrorReason,
    readonly detail: string,
    readonly path: readonly CardPlan[] = [],
  ) {
    super(
      reason === 'indistinguishable-choices'
        ? // Its own message, labelled with its category (reporting/categories.ts), so the report
          // says at once that the content, not the suite, is at fault.
          `Content dead end: card "${stateName}" (${interactionId}) has choices no learner can tell apart: ${detail}`
        : `Card "${stateName}" (${interactionId}): ${reason}: ${detail}`,
    );
    this.category = CATEGORY_OF[reason];
  }
}
