/**
 * One constructor per Oppia interaction, plus rule helpers grouped by interaction. Customization
 * args and rule inputs use the shapes of extensions/interactions/interaction_specs.json and
 * rule-input-defs.ts (oppia/oppia): SubtitledUnicode placeholders and button texts, TextInput and
 * SetInput rule inputs with their own `contentId`, ItemSelection and DragAndDrop rules by choice
 * content id, Fraction and NumberWithUnits dicts, ratio term lists.
 */
import type { Card, Interaction, Outcome, Question, Rule } from './oppia';
import { unicode } from './oppia';

const rule =
  (rule_type: string, inputs: Record<string, unknown> = {}): Rule =>
  () => ({ rule_type, inputs });

// ---------------------------------------------------------------- cards

/** A card whose learner only reads and presses the Continue button. */
export function continueCard(
  name: string,
  html: string,
  next: string,
  opts: { buttonText?: string; feedback?: string; checkpoint?: boolean } = {},
): Card {
  return {
    name,
    html,
    checkpoint: opts.checkpoint,
    interaction: {
      id: 'Continue',
      args: (ids) => ({ buttonText: unicode(ids, 'buttonText', opts.buttonText ?? 'Continue') }),
      question: { responses: [], otherwise: { dest: next, feedback: opts.feedback } },
    },
  };
}

/** The terminal card. */
export function endCard(name: string, html: string): Card {
  return {
    name,
    html,
    interaction: {
      id: 'EndExploration',
      args: () => ({ recommendedExplorationIds: [] }),
      question: null,
    },
  };
}

export function card(
  name: string,
  html: string,
  interaction: Interaction,
  checkpoint?: boolean,
): Card {
  return { name, html, interaction, checkpoint };
}

// ---------------------------------------------------------------- interactions

export function multipleChoice(
  choices: string[],
  question: Question<never>,
  opts: { shuffle?: boolean } = {},
): Interaction {
  return {
    id: 'MultipleChoiceInput',
    choices,
    args: () => ({ showChoicesInShuffledOrder: opts.shuffle ?? false }),
    question,
  };
}

export function itemSelection(
  choices: string[],
  min: number,
  max: number,
  question: Question<never>,
): Interaction {
  return {
    id: 'ItemSelectionInput',
    choices,
    args: () => ({ maxAllowableSelectionCount: max, minAllowableSelectionCount: min }),
    question,
  };
}

export function numericInput(
  question: Question<number>,
  opts: { requireNonnegativeInput?: boolean } = {},
): Interaction {
  return {
    id: 'NumericInput',
    args: () => ({ requireNonnegativeInput: opts.requireNonnegativeInput ?? false }),
    question,
  };
}

export function textInput(
  question: Question<string>,
  opts: { placeholder?: string; rows?: number; catchMisspellings?: boolean } = {},
): Interaction {
  return {
    id: 'TextInput',
    args: (ids) => ({
      catchMisspellings: opts.catchMisspellings ?? false,
      placeholder: unicode(ids, 'placeholder', opts.placeholder ?? ''),
      rows: opts.rows ?? 1,
    }),
    question,
  };
}

export function fractionInput(
  question: Question<Fraction>,
  opts: {
    requireSimplestForm?: boolean;
    allowImproperFraction?: boolean;
    allowNonzeroIntegerPart?: boolean;
    placeholder?: string;
  } = {},
): Interaction {
  return {
    id: 'FractionInput',
    args: (ids) => ({
      allowImproperFraction: opts.allowImproperFraction ?? true,
      allowNonzeroIntegerPart: opts.allowNonzeroIntegerPart ?? true,
      customPlaceholder: unicode(ids, 'customPlaceholder', opts.placeholder ?? ''),
      requireSimplestForm: opts.requireSimplestForm ?? false,
    }),
    question,
  };
}

export function numberWithUnits(question: Question<NumberWithUnitsValue>): Interaction {
  return { id: 'NumberWithUnits', args: () => ({}), question };
}

export function ratioExpression(
  question: Question<number[]>,
  opts: { numberOfTerms?: number; placeholder?: string } = {},
): Interaction {
  return {
    id: 'RatioExpressionInput',
    args: (ids) => ({
      numberOfTerms: opts.numberOfTerms ?? 0,
      placeholder: unicode(ids, 'placeholder', opts.placeholder ?? ''),
    }),
    question,
  };
}

/** Single-item mode (allowMultipleItemsInSamePosition false); orderings given as choice indexes. */
export function dragAndDrop(choices: string[], question: Question<number[]>): Interaction {
  return {
    id: 'DragAndDropSortInput',
    choices,
    args: () => ({ allowMultipleItemsInSamePosition: false }),
    question,
    solutionAnswer: (answer, choiceIds) =>
      (answer as number[]).map((index) => [choiceIds[index]]),
  };
}

