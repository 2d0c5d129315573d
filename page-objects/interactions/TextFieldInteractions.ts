import type { Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

type TypedKind =
  'NumericInput' | 'TextInput' | 'FractionInput' | 'NumberWithUnits' | 'RatioExpressionInput';

/** An interaction whose answer is typed into one text field, then submitted. */
abstract class TextFieldInteraction extends SubmittedInteraction {
  protected abstract readonly kind: TypedKind;

  /** The field the learner types into, inside `root`. */
  abstract get field(): Locator;

  async answer(a: Answer): Promise<void> {
    const { text } = answerOfKind(a, this.kind);
    // fill() clears first: after a wrong answer Oppia may leave the last input in the field.
    await this.field.fill(text);
    await this.submit();
  }
}

/** NumericInput: `oppia-interactive-numeric-input`. */
export class NumericInput extends TextFieldInteraction {
  protected readonly kind = 'NumericInput';
  /** extensions/interactions/NumericInput/directives/numeric-input-interaction.component.html */
  get field(): Locator {
    return this.root.locator('input.e2e-test-float-form-input');
  }
}

/** TextInput: `oppia-interactive-text-input`; a textarea when `rows` > 1. */
export class TextInput extends TextFieldInteraction {
  protected readonly kind = 'TextInput';
  /** extensions/interactions/TextInput/directives/text-input-interaction.component.html */
  get field(): Locator {
    return this.root.locator('input, textarea');
  }
}

/** FractionInput: `oppia-interactive-fraction-input`, text such as `1/2` or `-1 2/3`. */
export class FractionInput extends TextFieldInteraction {
  protected readonly kind = 'FractionInput';
  /** extensions/interactions/FractionInput/directives/fraction-input-interaction.component.html */
  get field(): Locator {
    return this.root.locator('input.e2e-test-fraction-input');
  }
}

/** NumberWithUnits: `oppia-interactive-number-with-units`, text such as `2 km / hr`. */
export class NumberWithUnits extends TextFieldInteraction {
  protected readonly kind = 'NumberWithUnits';
  /** extensions/interactions/NumberWithUnits/directives/number-with-units-interaction.component.html */
  get field(): Locator {
    return this.root.locator('input');
  }
}

/** RatioExpressionInput: `oppia-interactive-ratio-expression-input`, text such as `1:2:3`. */
export class RatioExpressionInput extends TextFieldInteraction {
  protected readonly kind = 'RatioExpressionInput';
  /** extensions/interactions/RatioExpressionInput/directives/ratio-expression-input-interaction.component.html */
  get field(): Locator {
    return this.root.locator('input');
  }
}
