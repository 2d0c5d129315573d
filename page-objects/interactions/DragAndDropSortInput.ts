import { expect, type Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import { normaliseText } from '../text';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

/**
 * DragAndDropSortInput in single-item mode: reordered with the keyboard, as Oppia supports
 * (extensions/interactions/DragAndDropSortInput/directives/oppia-interactive-drag-and-drop-sort-input.component.ts
 * @07fea21f `handleKeyDown`: ArrowUp / ArrowDown move the focused item one place).
 */
export class DragAndDropSortInput extends SubmittedInteraction {
  /**
   * `.drag-and-drop-sort-container > .child-dnd-single-item > .child-dnd-item-box` (tabindex 0),
   * in displayed order (drag-and-drop-sort-input-interaction.component.html @05397817).
   */
  get items(): Locator {
    return this.root.locator('.child-dnd-item-box');
  }

  async answer(a: Answer): Promise<void> {
    const { orderedTexts } = answerOfKind(a, 'DragAndDropSortInput');
    const wanted = this.singleItemOrder(orderedTexts);
    await expect(this.items.first()).toBeVisible();
    const order = (await this.items.allInnerTexts()).map(normaliseText);
    checkSameItems(order, wanted);
    for (const moves of movesToReach(order, wanted)) {
      // Focus the item where it now is, press ArrowUp and wait for the list to show the move.
      await this.items.nth(moves.from).press('ArrowUp');
      await expect(this.items).toHaveText(moves.orderAfter, { useInnerText: true });
    }
    await this.submit();
  }

  private singleItemOrder(orderedTexts: string[][]): string[] {
    if (orderedTexts.some((group) => group.length !== 1)) {
      throw new Error(
        'DragAndDropSortInput with several items in one position (allowMultipleItemsInSamePosition) ' +
          `is not supported; wanted ordering: ${JSON.stringify(orderedTexts)}`,
      );
    }
    return orderedTexts.map((group) => normaliseText(group[0]!));
  }
}

/** One ArrowUp press: the item at `from` moves to `from - 1`, leaving the list as `orderAfter`. */
export interface ArrowUpMove {
  from: number;
  orderAfter: string[];
}

/**
 * The ArrowUp presses that turn `current` into `wanted`: for each position from the top, the wanted
 * item is moved up into place (a selection sort, at most n(n-1)/2 presses).
 */
export function movesToReach(current: readonly string[], wanted: readonly string[]): ArrowUpMove[] {
  const order = [...current];
  const moves: ArrowUpMove[] = [];
  for (const [target, text] of wanted.entries()) {
    for (let from = order.indexOf(text); from > target; from--) {
      [order[from - 1], order[from]] = [order[from]!, order[from - 1]!];
      moves.push({ from, orderAfter: [...order] });
    }
  }
  return moves;
}

function checkSameItems(shown: string[], wanted: string[]): void {
  const sorted = (texts: string[]) => [...texts].sort().join('\u0000');
  if (new Set(shown).size !== shown.length || sorted(shown) !== sorted(wanted)) {
    throw new Error(
      `Cannot reorder the items into the wanted order: the card shows ${JSON.stringify(shown)}, ` +
        `the answer wants ${JSON.stringify(wanted)} (items must be the same, each text once).`,
    );
  }
}
