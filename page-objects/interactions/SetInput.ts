import { expect, type Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

/**
 * SetInput: `oppia-interactive-set-input`, a schema-based list editor with one text field per item
 * (one empty field at first) and an "Add Item" button (the card's `buttonText`). Markup:
 * extensions/interactions/SetInput/directives/set-input-interaction.component.html @54d6b861 and
 * core/templates/components/forms/schema-based-editors/schema-based-list-editor.component.html @001df451.
 */
export class SetInput extends SubmittedInteraction {
  /** One `input.e2e-test-text-input` per item, in list order. */
  get fields(): Locator {
    return this.root.locator('input.e2e-test-text-input');
  }

  /** The add button (no e2e hook in Oppia; its label is the card's buttonText). */
  get addItemButton(): Locator {
    return this.root.locator('.oppia-new-tab-button-container button');
  }

  /** `button.e2e-test-delete-list-entry`, one per item. */
  get deleteButtons(): Locator {
    return this.root.locator('button.e2e-test-delete-list-entry');
  }

  async answer(a: Answer): Promise<void> {
    const { items } = answerOfKind(a, 'SetInput');
    await expect(this.fields.first()).toBeVisible();
    // After a wrong answer the list keeps its fields: drop the surplus ones first.
    for (let count = await this.fields.count(); count > Math.max(items.length, 1); count--) {
      await this.deleteButtons.nth(count - 1).click();
      await expect(this.fields).toHaveCount(count - 1);
    }
    for (const [index, item] of items.entries()) {
      if (index >= (await this.fields.count())) {
        await this.addItemButton.click();
        await expect(this.fields).toHaveCount(index + 1);
      }
      await this.fields.nth(index).fill(item);
    }
    await this.submit();
  }
}
