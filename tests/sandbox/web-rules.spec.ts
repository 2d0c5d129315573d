import { expect, test } from '@playwright/test';
import { classifyAnswer } from '../../sandbox/web/player/classify';
import { evaluateRule, RULES, UnknownRuleError } from '../../sandbox/web/player/rules/index';
import {
  fractionSettingsError,
  formatFraction,
  parseFraction,
} from '../../sandbox/web/player/rules/fraction';
import { parseNumberWithUnits } from '../../sandbox/web/player/rules/units';
import { parseRatio } from '../../sandbox/web/player/rules/ratio';
import type { InteractionDict, OutcomeDict } from '../../sandbox/web/player/types';

/** Evaluates one rule the way the player does. */
function rule(id: string, type: string, answer: unknown, inputs: Record<string, unknown>) {
  return evaluateRule(id, type, answer, inputs);
}

const strSet = (...s: string[]) => ({ contentId: 'rule_input_1', normalizedStrSet: s });
const uniSet = (...s: string[]) => ({ contentId: 'rule_input_2', unicodeStrSet: s });

test.describe('MultipleChoiceInput', () => {
  test('Equals compares the original choice index', () => {
    expect(rule('MultipleChoiceInput', 'Equals', 2, { x: 2 })).toBe(true);
    expect(rule('MultipleChoiceInput', 'Equals', 1, { x: 2 })).toBe(false);
  });
});

test.describe('ItemSelectionInput', () => {
  const x = ['ca_choices_0', 'ca_choices_1'];

  test('Equals ignores order and duplicates', () => {
    expect(rule('ItemSelectionInput', 'Equals', ['ca_choices_1', 'ca_choices_0'], { x })).toBe(
      true,
    );
    expect(rule('ItemSelectionInput', 'Equals', ['ca_choices_1'], { x })).toBe(false);
  });

  test('ContainsAtLeastOneOf / DoesNotContainAtLeastOneOf / IsProperSubsetOf', () => {
    expect(
      rule('ItemSelectionInput', 'ContainsAtLeastOneOf', ['ca_choices_1', 'ca_choices_2'], { x }),
    ).toBe(true);
    expect(rule('ItemSelectionInput', 'ContainsAtLeastOneOf', ['ca_choices_2'], { x })).toBe(false);
    expect(rule('ItemSelectionInput', 'DoesNotContainAtLeastOneOf', ['ca_choices_0'], { x })).toBe(
      true,
    );
    expect(rule('ItemSelectionInput', 'DoesNotContainAtLeastOneOf', x, { x })).toBe(false);
    expect(rule('ItemSelectionInput', 'IsProperSubsetOf', ['ca_choices_0'], { x })).toBe(true);
    expect(rule('ItemSelectionInput', 'IsProperSubsetOf', x, { x })).toBe(false);
  });
});

test.describe('NumericInput', () => {
  test('every comparison rule', () => {
    expect(rule('NumericInput', 'Equals', 42, { x: 42 })).toBe(true);
    expect(rule('NumericInput', 'Equals', 42.5, { x: 42 })).toBe(false);
    expect(rule('NumericInput', 'IsLessThan', 3, { x: 4 })).toBe(true);
    expect(rule('NumericInput', 'IsLessThan', 4, { x: 4 })).toBe(false);
    expect(rule('NumericInput', 'IsGreaterThan', 5, { x: 4 })).toBe(true);
    expect(rule('NumericInput', 'IsLessThanOrEqualTo', 4, { x: 4 })).toBe(true);
    expect(rule('NumericInput', 'IsGreaterThanOrEqualTo', 3, { x: 4 })).toBe(false);
    expect(rule('NumericInput', 'IsInclusivelyBetween', 5, { a: 5, b: 7 })).toBe(true);
    expect(rule('NumericInput', 'IsInclusivelyBetween', 7.5, { a: 5, b: 7 })).toBe(false);
    expect(rule('NumericInput', 'IsWithinTolerance', 10.4, { x: 10, tol: 0.5 })).toBe(true);
    expect(rule('NumericInput', 'IsWithinTolerance', 10.6, { x: 10, tol: 0.5 })).toBe(false);
  });
});

