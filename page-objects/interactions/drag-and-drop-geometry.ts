/**
 * The drag-and-drop list's geometry, for DragAndDropSortInput's multi-item mode: functions that run
 * in the page (passed to `locator.evaluate`, so they use only DOM APIs and their arguments) and
 * measure the list, or bring both ends of one drag on screen. The model that decides which drags to
 * make stays in DragAndDropSortInput.ts.
 */

export interface Point {
  x: number;
  y: number;
}

/**
 * In the page: the vertical centres of the item shown at `shownIndex` and of every group, and the
 * height a drag can span, the window's or that of a scroll box holding the list if it is shorter
 * (Oppia's drag-and-drop-sort-input-interaction.component.css caps the list at 540px, scrolled).
 */
export function measure(
  root: Element,
  shownIndex: number,
): { itemY: number; groupYs: number[]; viewHeight: number } {
  const middle = (e: Element) => {
    const r = e.getBoundingClientRect();
    return r.top + r.height / 2;
  };
  const item = root.querySelectorAll('.child-dnd-item-box')[shownIndex];
  if (!item) throw new Error(`No item is shown at index ${shownIndex} of the drag-and-drop list.`);
  let viewHeight = window.innerHeight;
  for (let e = item.parentElement; e && e !== document.body; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight)
      viewHeight = Math.min(viewHeight, e.clientHeight);
  }
  const groups = [...root.querySelectorAll('.child-dnd')];
  return { itemY: middle(item), groupYs: groups.map(middle), viewHeight };
}

/**
 * In the page: scrolls every scroll box holding both the item shown at `shownIndex` and the group
 * `.child-dnd-<groupIdx>`, then the window, so the middle of the two is at the middle of the view
 * (instantly: a smooth scroll would still be moving), and returns their centres where the pointer
 * hits them (null for one that is covered or off screen) and how far apart they are.
 */
export function centreBoth(
  root: Element,
  { shownIndex, groupIdx }: { shownIndex: number; groupIdx: number },
): { from: Point | null; to: Point | null; apart: number } {
  const item = root.querySelectorAll('.child-dnd-item-box')[shownIndex];
  const group = root.querySelector(`.child-dnd-${groupIdx}`);
  if (!item || !group) {
    throw new Error(`The drag-and-drop list has no item ${shownIndex} or group ${groupIdx}.`);
  }
  const centre = (e: Element): Point => {
    const r = e.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  };
  let mid = (centre(item).y + centre(group).y) / 2;
  for (let e = item.parentElement; e && e !== document.body; e = e.parentElement) {
    const overflow = getComputedStyle(e).overflowY;
    if (!e.contains(group) || !(overflow === 'auto' || overflow === 'scroll')) continue;
    const box = e.getBoundingClientRect();
    const before = e.scrollTop;
    e.scrollBy({ top: mid - (box.top + e.clientTop + e.clientHeight / 2), behavior: 'instant' });
    mid -= e.scrollTop - before;
  }
  window.scrollBy({ top: mid - window.innerHeight / 2, behavior: 'instant' });
  const hit = (e: Element): Point | null => {
    const p = centre(e);
    const under = document.elementFromPoint(p.x, p.y);
    return under !== null && e.contains(under) ? p : null;
  };
  return { from: hit(item), to: hit(group), apart: Math.abs(centre(item).y - centre(group).y) };
}
