import { expect, test } from '@playwright/test';
import { classify } from '../../planner/classify';
import { normalizeInteraction } from '../../planner/normalize';
import { rulesFor } from '../../planner/rules';
import { isUnenterable } from '../../planner/rules/types';
import { choices, group, interaction, outcome, rule } from '../support/planner-dicts';
import type { Answer } from '../../planner/types';

/**
 * One rule on one card: does the answer, entered as a learner would, satisfy it? The card has a
 * single answer group (to "Next") holding the rule and a default outcome that stays.
 */
function satisfies(
  id: string,
  args: Record<string, unknown>,
  ruleType: string,
  inputs: Record<string, unknown>,
  answer: Answer,
): boolean {
  const card = normalizeInteraction(
    interaction(
      id,
      args,
      [group([rule(ruleType, inputs)], outcome('Next'))],
      outcome('Here', '<p>Again</p>'),
    ),
  );
  const prepared = rulesFor(id)?.prepare(card);
  if (!prepared) throw new Error(`no rules for ${id}`);
  const submitted = prepared.submitted(answer);
  if (isUnenterable(submitted)) throw new Error(`unenterable: ${submitted.unenterable}`);
  const result = classify(card, prepared, submitted);
  if (!result.known) throw new Error(`unknown: ${result.reason}`);
  return result.outcome.ref === 0;
}

interface Case {
  ruleType: string;
  inputs: Record<string, unknown>;
  yes: Answer[];
  no: Answer[];
}

function suite(id: string, args: Record<string, unknown>, cases: Case[], shape = ''): void {
  test.describe(`${id}${shape}`, () => {
    for (const c of cases) {
      test(`${c.ruleType}(${JSON.stringify(c.inputs)})`, () => {
        for (const answer of c.yes) {
          expect(
            satisfies(id, args, c.ruleType, c.inputs, answer),
            `${JSON.stringify(answer)} satisfies it`,
          ).toBe(true);
        }
        for (const answer of c.no) {
          expect(
            satisfies(id, args, c.ruleType, c.inputs, answer),
            `${JSON.stringify(answer)} does not`,
          ).toBe(false);
        }
      });
    }
  });
}

