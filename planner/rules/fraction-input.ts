/**
 * FractionInput. Submits a Fraction dict parsed from the typed text ("1/2", "-1 2/3", "3").
 * Rules as in extensions/interactions/FractionInput/directives/fraction-input-rules.service.ts
 * @ 54d6b861: IsExactlyEqualTo (structural), IsEquivalentTo (same float),
 * IsEquivalentToAndInSimplestForm (same float and structurally equal to convertToSimplestForm(f)),
 * IsLessThan, IsGreaterThan, HasIntegerPartEqualTo (sign applied to the whole part),
 * HasNumeratorEqualTo, HasDenominatorEqualTo, HasNoFractionalPart (numerator 0),
 * HasFractionalPartExactlyEqualTo (same numerator and denominator).
 * The UI refuses, per customization args, answers not in simplest form (requireSimplestForm),
 * improper fractions (allowImproperFraction false) and mixed numbers (allowNonzeroIntegerPart
 * false); the structural simplest-form check is the stricter of the versions seen.
 */
import { boolArg } from '../normalize';
import type { Rule } from '../normalize';
import { randomInt } from '../random';
import type { FractionDict } from '../types';
import {
  formsOf,
  fractionToFloat,
  fractionToString,
  integerPart,
  isFractionDict,
  parseFraction,
  rationalOf,
  sameFraction,
  simplestForm,
} from './fraction';
import type { Rational } from './fraction';
import { numberInput } from './numbers';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

function fractionInput(rule: Rule): FractionDict {
  const f = rule.inputs['f'];
  if (!isFractionDict(f)) throw new UnevaluableRuleError(`${rule.type} needs a fraction f`);
  return f;
}

function intInput(rule: Rule): number {
  const x = numberInput(rule.inputs['x']);
  if (x === null) throw new UnevaluableRuleError(`${rule.type} needs an integer x`);
  return x;
}

const RULES: Record<string, (answer: FractionDict, rule: Rule) => boolean> = {
  IsExactlyEqualTo: (a, r) => sameFraction(a, fractionInput(r)),
  IsEquivalentTo: (a, r) => fractionToFloat(a) === fractionToFloat(fractionInput(r)),
  IsEquivalentToAndInSimplestForm: (a, r) =>
    fractionToFloat(a) === fractionToFloat(fractionInput(r)) &&
    sameFraction(a, simplestForm(fractionInput(r))),
  IsLessThan: (a, r) => fractionToFloat(a) < fractionToFloat(fractionInput(r)),
  IsGreaterThan: (a, r) => fractionToFloat(a) > fractionToFloat(fractionInput(r)),
  HasIntegerPartEqualTo: (a, r) => integerPart(a) === intInput(r),
  HasNumeratorEqualTo: (a, r) => a.numerator === intInput(r),
  HasDenominatorEqualTo: (a, r) => a.denominator === intInput(r),
  HasNoFractionalPart: (a) => a.numerator === 0,
  HasFractionalPartExactlyEqualTo: (a, r) =>
    a.numerator === fractionInput(r).numerator && a.denominator === fractionInput(r).denominator,
};

const plain = (
  isNegative: boolean,
  wholeNumber: number,
  numerator: number,
  denominator: number,
) => ({
  isNegative,
  wholeNumber,
  numerator,
  denominator,
});