test.describe('TextInput', () => {
  test('Equals is case-insensitive and normalises whitespace', () => {
    expect(rule('TextInput', 'Equals', '  Hello   World ', { x: strSet('hello world') })).toBe(
      true,
    );
    expect(rule('TextInput', 'Equals', 'hello', { x: strSet('bye', 'HELLO') })).toBe(true);
    expect(rule('TextInput', 'Equals', 'helloworld', { x: strSet('hello world') })).toBe(false);
  });

  test('FuzzyEquals allows exactly one edit', () => {
    expect(rule('TextInput', 'FuzzyEquals', 'ppple', { x: strSet('apple') })).toBe(true);
    expect(rule('TextInput', 'FuzzyEquals', 'aple', { x: strSet('apple') })).toBe(true);
    expect(rule('TextInput', 'FuzzyEquals', 'Apple', { x: strSet('apple') })).toBe(true);
    expect(rule('TextInput', 'FuzzyEquals', 'aplpe', { x: strSet('apple') })).toBe(false);
  });

  test('StartsWith and Contains', () => {
    expect(rule('TextInput', 'StartsWith', 'Photosynthesis is', { x: strSet('photo') })).toBe(true);
    expect(rule('TextInput', 'StartsWith', 'a photo', { x: strSet('photo') })).toBe(false);
    expect(rule('TextInput', 'Contains', 'a  big Cat', { x: strSet('big cat') })).toBe(true);
    expect(rule('TextInput', 'Contains', 'a dog', { x: strSet('cat') })).toBe(false);
  });

  test('older YAML shapes (plain string, plain list) still work', () => {
    expect(rule('TextInput', 'Equals', 'Two', { x: 'two' })).toBe(true);
    expect(rule('TextInput', 'Equals', 'Two', { x: ['one', 'two'] })).toBe(true);
  });
});

test.describe('FractionInput', () => {
  test('parses learner text the way Oppia does', () => {
    expect(parseFraction('1/2')).toEqual({
      isNegative: false,
      wholeNumber: 0,
      numerator: 1,
      denominator: 2,
    });
    expect(parseFraction(' -1 2/3 ')).toEqual({
      isNegative: true,
      wholeNumber: 1,
      numerator: 2,
      denominator: 3,
    });
    expect(parseFraction('5')).toEqual({
      isNegative: false,
      wholeNumber: 5,
      numerator: 0,
      denominator: 1,
    });
    expect(() => parseFraction('1/0')).toThrow(/denominator/);
    expect(() => parseFraction('1.5')).toThrow(/numerical digits/);
    expect(() => parseFraction('1//2')).toThrow(/valid fraction/);
    expect(formatFraction(parseFraction('-1 2/3'))).toBe('-1 2/3');
  });

  const half = parseFraction('1/2');

  test('equality and ordering rules', () => {
    expect(rule('FractionInput', 'IsExactlyEqualTo', parseFraction('1/2'), { f: half })).toBe(true);
    expect(rule('FractionInput', 'IsExactlyEqualTo', parseFraction('2/4'), { f: half })).toBe(
      false,
    );
    expect(rule('FractionInput', 'IsEquivalentTo', parseFraction('2/4'), { f: half })).toBe(true);
    expect(
      rule('FractionInput', 'IsEquivalentToAndInSimplestForm', parseFraction('1/2'), {
        f: parseFraction('2/4'),
      }),
    ).toBe(true);
    expect(
      rule('FractionInput', 'IsEquivalentToAndInSimplestForm', parseFraction('2/4'), { f: half }),
    ).toBe(false);
    expect(rule('FractionInput', 'IsLessThan', parseFraction('1/3'), { f: half })).toBe(true);
    expect(rule('FractionInput', 'IsGreaterThan', parseFraction('-1 1/2'), { f: half })).toBe(
      false,
    );
  });

  test('part rules', () => {
    const mixed = parseFraction('-2 3/4');
    expect(rule('FractionInput', 'HasIntegerPartEqualTo', mixed, { x: -2 })).toBe(true);
    expect(rule('FractionInput', 'HasNumeratorEqualTo', mixed, { x: 3 })).toBe(true);
    expect(rule('FractionInput', 'HasDenominatorEqualTo', mixed, { x: 4 })).toBe(true);
    expect(rule('FractionInput', 'HasNoFractionalPart', parseFraction('3'), {})).toBe(true);
    expect(rule('FractionInput', 'HasNoFractionalPart', mixed, {})).toBe(false);
    expect(
      rule('FractionInput', 'HasFractionalPartExactlyEqualTo', mixed, { f: parseFraction('3/4') }),
    ).toBe(true);
  });

  test('customization settings reject answers before they are submitted', () => {
    const strict = {
      requireSimplestForm: true,
      allowImproperFraction: false,
      allowNonzeroIntegerPart: false,
    };
    expect(fractionSettingsError(parseFraction('2/4'), strict)).toMatch(/simplest form/);
    expect(fractionSettingsError(parseFraction('5/3'), strict)).toMatch(/proper/);
    expect(fractionSettingsError(parseFraction('1 1/3'), strict)).toMatch(/as a fraction/);
    expect(fractionSettingsError(parseFraction('1/3'), strict)).toBeNull();
  });
});

