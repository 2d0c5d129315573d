/** The planner's rule engine: one module per interaction id, found through this map. */
import { continueRules } from './continue';
import { dragAndDropSortRules } from './drag-and-drop-sort-input';
import { fractionInputRules } from './fraction-input';
import { imageClickRules } from './image-click-input';
import { interactiveMapRules } from './interactive-map';
import { itemSelectionRules } from './item-selection-input';
import { algebraicExpressionRules, mathEquationRules, numericExpressionRules } from './math-input';
import { multipleChoiceRules } from './multiple-choice-input';
import { numberWithUnitsRules } from './number-with-units';
import { numericInputRules } from './numeric-input';
import { ratioExpressionRules } from './ratio-expression-input';
import { setInputRules } from './set-input';
import { textInputRules } from './text-input';
import type { InteractionRules } from './types';

const RULES_BY_ID = new Map<string, InteractionRules<unknown>>(
  [
    continueRules,
    multipleChoiceRules,
    itemSelectionRules,
    numericInputRules,
    textInputRules,
    fractionInputRules,
    numberWithUnitsRules,
    dragAndDropSortRules,
    ratioExpressionRules,
    numericExpressionRules,
    algebraicExpressionRules,
    mathEquationRules,
    setInputRules,
    imageClickRules,
    interactiveMapRules,
  ].map((rules) => [rules.id, rules]),
);

/** The rules of an interaction id, or null for one the planner cannot answer. */
export function rulesFor(interactionId: string): InteractionRules<unknown> | null {
  return RULES_BY_ID.get(interactionId) ?? null;
}

export const SUPPORTED_INTERACTIONS: readonly string[] = [...RULES_BY_ID.keys()];

/** The interaction that ends a chapter (is_terminal in interaction_specs.json). */
export const TERMINAL_INTERACTION = 'EndExploration';
