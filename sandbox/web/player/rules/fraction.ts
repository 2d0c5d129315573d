/**
 * FractionInput: parsing and rules, after Oppia's FractionObjectFactory
 * (core/templates/domain/objects/FractionObjectFactory.ts) and
 * extensions/interactions/FractionInput/directives/fraction-input-rules.service.ts @20142764.
 */
import type { FractionAnswer } from '../types';

export class FractionParseError extends Error {}

const INVALID_CHARS = /[^\d\s/-]/;
const MIXED = /^(?:(\d+)\s+)?(\d+)\s*\/\s*(\d+)$/;
const WHOLE = /^(\d+)$/;

/** Parses learner text such as "1/2", "-1 2/3" or "5" into Oppia's Fraction dict. */
export function parseFraction(raw: string): FractionAnswer {
  let text = raw.trim();
  if (INVALID_CHARS.test(text)) {
    throw new FractionParseError('Please only use numerical digits, spaces or forward slashes (/)');
  }
  let isNegative = false;
  if (text.startsWith('-')) {
    isNegative = true;
    text = text.slice(1).trim();
  }
  const whole = WHOLE.exec(text);
  if (whole) {
    return { isNegative, wholeNumber: Number(whole[1]), numerator: 0, denominator: 1 };
  }
  const mixed = MIXED.exec(text);
  if (!mixed) {
    throw new FractionParseError('Please enter a valid fraction (e.g., 5/3 or 1 2/3)');
  }
  const denominator = Number(mixed[3]);
  if (denominator === 0) {
    throw new FractionParseError('Please do not put 0 in the denominator');
  }
  return {
    isNegative,
    wholeNumber: mixed[1] === undefined ? 0 : Number(mixed[1]),
    numerator: Number(mixed[2]),
    denominator,
  };
}

export function fractionToFloat(f: FractionAnswer): number {
  const value = f.wholeNumber + f.numerator / f.denominator;
  return f.isNegative ? -value : value;
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Oppia's convertToSimplestForm: reduces numerator/denominator, keeps the whole part and sign. */
export function fractionSimplestForm(f: FractionAnswer): FractionAnswer {
  const divisor = gcd(f.numerator, f.denominator) || 1;
  return {
    isNegative: f.isNegative,
    wholeNumber: f.wholeNumber,
    numerator: f.numerator / divisor,
    denominator: f.denominator / divisor,
  };
}

function sameFraction(a: FractionAnswer, b: FractionAnswer): boolean {
  return (
    a.isNegative === b.isNegative &&
    a.wholeNumber === b.wholeNumber &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator
  );
}

/** Text a learner would type for a Fraction dict ("-1 2/3", "3/4", "5"). */
export function formatFraction(f: FractionAnswer): string {
  const sign = f.isNegative ? '-' : '';
  if (f.numerator === 0) return `${sign}${f.wholeNumber}`;
  const part = `${f.numerator}/${f.denominator}`;
  return f.wholeNumber === 0 ? `${sign}${part}` : `${sign}${f.wholeNumber} ${part}`;
}

type FractionInputs = { f: FractionAnswer };
type IntInputs = { x: number };

export const fractionRules = {
  IsExactlyEqualTo: (a: FractionAnswer, i: FractionInputs) => sameFraction(a, i.f),
  IsEquivalentTo: (a: FractionAnswer, i: FractionInputs) =>
    fractionToFloat(a) === fractionToFloat(i.f),
  IsEquivalentToAndInSimplestForm: (a: FractionAnswer, i: FractionInputs) =>
    fractionToFloat(a) === fractionToFloat(i.f) && sameFraction(a, fractionSimplestForm(i.f)),
  IsLessThan: (a: FractionAnswer, i: FractionInputs) => fractionToFloat(a) < fractionToFloat(i.f),
  IsGreaterThan: (a: FractionAnswer, i: FractionInputs) =>
    fractionToFloat(a) > fractionToFloat(i.f),
  HasIntegerPartEqualTo: (a: FractionAnswer, i: IntInputs) =>
    (a.isNegative ? -a.wholeNumber : a.wholeNumber) === i.x,
  HasNumeratorEqualTo: (a: FractionAnswer, i: IntInputs) => a.numerator === i.x,
  HasDenominatorEqualTo: (a: FractionAnswer, i: IntInputs) => a.denominator === i.x,
  HasNoFractionalPart: (a: FractionAnswer) => a.numerator === 0,
  HasFractionalPartExactlyEqualTo: (a: FractionAnswer, i: FractionInputs) =>
    a.numerator === i.f.numerator && a.denominator === i.f.denominator,
};

export interface FractionInputSettings {
  requireSimplestForm: boolean;
  allowImproperFraction: boolean;
  allowNonzeroIntegerPart: boolean;
}

/** The FractionInput component's own checks before it submits (messages as Oppia's i18n strings). */
export function fractionSettingsError(f: FractionAnswer, s: FractionInputSettings): string | null {
  if (s.requireSimplestForm && !sameFraction(f, fractionSimplestForm(f))) {
    return 'Please enter an answer in simplest form (e.g., 1/3 instead of 2/6).';
  }
  if (!s.allowImproperFraction && f.numerator >= f.denominator && f.numerator !== 0) {
    return 'Please enter an answer with a "proper" fractional part (e.g., 1 2/3 instead of 5/3).';
  }
  if (!s.allowNonzeroIntegerPart && f.wholeNumber !== 0) {
    return 'Please enter your answer as a fraction (e.g., 5/3 instead of 1 2/3).';
  }
  return null;
}