test.describe('NumberWithUnits', () => {
  test('parses numbers with units', () => {
    expect(parseNumberWithUnits('2 km')).toMatchObject({
      type: 'real',
      real: 2,
      units: [{ unit: 'km', exponent: 1 }],
    });
    expect(parseNumberWithUnits('3 km/hr').units).toEqual([
      { unit: 'km', exponent: 1 },
      { unit: 'hr', exponent: -1 },
    ]);
    expect(parseNumberWithUnits('9.8 m/s^2').units).toEqual([
      { unit: 'm', exponent: 1 },
      { unit: 's', exponent: -2 },
    ]);
    expect(parseNumberWithUnits('1/2 kg')).toMatchObject({
      type: 'fraction',
      fraction: { numerator: 1, denominator: 2 },
    });
    expect(parseNumberWithUnits('$ 5').units).toEqual([{ unit: '$', exponent: 1 }]);
    expect(() => parseNumberWithUnits('km')).toThrow(/valid number/);
  });

  test('IsEqualTo needs the same number and units', () => {
    const f = parseNumberWithUnits('2 km');
    expect(rule('NumberWithUnits', 'IsEqualTo', parseNumberWithUnits('2 km'), { f })).toBe(true);
    expect(rule('NumberWithUnits', 'IsEqualTo', parseNumberWithUnits('2000 m'), { f })).toBe(false);
  });

  test('IsEquivalentTo converts units', () => {
    const f = parseNumberWithUnits('2 km');
    expect(rule('NumberWithUnits', 'IsEquivalentTo', parseNumberWithUnits('2000 m'), { f })).toBe(
      true,
    );
    expect(rule('NumberWithUnits', 'IsEquivalentTo', parseNumberWithUnits('2000 g'), { f })).toBe(
      false,
    );
    const speed = parseNumberWithUnits('36 km/hr');
    expect(
      rule('NumberWithUnits', 'IsEquivalentTo', parseNumberWithUnits('10 m/s'), { f: speed }),
    ).toBe(true);
    expect(
      rule('NumberWithUnits', 'IsEquivalentTo', parseNumberWithUnits('1/2 hr'), {
        f: parseNumberWithUnits('30 min'),
      }),
    ).toBe(true);
  });
});

