/**
 * Oppia's Fraction object as the planner needs it: parsing what a learner types, printing it back,
 * and the forms a rational number can be typed in. Mirrors core/templates/domain/objects/
 * fraction.model.ts @ 09f0a531 (fromRawInputString, toString, toFloat, getIntegerPart,
 * convertToSimplestForm: divides numerator and denominator by their gcd, keeps the whole part).
 */
import type { FractionDict } from '../types';
import { gcd, numberInput } from './numbers';

export function isFractionDict(value: unknown): value is FractionDict {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['isNegative'] === 'boolean' &&
    numberInput(v['wholeNumber']) !== null &&
    numberInput(v['numerator']) !== null &&
    numberInput(v['denominator']) !== null
  );
}

/** Fraction.fromRawInputString; null where Oppia raises a parsing error. */
export function parseFraction(raw: string): FractionDict | null {
  if (/[^\d\s/-]/.test(raw)) return null;
  if (!/^\s*-?\s*((\d*\s*\d+\s*\/\s*\d+)|\d+)\s*$/.test(raw)) return null;
  let text = raw.trim();
  let isNegative = false;
  if (text.startsWith('-')) {
    isNegative = true;
    text = text.slice(1);
  }
  const numbers = text
    .split(/\/|\s/g)
    .filter(Boolean)
    .map((t) => parseInt(t, 10));
  let wholeNumber = 0;
  let numerator = 0;
  let denominator = 1;
  if (numbers.length === 1) [wholeNumber] = numbers as [number];
  else if (numbers.length === 2) [numerator, denominator] = numbers as [number, number];
  else [wholeNumber, numerator, denominator] = numbers as [number, number, number];
  if (denominator === 0) return null;
  return { isNegative, wholeNumber, numerator, denominator };
}

/** Fraction.toString: "1/2", "-1 2/3", "3", "0". */
export function fractionToString(f: FractionDict): string {
  let text = f.numerator !== 0 ? `${f.numerator}/${f.denominator}` : '';
  if (f.wholeNumber !== 0) text = `${f.wholeNumber} ${text}`.trim();
  if (f.isNegative && text !== '') text = `-${text}`;
  return text === '' ? '0' : text;
}

export function fractionToFloat(f: FractionDict): number {
  const value = (f.wholeNumber * f.denominator + f.numerator) / f.denominator;
  return f.isNegative ? -value : value;
}

export function integerPart(f: FractionDict): number {
  return f.isNegative ? -f.wholeNumber : f.wholeNumber;
}

export function simplestForm(f: FractionDict): FractionDict {
  const g = gcd(f.numerator, f.denominator) || 1;
  return { ...f, numerator: f.numerator / g, denominator: f.denominator / g };
}

export function sameFraction(a: FractionDict, b: FractionDict): boolean {
  return (
    a.isNegative === b.isNegative &&
    a.wholeNumber === b.wholeNumber &&
    a.numerator === b.numerator &&
    a.denominator === b.denominator
  );
}

/** p/q as exact integers, scaled so that q > 0 (p, q come from fractions with small terms). */
export interface Rational {
  p: number;
  q: number;
}

export function rationalOf(f: FractionDict): Rational {
  const p = f.wholeNumber * f.denominator + f.numerator;
  return { p: f.isNegative ? -p : p, q: f.denominator };
}

/** The ways a learner may type p/q: simplest improper ("3/2"), mixed ("1 1/2"), unsimplified. */
export function formsOf({ p, q }: Rational): FractionDict[] {
  if (q === 0 || !Number.isInteger(p) || !Number.isInteger(q)) return [];
  const sign = p * q < 0;
  const g = gcd(p, q) || 1;
  const n = Math.abs(p) / g;
  const d = Math.abs(q) / g;
  const whole = Math.floor(n / d);
  const remainder = n % d;
  const forms: FractionDict[] = [
    remainder === 0
      ? { isNegative: sign, wholeNumber: whole, numerator: 0, denominator: 1 }
      : { isNegative: sign, wholeNumber: 0, numerator: n, denominator: d },
    { isNegative: sign, wholeNumber: whole, numerator: remainder, denominator: d },
    { isNegative: sign, wholeNumber: 0, numerator: n * 2, denominator: d * 2 },
    { isNegative: sign, wholeNumber: 0, numerator: n, denominator: d },
  ];
  return forms.filter((f, i) => forms.findIndex((o) => sameFraction(o, f)) === i);
}
