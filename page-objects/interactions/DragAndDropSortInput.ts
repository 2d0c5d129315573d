import { expect, type Locator } from '@playwright/test';
import type { Answer, ItemRef } from '../../planner';
import { indexesOfRefs, perceivedNames } from '../text';
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
 *   groups). That mode has no keyboard handling, so the item is dragged with the mouse.
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
        await this.dragItem(positions, first, 2 * k);
        moveInModel(positions, first, k, true);
      }
      for (const other of rest) {
        if (positions[k]!.includes(other)) continue;
        await this.dragItem(positions, other, 2 * k + 1);
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
   * Drags item `id` (found where the model says it is) onto the group at `groupIdx`. A learner
   * sees both ends of a drag: the page is first scrolled so the item and the group are on screen
   * together (a pointer outside the viewport, or on the fixed top bar, drops on nothing and the
   * drag is cancelled).
   */
  private async dragItem(positions: number[][], id: number, groupIdx: number): Promise<void> {
    const shownIndex = positions.flat().indexOf(id);
    const item = this.items.nth(shownIndex);
    const target = this.root.locator(`.child-dnd-${groupIdx}`);
    await target.scrollIntoViewIfNeeded();
    await item.scrollIntoViewIfNeeded();
    const [from, to] = await bothOnScreen(item, target);
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    // Several moves: Angular CDK starts a drag only past a few pixels, then tracks the pointer.
    await mouse.move(to.x, to.y, { steps: 8 });
    await mouse.up();
  }
}

interface Point {
  x: number;
  y: number;
}

/**
 * Scrolls the window so the centres of `a` and `b` can both be pointed at (the middle of the two
 * at the middle of the screen) and returns those centres. A centre counts only if the element is
 * what the pointer hits there: inside the viewport and not under the fixed top bar. Throws naming
 * the distance when the viewport cannot show both.
 */
async function bothOnScreen(a: Locator, b: Locator): Promise<[Point, Point]> {
  const centre = async (l: Locator): Promise<Point> => {
    const box = await l.boundingBox();
    if (!box) throw new Error('The item to drag or the group to drop it on is not shown.');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const hits = (l: Locator, p: Point) =>
    l.evaluate((element, { x, y }) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && element.contains(hit);
    }, p);
  const reachable = async (): Promise<[Point, Point] | null> => {
    const [from, to] = [await centre(a), await centre(b)];
    return (await hits(a, from)) && (await hits(b, to)) ? [from, to] : null;
  };
  const now = await reachable();
  if (now) return now;
  const [from, to] = [await centre(a), await centre(b)];
  const height = await a.page().evaluate(() => window.innerHeight);
  await a.page().evaluate((dy) => window.scrollBy(0, dy), (from.y + to.y) / 2 - height / 2);
  const after = await reachable();
  if (after) return after;
  throw new Error(
    `Cannot drag: the item and the group to drop it on (${Math.round(Math.abs(from.y - to.y))} ` +
      `px apart) cannot both be pointed at in the ${height} px high window.`,
  );
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