/**
 * Multi-item mode (`allowMultipleItemsInSamePosition: true`): learners may drop several items in
 * one position, and answers are lists of positions, each a list of choice content ids. Orderings
 * are given as positions of choice indexes (`[[0, 2], [1]]`).
 */
export function dragAndDropMulti(choices: string[], question: Question<number[][]>): Interaction {
  return {
    id: 'DragAndDropSortInput',
    choices,
    args: () => ({ allowMultipleItemsInSamePosition: true }),
    question,
    solutionAnswer: (answer, choiceIds) =>
      (answer as number[][]).map((position) => position.map((index) => choiceIds[index])),
  };
}

export function numericExpression(
  question: Question<string>,
  opts: { placeholder?: string; useFractionForDivision?: boolean } = {},
): Interaction {
  return {
    id: 'NumericExpressionInput',
    args: (ids) => ({
      placeholder: unicode(ids, 'placeholder', opts.placeholder ?? 'Type an expression here.'),
      useFractionForDivision: opts.useFractionForDivision ?? false,
    }),
    question,
  };
}

export function algebraicExpression(
  allowedVariables: string[],
  question: Question<string>,
  opts: { useFractionForDivision?: boolean } = {},
): Interaction {
  return {
    id: 'AlgebraicExpressionInput',
    args: () => ({
      allowedVariables,
      useFractionForDivision: opts.useFractionForDivision ?? false,
    }),
    question,
  };
}

export interface Region {
  label: string;
  /** [[x1, y1], [x2, y2]] as fractions of the image's width and height. */
  area: [[number, number], [number, number]];
}

export function imageClick(
  imagePath: string,
  regions: Region[],
  question: Question<never>,
  opts: { highlightRegionsOnHover?: boolean } = {},
): Interaction {
  return {
    id: 'ImageClickInput',
    args: () => ({
      highlightRegionsOnHover: opts.highlightRegionsOnHover ?? false,
      imageAndRegions: {
        imagePath,
        labeledRegions: regions.map(({ label, area }) => ({
          label,
          region: { area, regionType: 'Rectangle' },
        })),
      },
    }),
    question,
  };
}

export function setInput(
  question: Question<string[]>,
  opts: { buttonText?: string } = {},
): Interaction {
  return {
    id: 'SetInput',
    args: (ids) => ({ buttonText: unicode(ids, 'buttonText', opts.buttonText ?? 'Add item') }),
    question,
  };
}

// ---------------------------------------------------------------- answer values

export interface Fraction {
  isNegative: boolean;
  wholeNumber: number;
  numerator: number;
  denominator: number;
}

/** "3/4", "1 1/2" or "-2/3" as Oppia's Fraction dict. */
export function frac(text: string): Fraction {
  const match = /^(-)?\s*(?:(\d+)\s+)?(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`not a fraction: "${text}"`);
  return {
    isNegative: match[1] === '-',
    wholeNumber: Number(match[2] ?? 0),
    numerator: Number(match[3]),
    denominator: Number(match[4]),
  };
}

export interface NumberWithUnitsValue {
  type: 'real' | 'fraction';
  real: number;
  fraction: Fraction;
  units: Array<{ unit: string; exponent: number }>;
}

/** A real number with units, e.g. qty(60, ['km', 1], ['hr', -1]) for "60 km/hr". */
export function qty(real: number, ...units: Array<[string, number]>): NumberWithUnitsValue {
  return {
    type: 'real',
    real,
    fraction: { isNegative: false, wholeNumber: 0, numerator: 0, denominator: 1 },
    units: units.map(([unit, exponent]) => ({ unit, exponent })),
  };
}

// ---------------------------------------------------------------- rules

export const MC = {
  /** The choice at this (original, unshuffled) index. */
  is: (index: number): Rule => rule('Equals', { x: index }),
};

const choiceSet =
  (rule_type: string, indexes: number[]): Rule =>
  (ctx) => ({ rule_type, inputs: { x: indexes.map((i) => ctx.choiceId(i)) } });

export const Items = {
  equals: (...indexes: number[]) => choiceSet('Equals', indexes),
  containsAtLeastOneOf: (...indexes: number[]) => choiceSet('ContainsAtLeastOneOf', indexes),
  doesNotContainAtLeastOneOf: (...indexes: number[]) =>
    choiceSet('DoesNotContainAtLeastOneOf', indexes),
  isProperSubsetOf: (...indexes: number[]) => choiceSet('IsProperSubsetOf', indexes),
};

export const Num = {
  equals: (x: number) => rule('Equals', { x }),
  lessThan: (x: number) => rule('IsLessThan', { x }),
  greaterThan: (x: number) => rule('IsGreaterThan', { x }),
  atMost: (x: number) => rule('IsLessThanOrEqualTo', { x }),
  atLeast: (x: number) => rule('IsGreaterThanOrEqualTo', { x }),
  between: (a: number, b: number) => rule('IsInclusivelyBetween', { a, b }),
  within: (tol: number, x: number) => rule('IsWithinTolerance', { tol, x }),
};

