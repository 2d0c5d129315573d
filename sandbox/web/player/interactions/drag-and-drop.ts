/**
 * DragAndDropSortInput, single-item mode, after drag-and-drop-sort-input-interaction.component.html
 * @05397817 and the component's handleKeyDown @07fea21f: each `.child-dnd-item-box` (tabindex 0,
 * role listitem) moves one place with ArrowDown / ArrowUp and keeps the focus; the answer is the
 * list of `[content_id]` in the shown order. Mouse users can drag items (HTML5 drag and drop).
 */
import { h } from '../../app/dom';
import { richText } from '../rte';
import { type Choice, type InteractionContext, type InteractionView, readChoices } from './types';

export function dragAndDropSortInput(ctx: InteractionContext): InteractionView {
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
          const key = (event).key;
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
