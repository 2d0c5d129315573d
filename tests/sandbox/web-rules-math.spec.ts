import { expect, test } from '@playwright/test';
import { evaluateRule } from '../../sandbox/web/player/rules/index';
import {
  MathParseError,
  parseMath,
  variablesOf,
} from '../../sandbox/web/player/rules/math-expression';
import {
  algebraicExpressionRules,
  equationRules,
  numericExpressionRules,
  splitEquation,
} from '../../sandbox/web/player/rules/math-rules';
import { ORACLE_CASES } from '../support/oppia-math-cases';
import type { MathInteraction } from '../support/oppia-math-cases';

/**
 * The sandbox player's math rules against Oppia's own expected verdicts
 * (tests/unit/fixtures/oppia-math-cases.ts): decided symbolically with nerdamer, as Oppia does.
 */
type Rules = Record<string, (answer: string, inputs: { x: string; y?: string }) => boolean>;
const TABLES: Record<MathInteraction, Rules> = {
  NumericExpressionInput: numericExpressionRules,
  AlgebraicExpressionInput: algebraicExpressionRules,
  MathEquationInput: equationRules,
};

for (const c of ORACLE_CASES) {
  test(`${c.interaction} ${c.rule}(${JSON.stringify(c.inputs)}) as Oppia decides`, () => {
    test.info().annotations.push({ type: 'source', description: c.source });
    const decide = TABLES[c.interaction][c.rule];
    if (!decide) throw new Error(`the sandbox has no ${c.interaction} rule ${c.rule}`);
    for (const answer of c.accepts)
      expect(decide(answer, c.inputs), `accepts ${answer}`).toBe(true);
    for (const answer of c.refuses)
      expect(decide(answer, c.inputs), `refuses ${answer}`).toBe(false);
    for (const answer of c.numericallyEqual ?? []) expect(c.refuses).toContain(answer);
  });
}

test('the player classifies algebraic answers and equations through the same rules', () => {
  expect(
    evaluateRule('AlgebraicExpressionInput', 'MatchesExactlyWith', 'x*(x+1)', { x: 'x^2+x' }),
  ).toBe(false);
  expect(
    evaluateRule('AlgebraicExpressionInput', 'IsEquivalentTo', 'x*(x+1)', { x: 'x^2+x' }),
  ).toBe(true);
  expect(evaluateRule('MathEquationInput', 'IsEquivalentTo', '2y=4x+2', { x: 'y=2*x+1' })).toBe(
    false,
  );
  // rules/index.ts serves the algebraic table for NumericExpressionInput too: the same verdicts
  // wherever the answer has no implicit product.
  expect(evaluateRule('NumericExpressionInput', 'MatchesExactlyWith', '10', { x: '6-(-4)' })).toBe(
    false,
  );
});

test('the editor refuses what Oppia’s MathInteractionsService refuses, with its warning', () => {
  const warning = (text: string) => {
    try {
      parseMath(text);
      return null;
    } catch (error) {
      if (error instanceof MathParseError) return error.message;
      throw error;
    }
  };
  expect(warning('')).toBe('Please enter an answer before submitting.');
  expect(warning('x2')).toBe(
    'When multiplying, the variable should come after the number: 2x. Please update your answer and try again.',
  );
  expect(warning('2^6')).toBe(
    'Your expression contains an exponent with value greater than 5 which is not supported.',
  );
  expect(warning('((x+1))')).toBe('Your expression contains redundant parentheses: ((x+1)).');
  expect(warning('(x+1')).toBe('It looks like your answer has an invalid bracket pairing.');
  expect(warning('2*/3')).toBe('Your answer has two symbols next to each other: "*" and "/".');
  expect(warning('x+')).toBe('Your answer seems to be missing a variable/number after the "+".');
  expect(warning('2x(y+1)')).toBeNull();
});

test('variables are read as Oppia reads them: letters one by one, Greek names, e and pi', () => {
  expect([...variablesOf(parseMath('2xy+1'))].sort()).toEqual(['x', 'y']);
  expect([...variablesOf(parseMath('alpha*r + pi'))].sort()).toEqual(['r', 'α', 'π'].sort());
  expect([...variablesOf(parseMath('sqrt(16)+2^3'))]).toEqual([]);
  expect(() => splitEquation('y=(x+1')).toThrow(MathParseError);
});
