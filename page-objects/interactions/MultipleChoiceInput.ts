import type { Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import { itemWithText } from '../text';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

/**
 * MultipleChoiceInput: `oppia-interactive-multiple-choice-input`. Choices are shuffled when
 * `showChoicesInShuffledOrder` is on, so the option is found by its text, never by position.
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
    const { choiceText } = answerOfKind(a, 'MultipleChoiceInput');
    const option = await itemWithText(this.options, choiceText, 'choices');
    await option.click();
    await this.submit();
  }
}