const stringSet =
  (rule_type: string, strings: string[]): Rule =>
  (ctx) => ({
    rule_type,
    inputs: { x: { contentId: ctx.ids.make('rule_input'), normalizedStrSet: strings } },
  });

export const Text = {
  equals: (...s: string[]) => stringSet('Equals', s),
  contains: (...s: string[]) => stringSet('Contains', s),
  startsWith: (...s: string[]) => stringSet('StartsWith', s),
  fuzzyEquals: (...s: string[]) => stringSet('FuzzyEquals', s),
};

export const Frac = {
  exactly: (f: string) => rule('IsExactlyEqualTo', { f: frac(f) }),
  equivalent: (f: string) => rule('IsEquivalentTo', { f: frac(f) }),
  equivalentInSimplestForm: (f: string) => rule('IsEquivalentToAndInSimplestForm', { f: frac(f) }),
  lessThan: (f: string) => rule('IsLessThan', { f: frac(f) }),
  greaterThan: (f: string) => rule('IsGreaterThan', { f: frac(f) }),
  numeratorIs: (x: number) => rule('HasNumeratorEqualTo', { x }),
  denominatorIs: (x: number) => rule('HasDenominatorEqualTo', { x }),
  integerPartIs: (x: number) => rule('HasIntegerPartEqualTo', { x }),
  noFractionalPart: () => rule('HasNoFractionalPart'),
};

export const Units = {
  equals: (f: NumberWithUnitsValue) => rule('IsEqualTo', { f }),
  equivalent: (f: NumberWithUnitsValue) => rule('IsEquivalentTo', { f }),
};

export const Ratio = {
  equals: (...x: number[]) => rule('Equals', { x }),
  equivalent: (...x: number[]) => rule('IsEquivalent', { x }),
  termCount: (y: number) => rule('HasNumberOfTermsEqualTo', { y }),
  termIs: (x: number, y: number) => rule('HasSpecificTermEqualTo', { x, y }),
};

export const Order = {
  /** The whole ordering, as choice indexes from first to last. */
  is: (...indexes: number[]): Rule => (ctx) => ({
    rule_type: 'IsEqualToOrdering',
    inputs: { x: indexes.map((i) => [ctx.choiceId(i)]) },
  }),
  offByOne: (...indexes: number[]): Rule => (ctx) => ({
    rule_type: 'IsEqualToOrderingWithOneItemAtIncorrectPosition',
    inputs: { x: indexes.map((i) => [ctx.choiceId(i)]) },
  }),
  /** Multi-item orderings: each position a list of choice indexes. */
  isGroups: (...positions: number[][]): Rule => (ctx) => ({
    rule_type: 'IsEqualToOrdering',
    inputs: { x: positions.map((group) => group.map((i) => ctx.choiceId(i))) },
  }),
  offByOneGroups: (...positions: number[][]): Rule => (ctx) => ({
    rule_type: 'IsEqualToOrderingWithOneItemAtIncorrectPosition',
    inputs: { x: positions.map((group) => group.map((i) => ctx.choiceId(i))) },
  }),
  /** Choice `index` at 1-based `position`. */
  at: (index: number, position: number): Rule => (ctx) => ({
    rule_type: 'HasElementXAtPositionY',
    inputs: { x: ctx.choiceId(index), y: position },
  }),
  before: (first: number, second: number): Rule => (ctx) => ({
    rule_type: 'HasElementXBeforeElementY',
    inputs: { x: ctx.choiceId(first), y: ctx.choiceId(second) },
  }),
};

export const Expr = {
  exactly: (x: string) => rule('MatchesExactlyWith', { x }),
  upToTrivialManipulations: (x: string) => rule('MatchesUpToTrivialManipulations', { x }),
  equivalent: (x: string) => rule('IsEquivalentTo', { x }),
};

export const Click = {
  inRegion: (label: string) => rule('IsInRegion', { x: label }),
};

const unicodeSet =
  (rule_type: string, strings: string[]): Rule =>
  (ctx) => ({
    rule_type,
    inputs: { x: { contentId: ctx.ids.make('rule_input'), unicodeStrSet: strings } },
  });

export const Set_ = {
  equals: (...s: string[]) => unicodeSet('Equals', s),
  isSubsetOf: (...s: string[]) => unicodeSet('IsSubsetOf', s),
  isSupersetOf: (...s: string[]) => unicodeSet('IsSupersetOf', s),
  hasElementsIn: (...s: string[]) => unicodeSet('HasElementsIn', s),
  hasElementsNotIn: (...s: string[]) => unicodeSet('HasElementsNotIn', s),
  omitsElementsIn: (...s: string[]) => unicodeSet('OmitsElementsIn', s),
  isDisjointFrom: (...s: string[]) => unicodeSet('IsDisjointFrom', s),
};

/** Shorthand for an outcome that keeps the learner on `card` with feedback. */
export const stay = (card: string, feedback: string, correct = false): Outcome => ({
  dest: card,
  feedback,
  correct,
});
