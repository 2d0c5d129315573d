/**
 * Oppia's answer rules, one function per (interaction id, rule type), mirroring
 * extensions/interactions/<Id>/directives/<id>-rules.service.ts. Pure functions: no DOM, so they
 * run in Node for the unit tests (tests/sandbox/web-rules.spec.ts).
 */
import type { ImageClickAnswer } from '../types';
import { fractionRules } from './fraction';
import { equationRules, expressionRules, numericExpressionRules } from './math-rules';
import { ratioRules } from './ratio';
import { numberWithUnitsRules } from './units';

// Rule inputs come straight from exploration JSON, so every rule takes them loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RuleFunction = (answer: any, inputs: any) => boolean;

/** Oppia's NormalizeWhitespacePipe: trim, then collapse runs of 2+ whitespace into one space. */
export function normalizeWhitespace(text: string): string {
  return text.trim().replace(/\s{2,}/g, ' ');
}

/**
 * TextInput rule input x: `{contentId, normalizedStrSet}` (states schema >= 42); older YAML has a
 * plain string or list.
 */
export function textRuleStrings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.map(String);
  if (x && typeof x === 'object' && 'normalizedStrSet' in x) {
    return (x as { normalizedStrSet: unknown[] }).normalizedStrSet.map(String);
  }
  throw new TypeError(`TextInput rule input has an unknown shape: ${JSON.stringify(x)}`);
}

/** SetInput rule input x: `{contentId, unicodeStrSet}`, or a plain list in older YAML. */
export function setRuleStrings(x: unknown): string[] {
  if (Array.isArray(x)) return x.map(String);
  if (x && typeof x === 'object' && 'unicodeStrSet' in x) {
    return (x as { unicodeStrSet: unknown[] }).unicodeStrSet.map(String);
  }
  throw new TypeError(`SetInput rule input has an unknown shape: ${JSON.stringify(x)}`);
}

function lowerNormalized(text: string): string {
  return normalizeWhitespace(text).toLowerCase();
}

/** Levenshtein distance is exactly one (or the strings are equal), as Oppia's FuzzyEquals. */
export function withinOneEdit(input: string, match: string): boolean {
  if (input === match) return true;
  const rows: number[][] = [];
  for (let i = 0; i <= input.length; i++) rows.push([i]);
  for (let j = 1; j <= match.length; j++) (rows[0] as number[]).push(j);
  for (let i = 1; i <= input.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= match.length; j++) {
      row[j] =
        input.charAt(i - 1) === match.charAt(j - 1)
          ? (prev[j - 1] as number)
          : Math.min(prev[j - 1] as number, row[j - 1] as number, prev[j] as number) + 1;
    }
  }
  return (rows[input.length] as number[])[match.length] === 1;
}

const textRules: Record<string, RuleFunction> = {
  Equals: (a: string, i: { x: unknown }) =>
    textRuleStrings(i.x).some((s) => lowerNormalized(s) === lowerNormalized(a)),
  FuzzyEquals: (a: string, i: { x: unknown }) =>
    textRuleStrings(i.x).some((s) => withinOneEdit(lowerNormalized(s), lowerNormalized(a))),
  StartsWith: (a: string, i: { x: unknown }) =>
    textRuleStrings(i.x).some((s) => lowerNormalized(a).indexOf(lowerNormalized(s)) === 0),
  Contains: (a: string, i: { x: unknown }) =>
    textRuleStrings(i.x).some((s) => lowerNormalized(a).includes(lowerNormalized(s))),
  // Old rule (rule_templates.json); kept for old YAML.
  CaseSensitiveEquals: (a: string, i: { x: unknown }) =>
    textRuleStrings(i.x).some((s) => normalizeWhitespace(s) === normalizeWhitespace(a)),
};

const numericRules: Record<string, RuleFunction> = {
  Equals: (a: number, i: { x: number }) => a === Number(i.x),
  IsLessThan: (a: number, i: { x: number }) => a < Number(i.x),
  IsGreaterThan: (a: number, i: { x: number }) => a > Number(i.x),
  IsLessThanOrEqualTo: (a: number, i: { x: number }) => a <= Number(i.x),
  IsGreaterThanOrEqualTo: (a: number, i: { x: number }) => a >= Number(i.x),
  IsInclusivelyBetween: (a: number, i: { a: number; b: number }) =>
    a >= Number(i.a) && a <= Number(i.b),
  IsWithinTolerance: (a: number, i: { x: number; tol: number }) =>
    a >= Number(i.x) - Number(i.tol) && a <= Number(i.x) + Number(i.tol),
};

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

const itemSelectionRules: Record<string, RuleFunction> = {
  Equals: (a: string[], i: { x: string[] }) => {
    const answer = unique(a);
    const input = unique(i.x);
    return answer.length === input.length && answer.every((v) => input.includes(v));
  },
  ContainsAtLeastOneOf: (a: string[], i: { x: string[] }) => unique(a).some((v) => i.x.includes(v)),
  DoesNotContainAtLeastOneOf: (a: string[], i: { x: string[] }) =>
    unique(i.x).some((v) => !a.includes(v)),
  IsProperSubsetOf: (a: string[], i: { x: string[] }) => {
    const answer = unique(a);
    const input = unique(i.x);
    return answer.length < input.length && answer.every((v) => input.includes(v));
  },
};

