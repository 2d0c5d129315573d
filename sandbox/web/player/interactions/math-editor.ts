/**
 * NumericExpressionInput, AlgebraicExpressionInput, MathEquationInput. Oppia uses the Guppy math
 * editor (`.e2e-test-guppy-div`, focused by a click, typed into with the keyboard); the sandbox's
 * editor is a focusable div that takes printable keys and Backspace.
 */
import { h } from '../../app/dom';
import { MathParseError, parseMath, variablesOf } from '../rules/math-expression';
import { splitEquation } from '../rules/math-rules';
import type { AnswerState, InteractionContext, InteractionView } from './types';

type Kind = 'numeric' | 'algebraic' | 'equation';

function allowedVariables(ctx: InteractionContext): string[] {
  const value = ctx.args['allowedVariables']?.value;
  return Array.isArray(value) ? value.map(String) : [];
}

function validate(text: string, kind: Kind, allowed: string[]): string | null {
  try {
    if (kind === 'equation') {
      if ((text.match(/=/g) ?? []).length !== 1)
        return 'Your equation should have exactly one "=" sign.';
      splitEquation(text);
      return null;
    }
    const variables = [...variablesOf(parseMath(text))];
    if (kind === 'numeric' && variables.length > 0) {
      return 'It looks like you have entered some variables. Please enter numbers only.';
    }
    const unknown = variables.find((v) => allowed.length > 0 && !allowed.includes(v));
    if (kind === 'algebraic' && unknown) {
      return `You have entered an invalid variable: ${unknown}. Please use only the variables ${allowed.join(',')} in your answer.`;
    }
    return null;
  } catch (e) {
    if (e instanceof MathParseError || e instanceof Error) return e.message;
    throw e;
  }
}

function mathEditor(ctx: InteractionContext, tag: string, kind: Kind): InteractionView {
  const allowed = allowedVariables(ctx);
  let text = '';
  let enabled = true;
  const display = h('span', { class: 'guppy-text' });
  const placeholder = h('span', { class: 'guppy-placeholder' }, 'Click here to type your answer');
  const editor = h(
    'div',
    {
      class: 'guppy-div e2e-test-guppy-div',
      tabindex: 0,
      role: 'textbox',
      'aria-label': 'Math answer',
    },
    placeholder,
    display,
    h('span', { class: 'guppy-caret', 'aria-hidden': 'true' }),
  );
  const render = () => {
    display.textContent = text;
    placeholder.hidden = text !== '';
    editor.dataset.value = text;
    ctx.changed();
  };
  editor.addEventListener('click', () => editor.focus());
  editor.addEventListener('keydown', (event) => {
    const e = event;
    if (!enabled || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      ctx.requestSubmit();
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      text = text.slice(0, -1);
      render();
    } else if (e.key.length === 1) {
      e.preventDefault();
      text += e.key;
      render();
    }
  });
  return {
    element: h(tag, {}, h('div', { class: 'guppy-container' }, editor)),
    submit: 'generic',
    read: (): AnswerState => {
      const value = text.trim();
      if (value === '') return { kind: 'empty' };
      const error = validate(value, kind, allowed);
      return error ? { kind: 'invalid', error } : { kind: 'ready', answer: value, echo: value };
    },
    reset: () => {
      text = '';
      enabled = true;
      render();
      editor.focus();
    },
    setEnabled: (value) => {
      enabled = value;
      editor.setAttribute('aria-disabled', String(!value));
    },
    focus: () => editor.focus(),
  };
}

export const numericExpressionInput = (ctx: InteractionContext) =>
  mathEditor(ctx, 'oppia-interactive-numeric-expression-input', 'numeric');
export const algebraicExpressionInput = (ctx: InteractionContext) =>
  mathEditor(ctx, 'oppia-interactive-algebraic-expression-input', 'algebraic');
export const mathEquationInput = (ctx: InteractionContext) =>
  mathEditor(ctx, 'oppia-interactive-math-equation-input', 'equation');
