/**
 * One-line entry interactions: NumericInput, TextInput, FractionInput, NumberWithUnits,
 * RatioExpressionInput. Each is an input in its `oppia-interactive-*` element; Enter submits, as in
 * Oppia's components (form ngSubmit / keyup.enter).
 */
import { h } from '../../app/dom';
import {
  FractionParseError,
  fractionSettingsError,
  formatFraction,
  parseFraction,
} from '../rules/fraction';
import { parseRatio, RatioParseError } from '../rules/ratio';
import { parseNumberWithUnits, UnitsParseError } from '../rules/units';
import {
  type AnswerState,
  boolArg,
  type InteractionContext,
  type InteractionView,
  numberArg,
  unicodeArg,
} from './types';

interface FieldSpec {
  tag: string;
  inputClass: string;
  placeholder: string;
  multiline?: number;
  inputMode?: string;
  parse(text: string): AnswerState;
}

function textField(ctx: InteractionContext, spec: FieldSpec): InteractionView {
  const input =
    spec.multiline && spec.multiline > 1
      ? h('textarea', {
          class: spec.inputClass,
          rows: spec.multiline,
          placeholder: spec.placeholder,
          'aria-label': 'Your answer',
        })
      : h('input', {
          type: 'text',
          class: spec.inputClass,
          placeholder: spec.placeholder,
          inputmode: spec.inputMode,
          autocomplete: 'off',
          'aria-label': 'Your answer',
        });
  const field = input as HTMLInputElement | HTMLTextAreaElement;
  field.addEventListener('input', () => ctx.changed());
  if (input.tagName === 'INPUT') {
    field.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') {
        event.preventDefault();
        ctx.requestSubmit();
      }
    });
  }
  const element = h(
    spec.tag,
    {},
    h(
      'form',
      { class: 'oppia-interaction-form', onsubmit: (e: Event) => e.preventDefault() },
      input,
    ),
  );
  return {
    element,
    submit: 'generic',
    read: () => (field.value.trim() === '' ? { kind: 'empty' } : spec.parse(field.value)),
    reset: () => {
      field.value = '';
      field.disabled = false;
      field.focus();
    },
    setEnabled: (enabled) => (field.disabled = !enabled),
    focus: () => field.focus(),
  };
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export function numericInput(ctx: InteractionContext): InteractionView {
  const nonNegative = boolArg(ctx.args, 'requireNonnegativeInput', false);
  return textField(ctx, {
    tag: 'oppia-interactive-numeric-input',
    inputClass: 'form-control e2e-test-float-form-input',
    placeholder: '',
    inputMode: 'decimal',
    parse: (text) => {
      const trimmed = text.trim().replace(/,/g, '');
      if (!NUMBER.test(trimmed)) return { kind: 'invalid', error: 'Please enter a valid number.' };
      const value = Number(trimmed);
      if (nonNegative && value < 0) {
        return { kind: 'invalid', error: 'The answer should be greater than or equal to zero.' };
      }
      return { kind: 'ready', answer: value, echo: String(value) };
    },
  });
}

export function textInput(ctx: InteractionContext): InteractionView {
  return textField(ctx, {
    tag: 'oppia-interactive-text-input',
    inputClass: 'form-control oppia-text-input',
    placeholder: unicodeArg(ctx.args, 'placeholder', ''),
    multiline: numberArg(ctx.args, 'rows', 1),
    parse: (text) => ({ kind: 'ready', answer: text, echo: text }),
  });
}

export function fractionInput(ctx: InteractionContext): InteractionView {
  const settings = {
    requireSimplestForm: boolArg(ctx.args, 'requireSimplestForm', false),
    allowImproperFraction: boolArg(ctx.args, 'allowImproperFraction', true),
    allowNonzeroIntegerPart: boolArg(ctx.args, 'allowNonzeroIntegerPart', true),
  };
  return textField(ctx, {
    tag: 'oppia-interactive-fraction-input',
    inputClass: 'form-control e2e-test-fraction-input',
    placeholder:
      unicodeArg(ctx.args, 'customPlaceholder', '') ||
      'Type an improper fraction like 5/3 or a mixed number like 1 2/3',
    parse: (text) => {
      try {
        const fraction = parseFraction(text);
        const error = fractionSettingsError(fraction, settings);
        return error
          ? { kind: 'invalid', error }
          : { kind: 'ready', answer: fraction, echo: formatFraction(fraction) };
      } catch (e) {
        if (e instanceof FractionParseError) return { kind: 'invalid', error: e.message };
        throw e;
      }
    },
  });
}

export function numberWithUnits(ctx: InteractionContext): InteractionView {
  return textField(ctx, {
    tag: 'oppia-interactive-number-with-units',
    inputClass: 'form-control oppia-number-with-units-input',
    placeholder: '',
    parse: (text) => {
      try {
        return { kind: 'ready', answer: parseNumberWithUnits(text), echo: text.trim() };
      } catch (e) {
        if (e instanceof UnitsParseError) return { kind: 'invalid', error: e.message };
        throw e;
      }
    },
  });
}

export function ratioExpressionInput(ctx: InteractionContext): InteractionView {
  const terms = numberArg(ctx.args, 'numberOfTerms', 0);
  return textField(ctx, {
    tag: 'oppia-interactive-ratio-expression-input',
    inputClass: 'form-control oppia-ratio-input',
    placeholder: unicodeArg(ctx.args, 'placeholder', ''),
    parse: (text) => {
      try {
        const ratio = parseRatio(text, terms);
        return { kind: 'ready', answer: ratio, echo: ratio.join(':') };
      } catch (e) {
        if (e instanceof RatioParseError) return { kind: 'invalid', error: e.message };
        throw e;
      }
    },
  });
}