const num = (text: string): Answer => ({ kind: 'NumericInput', text });
const txt = (text: string): Answer => ({ kind: 'TextInput', text });
const frac = (text: string): Answer => ({ kind: 'FractionInput', text });
const units = (text: string): Answer => ({ kind: 'NumberWithUnits', text });
const ratio = (text: string): Answer => ({ kind: 'RatioExpressionInput', text });
const set = (...items: string[]): Answer => ({ kind: 'SetInput', items });
const words = (text: string) => ({ by: 'words' as const, words: text });
const pick = (...texts: string[]): Answer => ({
  kind: 'ItemSelectionInput',
  choices: texts.map(words),
});
const order = (...positions: string[][]): Answer => ({
  kind: 'DragAndDropSortInput',
  ordered: positions.map((p) => p.map(words)),
});
const numeric = (text: string): Answer => ({ kind: 'NumericExpressionInput', text });
const algebraic = (text: string): Answer => ({ kind: 'AlgebraicExpressionInput', text });
const equation = (text: string): Answer => ({ kind: 'MathEquationInput', text });
const fraction = (
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
const quantity = (real: number, ...unitList: Array<[string, number]>) => ({
  type: 'real',
  real,
  fraction: fraction(false, 0, 0, 1),
  units: unitList.map(([unit, exponent]) => ({ unit, exponent })),
});

suite('MultipleChoiceInput', { choices: choices('<p>Ten</p>', '<p>Eleven</p>') }, [
  {
    ruleType: 'Equals',
    inputs: { x: 1 },
    yes: [{ kind: 'MultipleChoiceInput', choiceIndex: 1, choice: words('Eleven') }],
    no: [{ kind: 'MultipleChoiceInput', choiceIndex: 0, choice: words('Ten') }],
  },
]);

suite(
  'ItemSelectionInput',
  { choices: choices('<p>A</p>', '<p>B</p>', '<p>C</p>'), maxAllowableSelectionCount: 3 },
  [
    {
      ruleType: 'Equals',
      inputs: { x: ['ca_choices_0', 'ca_choices_1'] },
      yes: [pick('B', 'A')],
      no: [pick('A'), pick('A', 'B', 'C')],
    },
    {
      ruleType: 'ContainsAtLeastOneOf',
      inputs: { x: ['ca_choices_0', 'ca_choices_1'] },
      yes: [pick('A', 'C')],
      no: [pick('C')],
    },
    {
      ruleType: 'DoesNotContainAtLeastOneOf',
      inputs: { x: ['ca_choices_0', 'ca_choices_1'] },
      yes: [pick('A'), pick('C')],
      no: [pick('A', 'B'), pick('A', 'B', 'C')],
    },
    {
      ruleType: 'IsProperSubsetOf',
      inputs: { x: ['ca_choices_0', 'ca_choices_1'] },
      yes: [pick('A')],
      no: [pick('A', 'B'), pick('C')],
    },
  ],
);

suite(
  'ItemSelectionInput',
  { choices: ['<p>A</p>', '<p>B</p>'], maxAllowableSelectionCount: 2 },
  [
    {
      ruleType: 'Equals',
      inputs: { x: ['<p>A</p>'] },
      yes: [pick('A')],
      no: [pick('B'), pick('A', 'B')],
    },
  ],
  ' (old shape: plain HTML choices and rule inputs)',
);

suite('NumericInput', {}, [
  { ruleType: 'Equals', inputs: { x: 5 }, yes: [num('5'), num(' 5.0 ')], no: [num('5.1')] },
  {
    ruleType: 'IsLessThan',
    inputs: { x: 3 },
    yes: [num('2.99'), num('-4')],
    no: [num('3'), num('4')],
  },
  { ruleType: 'IsGreaterThan', inputs: { x: 3 }, yes: [num('3.01')], no: [num('3')] },
  { ruleType: 'IsLessThanOrEqualTo', inputs: { x: 3 }, yes: [num('3')], no: [num('3.5')] },
  { ruleType: 'IsGreaterThanOrEqualTo', inputs: { x: 3 }, yes: [num('3')], no: [num('2.9')] },
  {
    ruleType: 'IsInclusivelyBetween',
    inputs: { a: 1, b: 2 },
    yes: [num('1'), num('1.5'), num('2')],
    no: [num('2.01'), num('0')],
  },
  {
    ruleType: 'IsWithinTolerance',
    inputs: { tol: 0.5, x: 10 },
    yes: [num('10.5'), num('9.5')],
    no: [num('10.6')],
  },
]);

suite('TextInput', {}, [
  {
    ruleType: 'Equals',
    inputs: { x: { contentId: 'rule_input_1', normalizedStrSet: ['Paris', 'New York'] } },
    yes: [txt('  PARIS '), txt('new   york')],
    no: [txt('Pari'), txt('Paris, France')],
  },
  {
    ruleType: 'StartsWith',
    inputs: { x: { contentId: 'r', normalizedStrSet: ['ab'] } },
    yes: [txt('Abc')],
    no: [txt('cab')],
  },
  {
    ruleType: 'Contains',
    inputs: { x: { contentId: 'r', normalizedStrSet: ['ell'] } },
    yes: [txt('Hello')],
    no: [txt('help')],
  },
  {
    ruleType: 'FuzzyEquals',
    inputs: { x: { contentId: 'r', normalizedStrSet: ['cat'] } },
    yes: [txt('cat'), txt('Cats'), txt('cut'), txt('at')],
    no: [txt('dog'), txt('cast iron')],
  },
  { ruleType: 'Equals', inputs: { x: 'Paris' }, yes: [txt('paris')], no: [txt('London')] },
  {
    ruleType: 'Contains',
    inputs: { x: ['red', 'blue'] },
    yes: [txt('dark blue')],
    no: [txt('green')],
  },
  {
    ruleType: 'CaseSensitiveEquals',
    inputs: { x: 'Paris' },
    yes: [txt('Paris')],
    no: [txt('paris')],
  },
]);

suite('FractionInput', {}, [
  {
    ruleType: 'IsExactlyEqualTo',
    inputs: { f: fraction(false, 0, 1, 2) },
    yes: [frac('1/2'), frac(' 1 / 2 ')],
    no: [frac('2/4')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: fraction(false, 0, 1, 2) },
    yes: [frac('2/4')],
    no: [frac('1/3')],
  },
  {
    ruleType: 'IsEquivalentToAndInSimplestForm',
    inputs: { f: fraction(false, 0, 2, 4) },
    yes: [frac('1/2')],
    no: [frac('2/4')],
  },
  {
    ruleType: 'IsLessThan',
    inputs: { f: fraction(false, 0, 1, 2) },
    yes: [frac('1/3'), frac('-1 1/2')],
    no: [frac('2/3'), frac('1/2')],
  },
  {
    ruleType: 'IsGreaterThan',
    inputs: { f: fraction(false, 0, 1, 2) },
    yes: [frac('2/3'), frac('1')],
    no: [frac('1/3')],
  },
  {
    ruleType: 'HasNumeratorEqualTo',
    inputs: { x: 3 },
    yes: [frac('3/4'), frac('1 3/5')],
    no: [frac('1/3')],
  },
  { ruleType: 'HasDenominatorEqualTo', inputs: { x: 4 }, yes: [frac('3/4')], no: [frac('3/5')] },
  {
    ruleType: 'HasIntegerPartEqualTo',
    inputs: { x: -1 },
    yes: [frac('-1 1/2'), frac('-1')],
    no: [frac('1 1/2')],
  },
  { ruleType: 'HasNoFractionalPart', inputs: {}, yes: [frac('3'), frac('0')], no: [frac('3 1/2')] },
  {
    ruleType: 'HasFractionalPartExactlyEqualTo',
    inputs: { f: fraction(false, 0, 1, 2) },
    yes: [frac('2 1/2')],
    no: [frac('2 2/4')],
  },
]);

suite('NumberWithUnits', {}, [
  {
    ruleType: 'IsEqualTo',
    inputs: { f: quantity(2, ['km', 1]) },
    yes: [units('2 km')],
    no: [units('2000 m'), units('3 km')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: quantity(2, ['km', 1]) },
    yes: [units('2000 m'), units('200000 cm')],
    no: [units('2 m'), units('2 kg')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: quantity(60, ['km', 1], ['hr', -1]) },
    yes: [units('1 km/min'), units('60000 m/hr')],
    no: [units('1 km/s')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: quantity(1, ['kg', 1]) },
    yes: [units('1000 g')],
    no: [units('1000 mg')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: quantity(2, ['hours', 1]) },
    yes: [units('120 min')],
    no: [units('120 s')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: quantity(1, ['dollar', 1]) },
    yes: [units('100 cents'), units('$1')],
    no: [units('Rs 1')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { f: quantity(3, ['m', 2]) },
    yes: [units('30000 cm^2')],
    no: [units('300 cm^2')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: {
      f: {
        type: 'fraction',
        real: 0,
        fraction: fraction(false, 0, 1, 2),
        units: [{ unit: 'kg', exponent: 1 }],
      },
    },
    yes: [units('500 g'), units('1/2 kg')],
    no: [units('5 g')],
  },
]);

suite(
  'DragAndDropSortInput',
  { choices: choices('<p>A</p>', '<p>B</p>', '<p>C</p>'), allowMultipleItemsInSamePosition: true },
  [
    {
      ruleType: 'IsEqualToOrdering',
      inputs: { x: [['ca_choices_0'], ['ca_choices_1'], ['ca_choices_2']] },
      yes: [order(['A'], ['B'], ['C'])],
      no: [order(['B'], ['A'], ['C']), order(['A', 'B'], ['C'])],
    },
    {
      ruleType: 'IsEqualToOrderingWithOneItemAtIncorrectPosition',
      inputs: { x: [['ca_choices_0'], ['ca_choices_1'], ['ca_choices_2']] },
      yes: [order(['A'], ['B', 'C'])],
      no: [order(['A'], ['B'], ['C']), order(['B'], ['A'], ['C'])],
    },
    {
      ruleType: 'HasElementXAtPositionY',
      inputs: { x: 'ca_choices_1', y: 1 },
      yes: [order(['B'], ['A'], ['C'])],
      no: [order(['A'], ['B'], ['C'])],
    },
    {
      ruleType: 'HasElementXBeforeElementY',
      inputs: { x: 'ca_choices_2', y: 'ca_choices_0' },
      yes: [order(['C'], ['A'], ['B'])],
      no: [order(['A'], ['B'], ['C'])],
    },
  ],
);

suite('RatioExpressionInput', {}, [
  {
    ruleType: 'Equals',
    inputs: { x: [1, 2, 3] },
    yes: [ratio('1:2:3'), ratio('1 : 2 : 3')],
    no: [ratio('2:4:6')],
  },
  { ruleType: 'IsEquivalent', inputs: { x: [1, 2] }, yes: [ratio('2:4')], no: [ratio('2:3')] },
  {
    ruleType: 'HasNumberOfTermsEqualTo',
    inputs: { y: 3 },
    yes: [ratio('1:1:1')],
    no: [ratio('1:1')],
  },
  {
    ruleType: 'HasSpecificTermEqualTo',
    inputs: { x: 2, y: 5 },
    yes: [ratio('1:5')],
    no: [ratio('5:1')],
  },
]);

suite('NumericExpressionInput', {}, [
  {
    ruleType: 'MatchesExactlyWith',
    inputs: { x: '2*3+4' },
    yes: [numeric('2 * 3 + 4')],
    no: [numeric('(2*3)+4'), numeric('4+2*3')],
  },
  {
    ruleType: 'MatchesUpToTrivialManipulations',
    inputs: { x: '2*3+4' },
    yes: [numeric('4+3*2')],
    no: [numeric('10')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { x: '2*3+4' },
    yes: [numeric('10'), numeric('20/2')],
    no: [numeric('11')],
  },
]);

suite('AlgebraicExpressionInput', { allowedVariables: ['x', 'y'] }, [
  {
    ruleType: 'MatchesExactlyWith',
    inputs: { x: '(x)^(2)+2*x' },
    yes: [algebraic('(x)^(2) + 2x')],
    no: [algebraic('x^2+2x'), algebraic('2x+x^2')],
  },
  {
    ruleType: 'MatchesUpToTrivialManipulations',
    inputs: { x: '(x)^(2)+2*x' },
    yes: [algebraic('2*x+x^2')],
    no: [algebraic('x(x+2)')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { x: '(x)^(2)+2*x' },
    yes: [algebraic('x(x+2)')],
    no: [algebraic('x^2+2')],
  },
]);

suite('MathEquationInput', { allowedVariables: ['x', 'y'] }, [
  {
    ruleType: 'MatchesExactlyWith',
    inputs: { x: 'y=2*x+1', y: 'both' },
    yes: [equation('y = 2x + 1')],
    no: [equation('y=1+2x')],
  },
  {
    ruleType: 'MatchesExactlyWith',
    inputs: { x: 'y=2*x+1', y: 'lhs' },
    yes: [equation('y=5')],
    no: [equation('2y=2x+1')],
  },
  {
    ruleType: 'MatchesExactlyWith',
    inputs: { x: 'y=2*x+1', y: 'rhs' },
    yes: [equation('2y=2x+1')],
    no: [equation('y=5')],
  },
  {
    ruleType: 'MatchesExactlyWith',
    inputs: { x: 'y=2*x+1', y: 'irrelevant' },
    yes: [equation('y-2*x=1')],
    no: [equation('2*x+1=y'), equation('y=5')],
  },
  {
    ruleType: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'y=2*x+1', y: 'both' },
    yes: [equation('y=1+2x')],
    no: [equation('y=2(x+1)')],
  },
  {
    ruleType: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'y=2*x+1', y: 'irrelevant' },
    yes: [equation('y-2x=1')],
    no: [equation('y=2x')],
  },
  {
    ruleType: 'IsEquivalentTo',
    inputs: { x: 'y=2*x+1' },
    yes: [equation('2*x+1=y'), equation('y-2x-1=0')],
    no: [equation('2y=4x+2'), equation('y=2x')],
  },
]);

suite('SetInput', {}, [
  {
    ruleType: 'Equals',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('b', 'a')],
    no: [set('a'), set('a', 'b', 'c')],
  },
  {
    ruleType: 'IsSubsetOf',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('a')],
    no: [set('a', 'b'), set('z')],
  },
  {
    ruleType: 'IsSupersetOf',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('a', 'b', 'c')],
    no: [set('a', 'b'), set('a', 'c', 'd')],
  },
  {
    ruleType: 'HasElementsIn',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('a', 'z')],
    no: [set('z')],
  },
  {
    ruleType: 'HasElementsNotIn',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('a', 'z')],
    no: [set('a')],
  },
  {
    ruleType: 'OmitsElementsIn',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('a')],
    no: [set('a', 'b')],
  },
  {
    ruleType: 'IsDisjointFrom',
    inputs: { x: { contentId: 'r', unicodeStrSet: ['a', 'b'] } },
    yes: [set('z')],
    no: [set('a', 'z')],
  },
  { ruleType: 'Equals', inputs: { x: ['a', 'b'] }, yes: [set('a', 'b')], no: [set('a')] },
]);

