/**
 * NumericInput. Submits a number. Rules as in
 * extensions/interactions/NumericInput/directives/numeric-input-rules.service.ts @ 0b7300e4:
 * Equals (===), IsLessThan, IsGreaterThan, IsLessThanOrEqualTo, IsGreaterThanOrEqualTo,
 * IsInclusivelyBetween(a, b) (a <= answer <= b, no swapping), IsWithinTolerance(tol, x).
 * requireNonnegativeInput makes the UI refuse negative numbers.
 */
import { boolArg } from '../normalize';
import type { Rule } from '../normalize';
import { randomInt } from '../random';
import { formatNumber, numberInput } from './numbers';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

function input(rule: Rule, name: string): number {
  const value = numberInput(rule.inputs[name]);
  if (value === null) throw new UnevaluableRuleError(`${rule.type} needs a number ${name}`);
  return value;
}

const RULES: Record<string, (answer: number, rule: Rule) => boolean> = {
  Equals: (a, r) => a === input(r, 'x'),
  IsLessThan: (a, r) => a < input(r, 'x'),
  IsGreaterThan: (a, r) => a > input(r, 'x'),
  IsLessThanOrEqualTo: (a, r) => a <= input(r, 'x'),
  IsGreaterThanOrEqualTo: (a, r) => a >= input(r, 'x'),
  IsInclusivelyBetween: (a, r) => a >= input(r, 'a') && a <= input(r, 'b'),
  IsWithinTolerance: (a, r) =>
    a >= input(r, 'x') - input(r, 'tol') && a <= input(r, 'x') + input(r, 'tol'),
};

/** Values meant to satisfy one rule, most natural first. */
function candidatesFor(rule: Rule): number[] {
  switch (rule.type) {
    case 'Equals':
    case 'IsLessThanOrEqualTo':
    case 'IsGreaterThanOrEqualTo': {
      const x = input(rule, 'x');
      const step = rule.type === 'IsLessThanOrEqualTo' ? -1 : 1;
      return [x, x + step];
    }
    case 'IsLessThan': {
      const x = input(rule, 'x');
      return [x - 1, Math.ceil(x) - 1, x - 0.5, x / 2, x - 10, x - 100, x - 0.01];
    }
    case 'IsGreaterThan': {
      const x = input(rule, 'x');
      return [x + 1, Math.floor(x) + 1, x + 0.5, x * 2, x + 10, x + 100, x + 0.01];
    }
    case 'IsInclusivelyBetween': {
      const a = input(rule, 'a');
      const b = input(rule, 'b');
      const mid = (a + b) / 2;
      return [mid, Math.round(mid), a, b];
    }
    case 'IsWithinTolerance': {
      const x = input(rule, 'x');
      const tol = input(rule, 'tol');
      return [x, x + tol / 2, x - tol / 2];
    }
    default:
      return [];
  }
}

/** Every number a rule of the card mentions, so fillers can step around them. */
function thresholds(rules: Rule[]): number[] {
  const found: number[] = [];
  for (const rule of rules) {
    const x = numberInput(rule.inputs['x']);
    const tol = numberInput(rule.inputs['tol']) ?? 0;
    for (const v of [x, numberInput(rule.inputs['a']), numberInput(rule.inputs['b'])]) {
      if (v !== null) found.push(v - tol, v + tol);
    }
  }
  return found;
}

export const numericInputRules = defineRules<number>({
  id: 'NumericInput',
  prepare(interaction) {
    const nonNegativeOnly = boolArg(interaction.args['requireNonnegativeInput'], false);
    const marks = thresholds(interaction.groups.flatMap((g) => g.rules));
    return {
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(value, rule);
      },
      fromSolution: (correct) => numberInput(correct),
      candidatesFor,
      *fillers() {
        const top = Math.max(0, ...marks.map(Math.abs));
        yield* [Math.floor(top) + 1000, 12345, 0, 1, 42, -(Math.floor(top) + 1000)];
        for (const t of marks) yield* [t + 1, t - 1, t + 0.5, t - 0.5, t + 0.01, t - 0.01];
      },
      *randomValues(rng) {
        for (let i = 0; i < 40; i++) {
          const base = marks.length > 0 && i % 2 === 0 ? (marks[i % marks.length] as number) : 0;
          const spread = i < 20 ? 10 : 1000;
          yield (
            base + randomInt(rng, -spread, spread) + (i % 4 === 3 ? randomInt(rng, 1, 9) / 10 : 0)
          );
        }
      },
      toAnswer(value) {
        const text = formatNumber(value);
        if (text === null) return unenterable(`${value} cannot be typed as a plain number`);
        return { kind: 'NumericInput', text };
      },
      submitted(answer) {
        if (answer.kind !== 'NumericInput') return unenterable('not a NumericInput answer');
        const value = Number(answer.text.trim());
        if (answer.text.trim() === '' || !Number.isFinite(value)) {
          return unenterable(`“${answer.text}” is not a number`);
        }
        if (nonNegativeOnly && value < 0)
          return unenterable('the card only accepts non-negative numbers');
        return value;
      },
    };
  },
});
