/**
 * RatioExpressionInput: parsing and rules, after Oppia's RatioObjectFactory and
 * extensions/interactions/RatioExpressionInput/directives/ratio-expression-input-rules.service.ts
 * @02982ba5 (+ HasSpecificTermEqualTo from the newer rules spec).
 */
import { gcd } from './fraction';

export class RatioParseError extends Error {}

/** Parses "1:2" or "2 : 3 : 4" into a list of positive integers; messages as Oppia's. */
export function parseRatio(raw: string, numberOfTerms = 0): number[] {
  const text = raw.trim();
  if (text === '') throw new RatioParseError('Please enter a valid ratio (e.g. 1:2 or 1:2:3).');
  if (/::/.test(text.replace(/\s/g, ''))) {
    throw new RatioParseError('Your answer has multiple colons (:) next to each other.');
  }
  if (/\./.test(text) || /\//.test(text)) {
    throw new RatioParseError(
      'For this question, each element in your ratio should be a whole number (not a fraction or a decimal).',
    );
  }
  if (/[^\d\s:]/.test(text)) {
    throw new RatioParseError(
      'Please write a ratio that consists of digits separated by colons (e.g. 1:2 or 1:2:3).',
    );
  }
  if (!/^\d+\s*(:\s*\d+\s*)+$/.test(text)) {
    throw new RatioParseError('Please enter a valid ratio (e.g. 1:2 or 1:2:3).');
  }
  const terms = text.split(':').map((t) => Number(t.trim()));
  if (terms.includes(0)) throw new RatioParseError('Ratios cannot have 0 as an element.');
  if (numberOfTerms > 0 && terms.length !== numberOfTerms) {
    throw new RatioParseError(
      `The creator has specified the number of terms in the answer to be ${numberOfTerms}.`,
    );
  }
  return terms;
}

export function ratioSimplestForm(terms: number[]): number[] {
  const divisor = terms.reduce((g, t) => gcd(g, t), 0) || 1;
  return terms.map((t) => t / divisor);
}

function arrayEquals(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

export const ratioRules = {
  Equals: (a: number[], i: { x: number[] }) => arrayEquals(a, i.x),
  IsEquivalent: (a: number[], i: { x: number[] }) =>
    arrayEquals(ratioSimplestForm(a), ratioSimplestForm(i.x)),
  HasNumberOfTermsEqualTo: (a: number[], i: { y: number }) => a.length === i.y,
  /** x is the 1-based term position, y the wanted value. */
  HasSpecificTermEqualTo: (a: number[], i: { x: number; y: number }) => a[i.x - 1] === i.y,
};
