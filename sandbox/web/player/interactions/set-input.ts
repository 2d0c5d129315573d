/**
 * SetInput, after set-input-interaction.component.html @54d6b861, oppia-interactive-set-input
 * .component.ts @0529bbeb and the schema-based list editor
 * (schema-based-list-editor.component.html @001df451, unicode editor @1e57e85c): one text field
 * per item, starting with one empty field; the add button is labelled with buttonText; Submit is
 * valid when the list is non-empty with no blank item; duplicates show an error.
 */
import { h } from '../../app/dom';
import { type InteractionContext, type InteractionView, unicodeArg } from './types';

export function setInput(ctx: InteractionContext): InteractionView {
  const buttonText = unicodeArg(ctx.args, 'buttonText', '') || 'Add Item';
  let items: string[] = [''];
  let enabled = true;
  const emptyNote = h(
    'div',
    { class: 'set-input-empty', hidden: true },
    h('em', {}, 'The set is empty.'),
  );
  const table = h('table', { class: 'w-100' });
  const addButton = h('button', { type: 'button' }, buttonText) as HTMLButtonElement;
  const duplicates = h(
    'div',
    { class: 'oppia-form-error', 'aria-live': 'assertive', hidden: true },
    'Oops, it looks like your set has duplicates!',
  );

  const updateAddButton = (focusedIndex: number | null) => {
    const last = items[items.length - 1];
    addButton.style.opacity = last === '' && focusedIndex === items.length - 1 ? '0' : '1';
  };

  const render = (focusIndex: number | null) => {
    table.replaceChildren(
      ...items.map((value, idx) => {
        const input = h('input', {
          type: 'text',
          class: 'form-control display-inline e2e-test-text-input',
          'aria-label': 'text input',
        }) as HTMLInputElement;
        input.value = value;
        input.disabled = !enabled;
        input.addEventListener('input', () => {
          items[idx] = input.value;
          changed(idx);
        });
        input.addEventListener('focus', () => updateAddButton(idx));
        input.addEventListener('blur', () => updateAddButton(null));
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'oppia-delete-list-entry-button oppia-transition-200 e2e-test-delete-list-entry',
            onclick: () => {
              items.splice(idx, 1);
              render(null);
              changed(null);
            },
          },
          h('span', { 'aria-hidden': 'true' }, '×'),
          h('span', { class: 'oppia-icon-accessibility-label' }, 'Delete this list entry'),
        );
        return h(
          'tr',
          { id: 'e2e-test-schema-based-list-editor-table-row' },
          h(
            'td',
            { class: 'e2e-test-schema-based-list-editor-table-data' },
            h(
              'schema-based-editor',
              {},
              h('schema-based-unicode-editor', {}, h('span', {}, h('span', {}, input))),
            ),
          ),
          h('div', { class: 'align-top' }, remove),
        );
      }),
    );
    if (focusIndex !== null) table.querySelectorAll('input')[focusIndex]?.focus();
    updateAddButton(focusIndex);
  };

  const changed = (focusedIndex: number | null) => {
    emptyNote.hidden = items.length > 0;
    duplicates.hidden = new Set(items).size === items.length;
    updateAddButton(focusedIndex);
    ctx.changed();
  };

  addButton.addEventListener('click', () => {
    items.push('');
    render(items.length - 1);
    changed(items.length - 1);
  });
  render(null);

  return {
    element: h(
      'oppia-interactive-set-input',
      {},
      emptyNote,
      h(
        'div',
        {},
        h(
          'schema-based-editor',
          {},
          h(
            'schema-based-list-editor',
            {},
            h(
              'div',
              { class: 'schema-based-list-editor' },
              h(
                'form',
                { onsubmit: (e: Event) => e.preventDefault() },
                table,
                h('div', { class: 'oppia-new-tab-button-container' }, addButton),
              ),
            ),
          ),
        ),
      ),
      duplicates,
    ),
    submit: 'generic',
    read: () => {
      if (items.length === 0 || items.some((i) => i === '')) return { kind: 'empty' };
      if (new Set(items).size !== items.length)
        return { kind: 'invalid', error: 'Oops, it looks like your set has duplicates!' };
      return { kind: 'ready', answer: [...items], echo: `{${items.join(', ')}}` };
    },
    reset: () => {
      items = [''];
      enabled = true;
      render(0);
      changed(0);
    },
    setEnabled: (value) => {
      enabled = value;
      addButton.disabled = !value;
      table
        .querySelectorAll('input, button')
        .forEach((e) => ((e as HTMLInputElement).disabled = !value));
    },
  };
}
