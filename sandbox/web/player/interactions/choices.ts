/**
 * MultipleChoiceInput and ItemSelectionInput. DOM after Oppia's
 * multiple-choice-input-interaction.component.html @c24069c7 and
 * item-selection-input-interaction.component.html @1d9844e8: the MC answer is the choice's
 * original index (the display may be shuffled); ItemSelection answers are choice content_ids.
 */
import { h } from '../../app/dom';
import { richText } from '../rte';
import {
  type AnswerState,
  boolArg,
  type Choice,
  type InteractionContext,
  type InteractionView,
  numberArg,
  readChoices,
} from './types';

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** MC-style option buttons; `onPick` receives the original index. */
function optionButtons(
  ctx: InteractionContext,
  choices: Choice[],
  order: number[],
  onPick: (index: number) => void,
): { container: HTMLElement; buttons: HTMLButtonElement[] } {
  const buttons: HTMLButtonElement[] = [];
  const container = h(
    'div',
    { class: 'multiple-choice-options-container', role: 'radiogroup' },
    ...order.map((index) => {
      const choice = choices[index] as Choice;
      const button = h(
        'button',
        { type: 'button', class: 'multiple-choice-option', role: 'radio', 'aria-checked': 'false' },
        h('span', { class: 'multiple-choice-radio', 'aria-hidden': 'true' }),
        richText(
          choice.html,
          ctx.explorationId,
          'e2e-test-multiple-choice-option',
          `${ctx.where}.customization_args.choices.value[${index}]`,
        ),
      ) as HTMLButtonElement;
      button.addEventListener('click', () => {
        for (const b of buttons) {
          b.classList.remove('selected');
          b.setAttribute('aria-checked', 'false');
        }
        button.classList.add('selected');
        button.setAttribute('aria-checked', 'true');
        onPick(index);
      });
      buttons.push(button);
      return h(
        'div',
        { class: 'multiple-choice-option-container e2e-test-multiple-choice-option-container' },
        button,
      );
    }),
  );
  return { container, buttons };
}

export function multipleChoiceInput(ctx: InteractionContext): InteractionView {
  const choices = readChoices(ctx.args);
  const indexes = choices.map((_, i) => i);
  const order = boolArg(ctx.args, 'showChoicesInShuffledOrder', true) ? shuffled(indexes) : indexes;
  let picked: number | null = null;
  const { container, buttons } = optionButtons(ctx, choices, order, (index) => {
    picked = index;
    ctx.changed();
  });
  return {
    element: h('oppia-interactive-multiple-choice-input', {}, container),
    submit: 'generic',
    read: (): AnswerState =>
      picked === null
        ? { kind: 'empty' }
        : {
            kind: 'ready',
            answer: picked,
            echo: richText((choices[picked] as Choice).html, ctx.explorationId),
          },
    reset: () => {
      picked = null;
      for (const b of buttons) {
        b.classList.remove('selected');
        b.setAttribute('aria-checked', 'false');
        b.disabled = false;
      }
    },
    setEnabled: (enabled) => buttons.forEach((b) => (b.disabled = !enabled)),
  };
}

export function itemSelectionInput(ctx: InteractionContext): InteractionView {
  const choices = readChoices(ctx.args);
  const min = numberArg(ctx.args, 'minAllowableSelectionCount', 1);
  const max = numberArg(ctx.args, 'maxAllowableSelectionCount', 1);
  if (max === 1) {
    let picked: number | null = null;
    const { container, buttons } = optionButtons(
      ctx,
      choices,
      choices.map((_, i) => i),
      (index) => {
        picked = index;
        ctx.changed();
      },
    );
    return {
      element: h('oppia-interactive-item-selection-input', {}, container),
      submit: 'generic',
      read: () => {
        if (picked === null) return { kind: 'empty' };
        const choice = choices[picked] as Choice;
        return {
          kind: 'ready',
          answer: [choice.contentId],
          echo: richText(choice.html, ctx.explorationId),
        };
      },
      reset: () => {
        picked = null;
        buttons.forEach((b) => {
          b.classList.remove('selected');
          b.disabled = false;
        });
      },
      setEnabled: (enabled) => buttons.forEach((b) => (b.disabled = !enabled)),
    };
  }
  const boxes: HTMLInputElement[] = [];
  const refresh = () => {
    const count = boxes.filter((b) => b.checked).length;
    // Oppia disables the unchecked boxes once the maximum is reached.
    for (const b of boxes) b.disabled = !b.checked && count >= max;
    ctx.changed();
  };
  const rows = choices.map((choice) => {
    const box = h('input', { type: 'checkbox', class: 'mat-checkbox-input' }) as HTMLInputElement;
    box.addEventListener('change', refresh);
    boxes.push(box);
    return h(
      'div',
      { class: 'item-selection-input-container e2e-test-item-selection-input-container' },
      h(
        'label',
        { class: 'item-selection-input-item e2e-test-item-selection-input-item' },
        h('mat-checkbox', { class: 'mat-checkbox e2e-test-item-selection-input-checkbox' }, box),
        h(
          'span',
          { class: 'item-selection-option e2e-test-item-selection-option' },
          richText(choice.html, ctx.explorationId),
        ),
      ),
    );
  });
  return {
    element: h(
      'oppia-interactive-item-selection-input',
      {},
      h('div', { class: 'item-selection-input-list' }, ...rows),
    ),
    submit: 'generic',
    read: () => {
      const selected = choices.filter((_, i) => (boxes[i] as HTMLInputElement).checked);
      if (selected.length === 0) return { kind: 'empty' };
      if (selected.length < min) {
        return { kind: 'invalid', error: `Please select ${min} or more options.` };
      }
      const echo = h(
        'ul',
        { class: 'item-selection-response' },
        ...selected.map((c) => h('li', {}, richText(c.html, ctx.explorationId))),
      );
      return { kind: 'ready', answer: selected.map((c) => c.contentId), echo };
    },
    reset: () => {
      boxes.forEach((b) => (b.checked = false));
      refresh();
    },
    setEnabled: (enabled) => {
      if (enabled) refresh();
      else boxes.forEach((b) => (b.disabled = true));
    },
  };
}
