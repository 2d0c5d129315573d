import { expect, type Locator } from '@playwright/test';
import type { Answer, ItemRef } from '../../planner';
import { indexesOfRefs, perceivedNames } from '../text';
import { centreBoth, measure } from './drag-and-drop-geometry';
import { answerOfKind, SubmittedInteraction } from './InteractionComponent';

/**
 * DragAndDropSortInput (extensions/interactions/DragAndDropSortInput/directives/
 * drag-and-drop-sort-input-interaction.component.html @05397817 and
 * oppia-interactive-drag-and-drop-sort-input.component.ts @07fea21f). Items are found as the plan
 * says (words or accessible name; they move, so never by position).
 * - One item per position: `.child-dnd-single-item > .child-dnd-item-box` (tabindex 0), reordered
 *   with the keyboard as Oppia supports (`handleKeyDown`: ArrowUp / ArrowDown move the focused item
 *   one place).
 * - allowMultipleItemsInSamePosition: the list of groups `[[], [a], [], [b], []]` renders one
 *   `.child-dnd.child-dnd-<idx>` per group (odd idx: a position's items, even idx: the empty gap
 *   between positions); dragging an item onto a position's group puts it in that position, onto a
 *   gap makes it a position of its own there (`dropItemInAnyList`, then `resetArray` drops empty
 *   groups). That mode is driven with the mouse (as a pointer learner does); a long way up is
 *   made in drags of at most half a screen, stopping on gaps in between (dragItem).
 */
export class DragAndDropSortInput extends SubmittedInteraction {
  /** Every item box, in displayed order. */
  get items(): Locator {
    return this.root.locator('.child-dnd-item-box');
  }

  /** Multi-item mode: one per group of the list of lists, gaps included, in order. */
  get groups(): Locator {
    return this.root.locator('.child-dnd');
  }

  async answer(a: Answer): Promise<void> {
    const { ordered } = answerOfKind(a, 'DragAndDropSortInput');
    await expect(this.items.first()).toBeVisible();
    if ((await this.groups.count()) > 0) await this.groupItems(ordered);
    else await this.sortItems(ordered);
    await this.submit();
  }

  /** Single-item mode: ArrowUp presses that move each wanted item into place. */
  private async sortItems(ordered: ItemRef[][]): Promise<void> {
    if (ordered.some((group) => group.length !== 1)) {
      throw new Error(
        'This DragAndDropSortInput shows one item per position (allowMultipleItemsInSamePosition ' +
          `is off), but the answer puts several in one: ${JSON.stringify(ordered)}`,
      );
    }
    const wanted = ordered.map((group) => group[0]!);
    const shownAt = await this.locate(wanted);
    // ids: the item's place in the wanted order; order[i] = id of the item shown at i.
    const order: string[] = [];
    shownAt.forEach((shown, id) => (order[shown] = String(id)));
    const names = await perceivedNames(this.items);
    const nameOfId = (id: string) => names[shownAt[Number(id)]!]!;
    const target = wanted.map((_, id) => String(id));
    for (const move of movesToReach(order, target)) {
      // Focus the item where it now is, press ArrowUp and wait for the list to show the move.
      await this.items.nth(move.from).press('ArrowUp');
      await expect
        .poll(() => perceivedNames(this.items), { message: 'the item should move up one place' })
        .toEqual(move.orderAfter.map(nameOfId));
    }
  }

  /** Multi-item mode: drags each item into its wanted position group. */
  private async groupItems(ordered: ItemRef[][]): Promise<void> {
    const refs = ordered.flat();
    const shownAt = await this.locate(refs);
    const names = await perceivedNames(this.items);
    const nameOf = (id: number) => names[shownAt[id]!]!;
    // The model: positions of item ids (an id is the item's index in `refs`), as now shown.
    const sizes = await this.groups.evaluateAll((groups) =>
      groups.map((g) => g.querySelectorAll('.child-dnd-item-box').length),
    );
    const positions: number[][] = [];
    let next = 0;
    const byShown = new Map(shownAt.map((shown, id) => [shown, id]));
    for (const size of sizes.filter((s) => s > 0)) {
      positions.push(Array.from({ length: size }, () => byShown.get(next++)!));
    }
    const wanted: number[][] = [];
    let id = 0;
    for (const group of ordered) wanted.push(group.map(() => id++));

    for (const [k, group] of wanted.entries()) {
      const here = positions[k] ?? [];
      const [first, ...rest] = group;
      if (first === undefined) continue;
      if (!(here.includes(first) && here.every((i) => group.includes(i)))) {
        // A position of its own for `first`, just before position k: the gap at idx 2k.
        await this.dragItem(positions, first, 2 * k, nameOf);
        moveInModel(positions, first, k, true);
      }
      for (const other of rest) {
        if (positions[k]!.includes(other)) continue;
        await this.dragItem(positions, other, 2 * k + 1, nameOf);
        moveInModel(positions, other, k, false);
      }
      await expect
        .poll(() => this.shownGroups(), { message: `position ${k + 1} should hold its items` })
        .toEqual(positions.map((p) => p.map(nameOf).sort()));
    }
  }

