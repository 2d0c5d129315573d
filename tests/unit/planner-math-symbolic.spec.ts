import { expect, test } from '@playwright/test';
import { normalizeInteraction } from '../../planner/normalize';
import { rulesFor } from '../../planner/rules';
import { insertMultiplicationSigns, getTerms } from '../../planner/rules/math-expression';
import { isUnenterable } from '../../planner/rules/types';
import { group, interaction, outcome, rule } from '../support/planner-dicts';
import { ORACLE_CASES } from '../support/oppia-math-cases';

/**
 * The planner's math rules against Oppia's own expected verdicts (fixtures/oppia-math-cases.ts):
 * symbolic, so answers a numeric evaluation would accept are refused where Oppia refuses them.
 */
function prepared(id: string, ruleType: string, inputs: Record<string, unknown>, args = {}) {
  const card = normalizeInteraction(
    interaction(id, args, [group([rule(ruleType, inputs)], outcome('Next'))], outcome('Here')),
  );
  const rules = rulesFor(id)?.prepare(card);
  if (!rules) throw new Error(`no rules for ${id}`);
  return { rules, rule: card.groups[0]?.rules[0] ?? fail() };
}

function fail(): never {
  throw new Error('the card has no rule');
}

for (const c of ORACLE_CASES) {
  test(`${c.interaction} ${c.rule}(${JSON.stringify(c.inputs)}) as Oppia decides`, () => {
    test.info().annotations.push({ type: 'source', description: c.source });
    const { rules, rule: r } = prepared(c.interaction, c.rule, c.inputs);
    for (const answer of c.accepts)
      expect(rules.matches(r, answer), `accepts ${answer}`).toBe(true);
    for (const answer of c.refuses)
      expect(rules.matches(r, answer), `refuses ${answer}`).toBe(false);
    for (const answer of c.numericallyEqual ?? []) expect(c.refuses).toContain(answer);
  });
}

test('implicit products are written out as Oppia does before matching', () => {
  expect(insertMultiplicationSigns('2xy(x+1)')).toBe('2*x*y*(x+1)');
  expect(insertMultiplicationSigns('5sqrt(x) + (a)(b)')).toBe('5*sqrt(x)+(a)*(b)');
  expect(insertMultiplicationSigns('alphabeta')).toBe('alpha*beta');
  expect(insertMultiplicationSigns('(x)^(2)+2x')).toBe('(x)^(2)+2*x');
});

test('terms are split at top-level + and - only, subtractions wrapped as -(t)', () => {
  expect(getTerms('a-(b+c)*2+-d')).toEqual(['a', '-((b+c)*2)', '-d']);
  expect(getTerms('3/10*x', false)).toEqual(['3', '(10)^(-1)', 'x']);
});

/** Why Oppia's editor refuses `text`, or null when it takes it. */
const refusal = (id: string, text: string, args: Record<string, unknown> = {}) => {
  const { rules } = prepared(
    id,
    'IsEquivalentTo',
    { x: id === 'MathEquationInput' ? 'y=1' : '1' },
    args,
  );
  const answer = rules.toAnswer(text);
  return isUnenterable(answer) ? answer.unenterable : null;
};

test('answers Oppia’s editor refuses are never entered', () => {
  expect(refusal('NumericExpressionInput', '2*(3+4)')).toBeNull();
  expect(refusal('NumericExpressionInput', '2x')).toContain('no variables');
  expect(refusal('NumericExpressionInput', '2^6')).toContain('greater than 5');
  expect(refusal('NumericExpressionInput', '((2+3))')).toContain('redundant parentheses');
  expect(refusal('AlgebraicExpressionInput', 'x2')).toContain('before the variable');
  expect(refusal('AlgebraicExpressionInput', '5')).toBeNull();
  expect(refusal('AlgebraicExpressionInput', 'x+z', { allowedVariables: ['x', 'y'] })).toContain(
    '“z”',
  );
  expect(
    refusal('AlgebraicExpressionInput', 'alpha+x', { allowedVariables: ['α', 'x'] }),
  ).toBeNull();
  expect(refusal('MathEquationInput', '2=3')).toContain('at least one variable');
  expect(refusal('MathEquationInput', 'y=2x')).toBeNull();
  expect(refusal('MathEquationInput', 'y=2x=3')).toContain('exactly one "="');
});

test('a rule Oppia no longer has is unevaluable, not guessed', () => {
  const { rules, rule: r } = prepared('AlgebraicExpressionInput', 'MatchesWithGeneralForm', {
    x: 'a*x+b',
    y: ['a', 'b'],
  });
  expect(() => rules.matches(r, '2x+3')).toThrow(/unknown rule MatchesWithGeneralForm/);
});
