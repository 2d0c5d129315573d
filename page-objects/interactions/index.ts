import type { Locator, Page } from '@playwright/test';
import { ContinueButton } from './ContinueButton';
import { DragAndDropSortInput } from './DragAndDropSortInput';
import { EndExploration } from './EndExploration';
import { ImageClickInput } from './ImageClickInput';
import type { InteractionComponent } from './InteractionComponent';
import { InteractiveMap } from './InteractiveMap';
import { ItemSelectionInput } from './ItemSelectionInput';
import { MathExpressionInput } from './MathExpressionInput';
import { MultipleChoiceInput } from './MultipleChoiceInput';
import { SetInput } from './SetInput';
import {
  FractionInput,
  NumberWithUnits,
  NumericInput,
  RatioExpressionInput,
  TextInput,
} from './TextFieldInteractions';

export type { InteractionComponent } from './InteractionComponent';
export { movesToReach } from './DragAndDropSortInput';
export {
  ContinueButton,
  DragAndDropSortInput,
  EndExploration,
  FractionInput,
  ImageClickInput,
  InteractiveMap,
  ItemSelectionInput,
  MathExpressionInput,
  MultipleChoiceInput,
  NumberWithUnits,
  NumericInput,
  RatioExpressionInput,
  SetInput,
  TextInput,
};

type ComponentFactory = (host: Locator, page: Page) => InteractionComponent;

/**
 * Interaction id -> component. Each answer interaction renders inside the card's interaction host
 * (`oppia-interaction-display.e2e-test-conversation-input`) as the custom element
 * `oppia-interactive-<kebab-id>` (Oppia: core/templates/pages/exploration-player-page/
 * learner-experience/tutor-card.component.html), which becomes the component's root.
 */
const COMPONENTS: Readonly<Record<string, ComponentFactory>> = {
  Continue: (_host, page) => ContinueButton.on(page),
  MultipleChoiceInput: (host, page) =>
    new MultipleChoiceInput(host.locator('oppia-interactive-multiple-choice-input'), page),
  ItemSelectionInput: (host, page) =>
    new ItemSelectionInput(host.locator('oppia-interactive-item-selection-input'), page),
  NumericInput: (host, page) =>
    new NumericInput(host.locator('oppia-interactive-numeric-input'), page),
  TextInput: (host, page) => new TextInput(host.locator('oppia-interactive-text-input'), page),
  FractionInput: (host, page) =>
    new FractionInput(host.locator('oppia-interactive-fraction-input'), page),
  NumberWithUnits: (host, page) =>
    new NumberWithUnits(host.locator('oppia-interactive-number-with-units'), page),
  RatioExpressionInput: (host, page) =>
    new RatioExpressionInput(host.locator('oppia-interactive-ratio-expression-input'), page),
  NumericExpressionInput: (host, page) =>
    new MathExpressionInput(
      host.locator('oppia-interactive-numeric-expression-input'),
      page,
      'NumericExpressionInput',
    ),
  AlgebraicExpressionInput: (host, page) =>
    new MathExpressionInput(
      host.locator('oppia-interactive-algebraic-expression-input'),
      page,
      'AlgebraicExpressionInput',
    ),
  MathEquationInput: (host, page) =>
    new MathExpressionInput(
      host.locator('oppia-interactive-math-equation-input'),
      page,
      'MathEquationInput',
    ),
  SetInput: (host, page) => new SetInput(host.locator('oppia-interactive-set-input'), page),
  DragAndDropSortInput: (host, page) =>
    new DragAndDropSortInput(host.locator('oppia-interactive-drag-and-drop-sort-input'), page),
  ImageClickInput: (host) =>
    new ImageClickInput(host.locator('oppia-interactive-image-click-input')),
  InteractiveMap: (host) => new InteractiveMap(host.locator('oppia-interactive-interactive-map')),
  EndExploration: (host) => new EndExploration(host.locator('oppia-interactive-end-exploration')),
};

/** Interaction ids the suite can play. */
export const SUPPORTED_INTERACTIONS: readonly string[] = Object.keys(COMPONENTS);

/** The component for interaction `id` on the current card; an unknown id is an Error naming it. */
export function interactionFor(id: string, host: Locator, page: Page): InteractionComponent {
  const factory = Object.hasOwn(COMPONENTS, id) ? COMPONENTS[id] : undefined;
  if (!factory) {
    throw new Error(
      `No page component for interaction “${id}”. Supported: ${SUPPORTED_INTERACTIONS.join(', ')}. ` +
        `Add a class under page-objects/interactions/ and register it in interactionFor().`,
    );
  }
  return factory(host, page);
}