test.describe('RatioExpressionInput', () => {
  test('parses ratios and rejects bad ones', () => {
    expect(parseRatio('1:2')).toEqual([1, 2]);
    expect(parseRatio(' 2 : 4 : 6 ')).toEqual([2, 4, 6]);
    expect(() => parseRatio('1:0')).toThrow(/0 as an element/);
    expect(() => parseRatio('1.5:2')).toThrow(/whole number/);
    expect(() => parseRatio('1::2')).toThrow(/multiple colons/);
    expect(() => parseRatio('1:2', 3)).toThrow(/number of terms/);
  });

  test('every rule', () => {
    expect(rule('RatioExpressionInput', 'Equals', [1, 2], { x: [1, 2] })).toBe(true);
    expect(rule('RatioExpressionInput', 'Equals', [2, 4], { x: [1, 2] })).toBe(false);
    expect(rule('RatioExpressionInput', 'IsEquivalent', [2, 4], { x: [1, 2] })).toBe(true);
    expect(rule('RatioExpressionInput', 'HasNumberOfTermsEqualTo', [1, 2, 3], { y: 3 })).toBe(true);
    expect(rule('RatioExpressionInput', 'HasSpecificTermEqualTo', [2, 4, 6], { x: 2, y: 4 })).toBe(
      true,
    );
    expect(rule('RatioExpressionInput', 'HasSpecificTermEqualTo', [2, 4, 6], { x: 4, y: 6 })).toBe(
      false,
    );
  });
});

test.describe('DragAndDropSortInput', () => {
  const x = [['a'], ['b'], ['c']];

  test('IsEqualToOrdering and one item at an incorrect position', () => {
    expect(rule('DragAndDropSortInput', 'IsEqualToOrdering', [['a'], ['b'], ['c']], { x })).toBe(
      true,
    );
    expect(rule('DragAndDropSortInput', 'IsEqualToOrdering', [['b'], ['a'], ['c']], { x })).toBe(
      false,
    );
    expect(
      rule(
        'DragAndDropSortInput',
        'IsEqualToOrderingWithOneItemAtIncorrectPosition',
        [['a', 'b'], ['c']],
        { x: [['a'], ['b'], ['c']] },
      ),
    ).toBe(false);
    expect(
      rule(
        'DragAndDropSortInput',
        'IsEqualToOrderingWithOneItemAtIncorrectPosition',
        [['a'], ['b', 'c']],
        { x: [['a'], ['b'], ['c']] },
      ),
    ).toBe(true);
  });

  test('HasElementXAtPositionY and HasElementXBeforeElementY', () => {
    expect(
      rule('DragAndDropSortInput', 'HasElementXAtPositionY', [['b'], ['a']], { x: 'a', y: 2 }),
    ).toBe(true);
    expect(
      rule('DragAndDropSortInput', 'HasElementXAtPositionY', [['b'], ['a']], { x: 'a', y: 1 }),
    ).toBe(false);
    expect(
      rule('DragAndDropSortInput', 'HasElementXBeforeElementY', [['a'], ['b']], { x: 'a', y: 'b' }),
    ).toBe(true);
    expect(
      rule('DragAndDropSortInput', 'HasElementXBeforeElementY', [['b'], ['a']], { x: 'a', y: 'b' }),
    ).toBe(false);
  });
});

test.describe('InteractiveMap', () => {
  // Cases from Oppia's interactive-map-rules.service.spec.ts: haversine km on a 6371 km Earth.
  const quarter = 0.5 * Math.PI * 6371.0;
  test('Within is a haversine distance <= d, NotWithin > d', () => {
    expect(rule('InteractiveMap', 'Within', [0, 0], { p: [0, 90], d: quarter + 5 })).toBe(true);
    expect(rule('InteractiveMap', 'Within', [0, 0], { p: [0, 90], d: quarter - 5 })).toBe(false);
    expect(rule('InteractiveMap', 'Within', [90, 0], { p: [90, -180], d: 0.1 })).toBe(true);
    expect(rule('InteractiveMap', 'Within', [-37, -97], { p: [55, -45], d: 11370 })).toBe(true);
    expect(rule('InteractiveMap', 'Within', [83, -127], { p: [27, -123], d: 6220 })).toBe(false);
    expect(rule('InteractiveMap', 'NotWithin', [16, -142], { p: [-42, 3], d: 15500 })).toBe(true);
    expect(rule('InteractiveMap', 'NotWithin', [47, -17], { p: [-81, 117], d: 15890 })).toBe(false);
  });
});

