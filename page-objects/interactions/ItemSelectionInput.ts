import { expect, type Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import type { ItemRef } from '../../planner';
import { indexesOfRefs, itemByRef } from '../text';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

/**
 * ItemSelectionInput: `oppia-interactive-item-selection-input`, checkboxes (or, when at most one
 * item may be chosen, multiple-choice style buttons). Items are found as the plan says: by words,
 * accessible name, or (Oppia does not shuffle them) position.
 */
export class ItemSelectionInput extends SubmittedInteraction {
  /**
   * One per choice: `.e2e-test-item-selection-input-container > label.e2e-test-item-selection-input-item`
   * with the choice html in `.e2e-test-item-selection-option` (Oppia:
   * extensions/interactions/ItemSelectionInput/directives/item-selection-input-interaction.component.html)
   */
  get items(): Locator {
    return this.root.locator('.e2e-test-item-selection-input-container');
  }

  /** Rendered instead of checkboxes when `maxAllowableSelectionCount` is 1 (same template). */
  get singleChoiceButtons(): Locator {
    return this.root.locator('button.multiple-choice-option');
  }

  async answer(a: Answer): Promise<void> {
    const { choices } = answerOfKind(a, 'ItemSelectionInput');
    await expect(this.items.or(this.singleChoiceButtons).first()).toBeVisible();
    if ((await this.items.count()) === 0) {
      if (choices.length !== 1) {
        throw new Error(
          `This ItemSelectionInput allows one choice but the answer names ${choices.length}: ` +
            JSON.stringify(choices),
        );
      }
      await (await itemByRef(this.singleChoiceButtons, choices[0]!, 'choices')).click();
    } else {
      await this.checkExactly(choices);
    }
    await this.submit();
  }

  /**
   * Leaves exactly the wanted items ticked. After a wrong answer some may still be ticked, and
   * Oppia disables the unticked boxes once `maxAllowableSelectionCount` are ticked: untick first.
   */
  private async checkExactly(choices: ItemRef[]): Promise<void> {
    const labels = this.items.locator('.e2e-test-item-selection-option');
    const wanted = new Set(await indexesOfRefs(labels, choices, 'items'));
    const count = await labels.count();
    for (const tick of [false, true]) {
      for (let index = 0; index < count; index++) {
        if (wanted.has(index) === tick) await this.setTicked(this.items.nth(index), tick);
      }
    }
  }

  private async setTicked(item: Locator, tick: boolean): Promise<void> {
    const checkbox = item.locator('input[type=checkbox]');
    if ((await checkbox.isChecked()) === tick) return;
    // A learner clicks the item's label; Material keeps the real input visually hidden.
    await item.locator('label.e2e-test-item-selection-input-item').click();
    await expect(checkbox).toBeChecked({ checked: tick });
  }
}
