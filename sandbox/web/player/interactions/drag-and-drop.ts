/**
 * DragAndDropSortInput, after drag-and-drop-sort-input-interaction.component.html @05397817 and
 * oppia-interactive-drag-and-drop-sort-input.component.ts @07fea21f.
 * - Single-item mode: each `.child-dnd-item-box` (tabindex 0, role listitem) moves one place with
 *   ArrowDown / ArrowUp and keeps the focus; the answer is the list of `[content_id]` in the shown
 *   order. Mouse users can drag items (HTML5 drag and drop).
 * - allowMultipleItemsInSamePosition: multiGroupsInput below.
 */
import { h } from '../../app/dom';
import { richText } from '../rte';
import {
  boolArg,
  type Choice,
  type InteractionContext,
  type InteractionView,
  readChoices,
} from './types';

export function dragAndDropSortInput(ctx: InteractionContext): InteractionView {
  if (boolArg(ctx.args, 'allowMultipleItemsInSamePosition', false)) return multiGroupsInput(ctx);
  const choices = readChoices(ctx.args);
  let order = choices.map((c) => c);
  let enabled = true;
  let dragged: number | null = null;
  const list = h('div', { class: 'child-dnd-single-item', role: 'list' });

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as Choice);
    order = next;
    render(to);
    ctx.changed();
  };

  const render = (focusIndex: number | null) => {
    list.replaceChildren(
      ...order.map((choice, i) => {
        const box = h(
          'div',
          {
            class: 'child-dnd-item-box e2e-test-drag-and-drop-sort-item',
            tabindex: 0,
            role: 'listitem',
            draggable: 'true',
          },
          richText(choice.html, ctx.explorationId),
        );
        box.addEventListener('keydown', (event) => {
          const key = event.key;
          if (!enabled || (key !== 'ArrowDown' && key !== 'ArrowUp')) return;
          event.preventDefault();
          move(i, key === 'ArrowDown' ? i + 1 : i - 1);
        });
        box.addEventListener('dragstart', () => (dragged = i));
        box.addEventListener('dragover', (event) => event.preventDefault());
        box.addEventListener('drop', (event) => {
          event.preventDefault();
          if (enabled && dragged !== null) move(dragged, i);
          dragged = null;
        });
        return box;
      }),
    );
    if (focusIndex !== null) (list.children[focusIndex] as HTMLElement | undefined)?.focus();
  };
  render(null);

  return {
    element: h(
      'oppia-interactive-drag-and-drop-sort-input',
      {},
      h(
        'form',
        { onsubmit: (e: Event) => e.preventDefault() },
        h(
          'div',
          { class: 'drag-and-drop-sort-container conversation-skin-interaction-container' },
          list,
        ),
      ),
    ),
    submit: 'generic',
    read: () => ({
      kind: 'ready',
      answer: order.map((c) => [c.contentId]),
      echo: h(
        'ol',
        { class: 'drag-and-drop-response' },
        ...order.map((c) => h('li', {}, richText(c.html, ctx.explorationId))),
      ),
    }),
    reset: () => {
      enabled = true;
    },
    setEnabled: (value) => (enabled = value),
  };
}

/** The pointer must travel this far before a press becomes a drag (Angular CDK's default 5px). */
const DRAG_START_THRESHOLD = 5;

/**
 * Several items per position. Oppia keeps a list of groups with an empty gap around every
 * position, `[[], [a], [], [b], []]` (ngOnInit), and renders each as `div.child-dnd.child-dnd-<idx>`
 * holding a `cdkDropList` (class `child-dnd-border` for a position, `child-dnd-borderless` for a
 * gap) of `.child-dnd-item-box` items. Dropping an item on a position's group adds it there; on a
 * gap makes it a new position there (dropItemInAnyList); then resetArray drops the emptied groups
 * and puts the gaps back. The answer lists the non-empty groups' content_ids (submitAnswer). Oppia
 * drives this mode with the pointer only (CDK drag), so the sandbox does the same with mouse events.
 */
function multiGroupsInput(ctx: InteractionContext): InteractionView {
  const choices = readChoices(ctx.args);
  let positions: Choice[][] = choices.map((c) => [c]);
  let enabled = true;
  let pressed: { choice: Choice; x: number; y: number; dragging: boolean } | null = null;
  const root = h('div', { class: 'child-dnd-root' });

  /** resetArray: the gaps back around every non-empty position. */
  const groups = (): Choice[][] => [[], ...positions.flatMap((p) => [p, []])];

  const drop = (choice: Choice, groupIdx: number) => {
    const all = groups();
    for (const group of all) {
      const at = group.indexOf(choice);
      if (at !== -1) group.splice(at, 1);
    }
    all[groupIdx]?.push(choice);
    positions = all.filter((g) => g.length > 0);
    render();
    ctx.changed();
  };

  const render = () => {
    root.replaceChildren(
      ...groups().map((items, idx) => {
        const list = h(
          'div',
          { class: idx % 2 === 1 ? 'child-dnd-border' : 'child-dnd-borderless' },
          ...items.map((choice) => {
            const box = h(
              'div',
              { class: 'child-dnd-item-box', tabindex: 0 },
              richText(choice.html, ctx.explorationId),
            );
            box.addEventListener('mousedown', (event) => {
              if (!enabled || event.button !== 0) return;
              event.preventDefault();
              pressed = { choice, x: event.clientX, y: event.clientY, dragging: false };
            });
            return box;
          }),
        );
        return h('div', { class: `child-dnd child-dnd-${idx}`, 'data-group': idx }, list);
      }),
    );
  };
  render();

  document.addEventListener('mousemove', (event) => {
    if (!pressed || pressed.dragging) return;
    const moved = Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y);
    if (moved > DRAG_START_THRESHOLD) {
      pressed.dragging = true;
      root.classList.add('cdk-drop-list-dragging');
    }
  });
  document.addEventListener('mouseup', (event) => {
    const drag = pressed;
    pressed = null;
    root.classList.remove('cdk-drop-list-dragging');
    if (!drag?.dragging || !enabled) return;
    const under = document.elementFromPoint(event.clientX, event.clientY);
    const group = under?.closest('.child-dnd');
    if (!group || !root.contains(group)) return; // dropped outside: the drag is cancelled
    drop(drag.choice, Number(group.getAttribute('data-group')));
  });

  return {
    element: h(
      'oppia-interactive-drag-and-drop-sort-input',
      {},
      h(
        'form',
        { onsubmit: (e: Event) => e.preventDefault() },
        h(
          'div',
          { class: 'drag-and-drop-sort-container conversation-skin-interaction-container' },
          root,
        ),
      ),
    ),
    submit: 'generic',
    read: () => ({
      kind: 'ready',
      answer: positions.map((p) => p.map((c) => c.contentId)),
      echo: h(
        'ol',
        { class: 'drag-and-drop-response' },
        ...positions.map((p) => h('li', {}, ...p.map((c) => richText(c.html, ctx.explorationId)))),
      ),
    }),
    reset: () => {
      enabled = true;
    },
    setEnabled: (value) => (enabled = value),
  };
}
