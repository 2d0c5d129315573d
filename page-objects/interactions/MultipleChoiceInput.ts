import type { Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import { itemByRef } from '../text';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

/**
 * MultipleChoiceInput: `oppia-interactive-multiple-choice-input`. Choices are shuffled when
 * `showChoicesInShuffledOrder` is on, so the option is found as the plan says: by its words, by its
 * accessible name (a picture's alt text, a formula's LaTeX), or by position only when the planner
 * knows the order is fixed.
 */
export class MultipleChoiceInput extends SubmittedInteraction {
  /**
   * `div.e2e-test-multiple-choice-option-container > button.multiple-choice-option` (Oppia:
   * extensions/interactions/MultipleChoiceInput/directives/multiple-choice-input-interaction.component.html)
   */
  get options(): Locator {
    return this.root.locator(
      '.e2e-test-multiple-choice-option-container button.multiple-choice-option',
    );
  }

  async answer(a: Answer): Promise<void> {
    const { choice } = answerOfKind(a, 'MultipleChoiceInput');
    const option = await itemByRef(this.options, choice, 'choices');
    await option.click();
    await this.submit();
  }
}