  /** Where each ref's item is shown (index among all item boxes), checked to be all distinct. */
  private async locate(refs: ItemRef[]): Promise<number[]> {
    const shownAt = await indexesOfRefs(this.items, refs, 'items');
    const count = await this.items.count();
    if (new Set(shownAt).size !== refs.length || count !== refs.length) {
      throw new Error(
        `Cannot sort the items: the card shows ${count} items, the answer places ${refs.length} ` +
          `(${JSON.stringify(refs)}), and each must be a different item.`,
      );
    }
    return shownAt;
  }

  /** The names of the items of each non-empty group, each group sorted (order within is free). */
  private async shownGroups(): Promise<string[][]> {
    const names = await perceivedNames(this.items);
    const sizes = await this.groups.evaluateAll((groups) =>
      groups.map((g) => g.querySelectorAll('.child-dnd-item-box').length),
    );
    const result: string[][] = [];
    let next = 0;
    for (const size of sizes.filter((s) => s > 0)) {
      result.push(names.slice(next, next + size).sort());
      next += size;
    }
    return result;
  }

  /**
   * Drags item `id` (found where the model says it is) onto the group at `groupIdx`, as a learner
   * who sees both ends of each drag: a pointer outside the viewport, outside the list's scroll box
   * or on the fixed top bar drops on nothing and the drag is cancelled, and (real Oppia, Angular
   * CDK) a pointer near the edge of the window or of the list's `overflow-y: auto` box makes the
   * page scroll under it mid-drag. So each drag's two ends are brought to the middle of the screen
   * first, and are at most half a screen apart: when the group is farther than that, the item is
   * first dropped on a gap in between (it becomes a position of its own there, which the model in
   * `positions` records) and dragged again from there, until the group is in reach.
   *
   * Steps go up only (the item is below its group, as groupItems always moves it): positions above
   * the gap do not change, so `groupIdx` stays valid, and what CDK hides while the item is dragged
   * (its own group and the gap below it when it is alone, `hideElement`) is below the drop.
   */
  private async dragItem(
    positions: number[][],
    id: number,
    groupIdx: number,
    nameOf: (id: number) => string,
  ): Promise<void> {
    for (;;) {
      const shownIndex = positions.flat().indexOf(id);
      const from = 2 * positions.findIndex((p) => p.includes(id)) + 1;
      const layout = await this.root.evaluate(measure, shownIndex);
      const apart = (g: number) => Math.abs(layout.groupYs[g]! - layout.itemY);
      const comfortable = layout.viewHeight / 2;
      if (apart(groupIdx) <= comfortable || groupIdx > from) {
        return this.dragTo(shownIndex, groupIdx, layout.viewHeight);
      }
      // Gaps strictly between the group and the item, not the ones around the item's own position
      // (dropping there changes nothing when it is alone); the one nearest the group first.
      const gaps: number[] = [];
      for (let g = groupIdx + (groupIdx % 2 === 0 ? 2 : 1); g <= from - 3; g += 2) gaps.push(g);
      const step =
        gaps.find((g) => apart(g) <= comfortable) ??
        // Every gap in between is past half a screen (a tall position): the nearest one, if the
        // window can show both ends; else straight to the group, if it can.
        (gaps.length > 0 ? gaps[gaps.length - 1]! : undefined);
      if (step === undefined) return this.dragTo(shownIndex, groupIdx, layout.viewHeight);
      await this.dragTo(shownIndex, step, layout.viewHeight);
      moveInModel(positions, id, step / 2, true);
      await expect
        .poll(() => this.shownGroups(), {
          message: `the item should be a position of its own at gap ${step} on its way up`,
        })
        .toEqual(positions.map((p) => p.map(nameOf).sort()));
    }
  }

  /** One drag of the item shown at `shownIndex` onto the group at `groupIdx`, both on screen. */
  private async dragTo(shownIndex: number, groupIdx: number, viewHeight: number): Promise<void> {
    const ends = await this.root.evaluate(centreBoth, { shownIndex, groupIdx });
    if (!ends.from || !ends.to) {
      throw new Error(
        `Cannot drag: the item and the group to drop it on (${Math.round(ends.apart)} px apart, ` +
          `with no gap in between to stop on) cannot both be pointed at in the ${viewHeight} px ` +
          "high view (window or the list's scroll box).",
      );
    }
    const mouse = this.page.mouse;
    await mouse.move(ends.from.x, ends.from.y);
    await mouse.down();
    // Several moves: Angular CDK starts a drag only past a few pixels, then tracks the pointer.
    await mouse.move(ends.to.x, ends.to.y, { steps: 8 });
    await mouse.up();
  }
}

/** The model after moving `id` into position k (`alone`: into a new position before it). */
function moveInModel(positions: number[][], id: number, k: number, alone: boolean): void {
  const target = positions[k];
  for (const p of positions) {
    const at = p.indexOf(id);
    if (at !== -1) p.splice(at, 1);
  }
  if (alone) positions.splice(k, 0, [id]);
  else target!.push(id);
  for (let i = positions.length - 1; i >= 0; i--)
    if (positions[i]!.length === 0) positions.splice(i, 1);
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