function* candidatesFor(rule: Rule): Generator<FractionDict> {
  const shifted = (r: Rational, num: number, den: number): Rational => ({
    p: r.p * den + num * r.q,
    q: r.q * den,
  });
  switch (rule.type) {
    case 'IsExactlyEqualTo':
      yield fractionInput(rule);
      break;
    case 'IsEquivalentTo':
      yield fractionInput(rule);
      yield* formsOf(rationalOf(fractionInput(rule)));
      break;
    case 'IsEquivalentToAndInSimplestForm':
      yield simplestForm(fractionInput(rule));
      break;
    case 'IsLessThan':
    case 'IsGreaterThan': {
      const r = rationalOf(fractionInput(rule));
      const sign = rule.type === 'IsLessThan' ? -1 : 1;
      for (const [num, den] of [
        [1, 1],
        [1, 2],
        [1, 4 * r.q],
        [2, 1],
      ] as const) {
        yield* formsOf(shifted(r, sign * num, den));
      }
      break;
    }
    case 'HasFractionalPartExactlyEqualTo': {
      const f = fractionInput(rule);
      yield plain(false, 0, f.numerator, f.denominator);
      yield plain(false, 1, f.numerator, f.denominator);
      yield plain(true, 0, f.numerator, f.denominator);
      break;
    }
    case 'HasNumeratorEqualTo': {
      const x = intInput(rule);
      if (x < 0) break;
      for (const d of [x + 1, x + 2, 1, 2, 3, 7]) yield plain(false, 0, x, d);
      yield plain(false, 1, x, x + 1);
      break;
    }
    case 'HasDenominatorEqualTo': {
      const x = intInput(rule);
      if (x <= 0) break;
      for (const n of [1, 2, 0, x + 1]) yield plain(false, 0, n, x);
      yield plain(false, 1, 1, x);
      break;
    }
    case 'HasIntegerPartEqualTo': {
      const x = intInput(rule);
      yield plain(x < 0, Math.abs(x), 0, 1);
      yield plain(x < 0, Math.abs(x), 1, 2);
      break;
    }
    case 'HasNoFractionalPart':
      yield* [plain(false, 1, 0, 1), plain(false, 2, 0, 1), plain(false, 0, 0, 1)];
      break;
  }
}

export const fractionInputRules = defineRules<FractionDict>({
  id: 'FractionInput',
  prepare(interaction) {
    const requireSimplestForm = boolArg(interaction.args['requireSimplestForm'], false);
    const allowImproper = boolArg(interaction.args['allowImproperFraction'], true);
    const allowIntegerPart = boolArg(interaction.args['allowNonzeroIntegerPart'], true);
    const ruleFractions = interaction.groups
      .flatMap((g) => g.rules)
      .map((r) => r.inputs['f'])
      .filter(isFractionDict);
    return {
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(value, rule);
      },
      fromSolution(correct) {
        if (isFractionDict(correct)) return correct;
        return typeof correct === 'string' ? parseFraction(correct) : null;
      },
      candidatesFor,
      *fillers() {
        for (const [p, q] of [
          [11, 13],
          [5, 7],
          [1, 3],
          [97, 3],
          [-5, 9],
          [1, 2],
          [3, 4],
          [0, 1],
          [7, 1],
        ]) {
          yield* formsOf({ p: p as number, q: q as number });
        }
        for (const f of ruleFractions) {
          const r = rationalOf(f);
          yield* formsOf({ p: r.p + 3 * r.q, q: r.q });
          yield* formsOf({ p: r.p * 3 + 1, q: r.q * 3 });
        }
      },
      *randomValues(rng) {
        for (let i = 0; i < 40; i++) {
          yield* formsOf({ p: randomInt(rng, -20, 40), q: randomInt(rng, 1, 12) }).slice(0, 2);
        }
      },
      toAnswer(value) {
        if (
          !Number.isInteger(value.wholeNumber) ||
          !Number.isInteger(value.numerator) ||
          !Number.isInteger(value.denominator) ||
          value.denominator <= 0 ||
          value.wholeNumber < 0 ||
          value.numerator < 0
        ) {
          return unenterable(`${JSON.stringify(value)} is not a fraction a learner can type`);
        }
        return { kind: 'FractionInput', text: fractionToString(value) };
      },
      submitted(answer) {
        if (answer.kind !== 'FractionInput') return unenterable('not a FractionInput answer');
        const value = parseFraction(answer.text);
        if (value === null) return unenterable(`“${answer.text}” is not a fraction`);
        // The UI refuses these forms with an error instead of submitting.
        if (requireSimplestForm && !sameFraction(value, simplestForm(value))) {
          return unenterable('the card requires the simplest form');
        }
        if (!allowImproper && value.denominator <= value.numerator) {
          return unenterable('the card does not allow improper fractions');
        }
        if (!allowIntegerPart && value.wholeNumber !== 0) {
          return unenterable('the card does not allow a whole-number part');
        }
        return value;
      },
    };
  },
});
