/** Interaction id -> renderer. An id the sandbox cannot render is an error, not a silent skip. */
import { h } from '../../app/dom';
import { itemSelectionInput, multipleChoiceInput } from './choices';
import { dragAndDropSortInput } from './drag-and-drop';
import { imageClickInput } from './image-click';
import { interactiveMap } from './interactive-map';
import { algebraicExpressionInput, mathEquationInput, numericExpressionInput } from './math-editor';
import { setInput } from './set-input';
import {
  fractionInput,
  numberWithUnits,
  numericInput,
  ratioExpressionInput,
  textInput,
} from './text-fields';
import {
  type InteractionContext,
  type InteractionFactory,
  type InteractionView,
  unicodeArg,
} from './types';

/** Oppia's Continue component: the answer is "Please continue." unless the label was changed. */
function continueInteraction(ctx: InteractionContext): InteractionView {
  const label = unicodeArg(ctx.args, 'buttonText', 'Continue') || 'Continue';
  const answer = label === 'Continue' ? 'Please continue.' : label;
  return {
    element: h('oppia-interactive-continue'),
    submit: 'continue',
    continueLabel: label,
    read: () => ({ kind: 'ready', answer, echo: answer }),
    reset: () => undefined,
    setEnabled: () => undefined,
  };
}

function endExploration(): InteractionView {
  return {
    element: h('oppia-interactive-end-exploration'),
    submit: 'none',
    read: () => ({ kind: 'empty' }),
    reset: () => undefined,
    setEnabled: () => undefined,
  };
}

const INTERACTIONS: Record<string, InteractionFactory> = {
  Continue: continueInteraction,
  EndExploration: endExploration,
  MultipleChoiceInput: multipleChoiceInput,
  ItemSelectionInput: itemSelectionInput,
  NumericInput: numericInput,
  TextInput: textInput,
  FractionInput: fractionInput,
  NumberWithUnits: numberWithUnits,
  RatioExpressionInput: ratioExpressionInput,
  NumericExpressionInput: numericExpressionInput,
  AlgebraicExpressionInput: algebraicExpressionInput,
  MathEquationInput: mathEquationInput,
  DragAndDropSortInput: dragAndDropSortInput,
  ImageClickInput: imageClickInput,
  InteractiveMap: interactiveMap,
  SetInput: setInput,
};

export function hasInteraction(id: string): boolean {
  return id in INTERACTIONS;
}

export function createInteraction(id: string, ctx: InteractionContext): InteractionView {
  const factory = INTERACTIONS[id];
  if (!factory) throw new Error(`The sandbox player cannot render the interaction "${id}".`);
  return factory(ctx);
}