const regions = {
  imagePath: 'place-values.png',
  labeledRegions: [
    {
      label: 'hundreds',
      region: {
        regionType: 'Rectangle',
        area: [
          [0, 0],
          [0.5, 0.5],
        ],
      },
    },
    {
      label: 'tens',
      region: {
        regionType: 'Rectangle',
        area: [
          [0.5, 0],
          [1, 0.5],
        ],
      },
    },
  ],
};
suite('ImageClickInput', { imageAndRegions: regions, highlightRegionsOnHover: false }, [
  {
    ruleType: 'IsInRegion',
    inputs: { x: 'hundreds' },
    yes: [
      { kind: 'ImageClickInput', x: 0.25, y: 0.25, region: 'hundreds' },
      { kind: 'ImageClickInput', x: 0.5, y: 0.5, region: 'hundreds' },
    ],
    no: [
      { kind: 'ImageClickInput', x: 0.75, y: 0.25, region: 'tens' },
      { kind: 'ImageClickInput', x: 0.25, y: 0.75, region: '' },
    ],
  },
]);

test.describe('classification', () => {
  test('a rule type the planner does not know makes the result unknown, not a guess', () => {
    const card = normalizeInteraction(
      interaction(
        'NumericInput',
        {},
        [group([rule('IsPrime', { x: 7 })], outcome('Next'))],
        outcome('Here'),
      ),
    );
    const prepared = rulesFor('NumericInput')?.prepare(card);
    expect(prepared).toBeDefined();
    const result = classify(card, prepared!, 7);
    expect(result).toEqual({ known: false, reason: expect.stringContaining('IsPrime') });
  });

  test('an unknown rule is harmless when an earlier rule of the same group already matched', () => {
    const card = normalizeInteraction(
      interaction(
        'NumericInput',
        {},
        [group([rule('Equals', { x: 7 }), rule('IsPrime', {})], outcome('Next'))],
        outcome('Here'),
      ),
    );
    const result = classify(card, rulesFor('NumericInput')!.prepare(card), 7);
    expect(result.known && result.outcome.dest).toBe('Next');
  });

  test('TextInput training data picks its group when no rule matches', () => {
    const dict = interaction(
      'TextInput',
      {},
      [group([rule('Equals', { x: ['yes'] })], outcome('Next'))],
      outcome('Here'),
    );
    dict.answer_groups![0]!.training_data = ['yep'];
    const card = normalizeInteraction(dict);
    const result = classify(card, rulesFor('TextInput')!.prepare(card), 'yep');
    expect(result.known && result.outcome.ref).toBe(0);
  });

  test('UI refusals: a fraction the card forbids, a negative number, a duplicate set item', () => {
    const fractionCard = normalizeInteraction(
      interaction(
        'FractionInput',
        { requireSimplestForm: true, allowImproperFraction: false, allowNonzeroIntegerPart: false },
        [],
        outcome('Here'),
      ),
    );
    const fractions = rulesFor('FractionInput')!.prepare(fractionCard);
    expect(isUnenterable(fractions.submitted(frac('2/4')))).toBe(true);
    expect(isUnenterable(fractions.submitted(frac('3/2')))).toBe(true);
    expect(isUnenterable(fractions.submitted(frac('1 1/2')))).toBe(true);
    expect(isUnenterable(fractions.submitted(frac('1/2')))).toBe(false);
    expect(isUnenterable(fractions.submitted(frac('one half')))).toBe(true);

    const numberCard = normalizeInteraction(
      interaction('NumericInput', { requireNonnegativeInput: true }, [], outcome('Here')),
    );
    expect(isUnenterable(rulesFor('NumericInput')!.prepare(numberCard).submitted(num('-1')))).toBe(
      true,
    );

    const setCard = normalizeInteraction(interaction('SetInput', {}, [], outcome('Here')));
    expect(isUnenterable(rulesFor('SetInput')!.prepare(setCard).toAnswer(['a', 'a']))).toBe(true);
  });
});