test.describe('ImageClickInput, SetInput, Continue, EndExploration', () => {
  test('IsInRegion looks at the clicked regions', () => {
    const answer = { clickPosition: [0.2, 0.3], clickedRegions: ['Hundreds'] };
    expect(rule('ImageClickInput', 'IsInRegion', answer, { x: 'Hundreds' })).toBe(true);
    expect(rule('ImageClickInput', 'IsInRegion', answer, { x: 'Tens' })).toBe(false);
  });

  test('every SetInput rule', () => {
    const x = uniSet('a', 'b');
    expect(rule('SetInput', 'Equals', ['b', 'a'], { x })).toBe(true);
    expect(rule('SetInput', 'Equals', ['a'], { x })).toBe(false);
    expect(rule('SetInput', 'IsSubsetOf', ['a'], { x })).toBe(true);
    expect(rule('SetInput', 'IsSupersetOf', ['a', 'b', 'c'], { x })).toBe(true);
    expect(rule('SetInput', 'HasElementsIn', ['c', 'a'], { x })).toBe(true);
    expect(rule('SetInput', 'HasElementsNotIn', ['a', 'c'], { x })).toBe(true);
    expect(rule('SetInput', 'HasElementsNotIn', ['a'], { x })).toBe(false);
    expect(rule('SetInput', 'OmitsElementsIn', ['a'], { x })).toBe(true);
    expect(rule('SetInput', 'IsDisjointFrom', ['c'], { x })).toBe(true);
    expect(rule('SetInput', 'IsDisjointFrom', ['a'], { x: ['a'] })).toBe(false);
  });

  test('Continue and EndExploration have no rules; unknown rules are errors', () => {
    expect(Object.keys(RULES.Continue ?? {})).toEqual([]);
    expect(Object.keys(RULES.EndExploration ?? {})).toEqual([]);
    expect(() => rule('TextInput', 'Nope', 'a', {})).toThrow(UnknownRuleError);
    expect(() => rule('GraphInput', 'IsIsomorphicTo', {}, {})).toThrow(/no rules for "GraphInput"/);
  });
});

test.describe('classifyAnswer', () => {
  const outcome = (dest: string, html = ''): OutcomeDict => ({
    dest,
    feedback: { content_id: 'f', html },
  });
  const interaction: InteractionDict = {
    id: 'NumericInput',
    customization_args: {},
    answer_groups: [
      {
        rule_specs: [{ rule_type: 'IsLessThan', inputs: { x: 0 } }],
        outcome: outcome('Here', '<p>Positive, please.</p>'),
      },
      {
        rule_specs: [
          { rule_type: 'Equals', inputs: { x: 5 } },
          { rule_type: 'IsGreaterThan', inputs: { x: 3 } },
        ],
        outcome: outcome('Next'),
      },
      { rule_specs: [{ rule_type: 'Equals', inputs: { x: 5 } }], outcome: outcome('Never') },
    ],
    default_outcome: outcome('Here', '<p>Try again.</p>'),
  };

  test('first matching group and rule win', () => {
    expect(classifyAnswer(interaction, 5)).toMatchObject({
      answerGroupIndex: 1,
      ruleSpecIndex: 0,
      category: 'explicit',
      outcome: { dest: 'Next' },
    });
    expect(classifyAnswer(interaction, 4)).toMatchObject({ answerGroupIndex: 1, ruleSpecIndex: 1 });
    expect(classifyAnswer(interaction, -1).outcome.feedback.html).toBe('<p>Positive, please.</p>');
  });

  test('no match falls back to the default outcome', () => {
    expect(classifyAnswer(interaction, 1)).toMatchObject({
      answerGroupIndex: 3,
      category: 'default_outcome',
      outcome: { dest: 'Here' },
    });
  });

  test('Continue always takes the default outcome', () => {
    const cont: InteractionDict = {
      id: 'Continue',
      customization_args: {},
      answer_groups: [],
      default_outcome: outcome('Two'),
    };
    expect(classifyAnswer(cont, 'Please continue.').outcome.dest).toBe('Two');
  });

  test('a missing default outcome is an error', () => {
    const end: InteractionDict = {
      id: 'TextInput',
      customization_args: {},
      answer_groups: [],
      default_outcome: null,
    };
    expect(() => classifyAnswer(end, 'x')).toThrow(/No default outcome/);
  });
});