const setRules: Record<string, RuleFunction> = {
  Equals: (a: string[], i: { x: unknown }) => {
    const x = setRuleStrings(i.x);
    return a.length === x.length && x.every((v) => a.includes(v));
  },
  IsSubsetOf: (a: string[], i: { x: unknown }) => {
    const x = setRuleStrings(i.x);
    return a.length < x.length && a.every((v) => x.includes(v));
  },
  IsSupersetOf: (a: string[], i: { x: unknown }) => {
    const x = setRuleStrings(i.x);
    return a.length > x.length && x.every((v) => a.includes(v));
  },
  HasElementsIn: (a: string[], i: { x: unknown }) => setRuleStrings(i.x).some((v) => a.includes(v)),
  HasElementsNotIn: (a: string[], i: { x: unknown }) => {
    const x = setRuleStrings(i.x);
    return a.some((v) => !x.includes(v));
  },
  OmitsElementsIn: (a: string[], i: { x: unknown }) =>
    setRuleStrings(i.x).some((v) => !a.includes(v)),
  IsDisjointFrom: (a: string[], i: { x: unknown }) =>
    setRuleStrings(i.x).every((v) => !a.includes(v)),
};

function dndEquality(answer: string[][], x: string[][]): boolean {
  for (let i = 0; i < answer.length; i++) {
    const group = answer[i] as string[];
    const wanted = x[i];
    if (!wanted || group.length !== wanted.length) return false;
    if (group.some((id) => !wanted.includes(id))) return false;
  }
  return true;
}

function dndMismatches(answer: string[][], x: string[][]): number {
  let mismatches = 0;
  for (let i = 0; i < Math.min(x.length, answer.length); i++) {
    const a = answer[i] as string[];
    const w = x[i] as string[];
    for (let j = 0; j < Math.max(a.length, w.length); j++) {
      if (w.length > a.length) {
        if (!a.includes(w[j] as string)) mismatches++;
      } else if (!w.includes(a[j] as string)) {
        mismatches++;
      }
    }
  }
  return mismatches;
}

const dragAndDropRules: Record<string, RuleFunction> = {
  IsEqualToOrdering: (a: string[][], i: { x: string[][] }) =>
    a.length === i.x.length && dndEquality(a, i.x),
  IsEqualToOrderingWithOneItemAtIncorrectPosition: (a: string[][], i: { x: string[][] }) =>
    dndMismatches(a, i.x) === 1,
  HasElementXAtPositionY: (a: string[][], i: { x: string; y: number }) => {
    const position = a.findIndex((group) => group.includes(i.x));
    return position !== -1 && position + 1 === i.y;
  },
  HasElementXBeforeElementY: (a: string[][], i: { x: string; y: string }) => {
    let indexX = -1;
    let indexY = -1;
    a.forEach((group, index) => {
      if (group.includes(i.x)) indexX = index;
      if (group.includes(i.y)) indexY = index;
    });
    return indexX < indexY;
  },
};

/**
 * InteractiveMap (interactive-map-rules.service.ts @1e042a80): the haversine distance in km, Earth
 * radius 6371, from the rule's point p to the answer [lat, lng]; Within is <= d, NotWithin > d.
 */
function distanceInKm(point1: number[], point2: number[]): number {
  const rad = (angle: number) => (angle / 180) * Math.PI;
  const lat1 = rad(Number(point1[0]));
  const lat2 = rad(Number(point2[0]));
  const dLat = rad(Number(point2[0]) - Number(point1[0]));
  const dLng = rad(Number(point2[1]) - Number(point1[1]));
  const h =
    Math.pow(Math.sin(dLat / 2), 2) +
    Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLng / 2), 2);
  return 6371.0 * 2 * Math.asin(Math.sqrt(h));
}

const interactiveMapRules: Record<string, RuleFunction> = {
  Within: (a: number[], i: { p: number[]; d: number }) => distanceInKm(i.p, a) <= i.d,
  NotWithin: (a: number[], i: { p: number[]; d: number }) => distanceInKm(i.p, a) > i.d,
};

/** Rule functions by interaction id, then rule type. */
export const RULES: Record<string, Record<string, RuleFunction>> = {
  Continue: {},
  EndExploration: {},
  MultipleChoiceInput: { Equals: (a: number, i: { x: number }) => a === Number(i.x) },
  ItemSelectionInput: itemSelectionRules,
  NumericInput: numericRules,
  TextInput: textRules,
  FractionInput: fractionRules as Record<string, RuleFunction>,
  NumberWithUnits: numberWithUnitsRules as Record<string, RuleFunction>,
  RatioExpressionInput: ratioRules as Record<string, RuleFunction>,
  DragAndDropSortInput: dragAndDropRules,
  NumericExpressionInput: numericExpressionRules as Record<string, RuleFunction>,
  AlgebraicExpressionInput: expressionRules as Record<string, RuleFunction>,
  MathEquationInput: equationRules as Record<string, RuleFunction>,
  ImageClickInput: {
    IsInRegion: (a: ImageClickAnswer, i: { x: string }) => a.clickedRegions.indexOf(i.x) !== -1,
  },
  SetInput: setRules,
  InteractiveMap: interactiveMapRules,
};

export class UnknownRuleError extends Error {}

/** Evaluates one rule; an interaction or rule type the sandbox does not know is an error. */
export function evaluateRule(
  interactionId: string,
  ruleType: string,
  answer: unknown,
  inputs: Record<string, unknown>,
): boolean {
  const rules = RULES[interactionId];
  if (!rules) throw new UnknownRuleError(`The sandbox player has no rules for "${interactionId}".`);
  const rule = rules[ruleType];
  if (!rule) {
    throw new UnknownRuleError(
      `${interactionId} has no rule "${ruleType}" (known: ${Object.keys(rules).join(', ')}).`,
    );
  }
  return rule(answer, inputs) === true;
}
