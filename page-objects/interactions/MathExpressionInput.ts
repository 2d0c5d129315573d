import type { Locator, Page } from '@playwright/test';
import type { Answer } from '../../planner';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

type MathKind = 'NumericExpressionInput' | 'AlgebraicExpressionInput' | 'MathEquationInput';

/**
 * NumericExpressionInput, AlgebraicExpressionInput and MathEquationInput: one Guppy math editor,
 * typed into with the keyboard as Oppia's own tests do (extensions/objects/webdriverio.js
 * MathEditor; extensions/interactions/<Id>/webdriverio.js), plain ASCII such as `(a+b)^2`.
 */
export class MathExpressionInput extends SubmittedInteraction {
  constructor(
    root: Locator,
    page: Page,
    private readonly kind: MathKind,
  ) {
    super(root, page);
  }

  /** The focusable editor, the last `.e2e-test-guppy-div` (Oppia tests type into the last one). */
  get editor(): Locator {
    return this.root.locator('.e2e-test-guppy-div').last();
  }

  async answer(a: Answer): Promise<void> {
    const { text } = answerOfKind(a, this.kind);
    await this.editor.click();
    // The editor takes printable keys and Backspace only (no select-all): remove what an earlier
    // attempt left, one character at a time; extra Backspaces on an empty editor do nothing.
    const leftOver = (await this.editor.innerText()).trim().length;
    for (let i = 0; i < leftOver; i++) await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
    await this.submit();
  }
}
