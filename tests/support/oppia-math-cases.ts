/**
 * Expected verdicts of Oppia's math rules, for both implementations' tests (the planner's in
 * tests/unit/planner-math-symbolic.spec.ts, the sandbox player's in
 * tests/sandbox/web-rules-math.spec.ts). Data only: the two implementations share no code.
 *
 * `source` names where the verdicts come from: Oppia's own spec files, or, for rules Oppia has no
 * current spec of (the deprecated ContainsSomeOf/OmitsSomeOf), what Oppia's last implementation
 * computes. `numericallyEqual` marks answers that take the same value as the rule input wherever
 * both are defined, which a numeric evaluation would accept but Oppia's symbolic classification refuses.
 */
export type MathInteraction =
  'NumericExpressionInput' | 'AlgebraicExpressionInput' | 'MathEquationInput';

export interface MathRuleCase {
  interaction: MathInteraction;
  rule: string;
  inputs: { x: string; y?: string };
  accepts: string[];
  refuses: string[];
  /** Refused answers that are numerically equal to the input. */
  numericallyEqual?: string[];
  source: string;
}

const ALGEBRAIC_SPEC =
  'extensions/interactions/AlgebraicExpressionInput/directives/algebraic-expression-input-rules.service.spec.ts @ 76f9a25e';
const NUMERIC_SPEC =
  'extensions/interactions/NumericExpressionInput/directives/numeric-expression-input-rules.service.spec.ts @ 1e042a80';
const EQUATION_SPEC =
  'extensions/interactions/MathEquationInput/directives/math-equation-input-rules.service.spec.ts @ 1e042a80';
const LAST_IMPLEMENTATION =
  "Oppia's last ContainsSomeOf/OmitsSomeOf (algebraic-expression-input-rules.service.ts @ 038f78a5, math-equation-input-rules.service.ts @ 07f3a429) with nerdamer 1.1.13";
const NERDAMER_CORE =
  "Oppia's rule service run with nerdamer 1.1.13 core, as Oppia imports it (no Algebra add-on)";

export const ORACLE_CASES: MathRuleCase[] = [
  // NumericExpressionInput.
  {
    interaction: 'NumericExpressionInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: '6-(-4)' },
    accepts: ['6-(-4)', '6 - (-4)'],
    refuses: ['-(-4)+6', '6+4', '10', '3*2-(-4)'],
    numericallyEqual: ['-(-4)+6', '6+4', '10', '3*2-(-4)'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: '2*2*3*3' },
    accepts: ['2*2*3*3'],
    refuses: ['2*3*2*3', '2*2*3*2*1', '2*2*9', '4*3^2', '8/2 * 3*3', '36'],
    numericallyEqual: ['2*3*2*3', '2*2*9', '36'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: '6-(-4)' },
    accepts: ['6-(-4)', '-(-4)+6', '6+4'],
    refuses: ['10', '3*2-(-4)'],
    numericallyEqual: ['10', '3*2-(-4)'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: '3*10^(-5)' },
    accepts: ['3*10^(-5)', '(10^(-5))*3'],
    refuses: ['30*10^(-6)', '0.00003', '3*10^(-1)*10^(-4)', '3/10^5'],
    numericallyEqual: ['30*10^(-6)', '0.00003', '3/10^5'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: '1000 + 200 + 30 + 4 + 0.5 + 0.06' },
    accepts: ['0.06 + 0.5 + 4 + 30 + 200 + 1000'],
    refuses: ['1234.56', '1234 + 56/10', '1230 + 4.56'],
    numericallyEqual: ['1234.56', '1230 + 4.56'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'IsEquivalentTo',
    inputs: { x: '6-(-4)' },
    accepts: ['6-(-4)', '10', '6+2^2', '100/10', '3*2 - (-4)'],
    refuses: ['6-4', '6+(-4)', '100'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'IsEquivalentTo',
    inputs: { x: '1000 + 200 + 30 + 4 + 0.5 + 0.06' },
    accepts: ['1234.56', '123456/100', '61728/50', '1234 + 56/100', '1230 + 4.56'],
    refuses: ['123456', '1000 + 200 + 30'],
    source: NUMERIC_SPEC,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'ContainsSomeOf',
    inputs: { x: '6+4' },
    accepts: ['6+5', '4+7'],
    // Terms are compared as written: 2*2 is not the term 4.
    refuses: ['10', '5+5', '3+2*2'],
    source: LAST_IMPLEMENTATION,
  },
  {
    interaction: 'NumericExpressionInput',
    rule: 'OmitsSomeOf',
    inputs: { x: '6+4' },
    accepts: ['6+5', '10'],
    refuses: ['4+6', '6+4+1'],
    source: LAST_IMPLEMENTATION,
  },
  // AlgebraicExpressionInput.
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: '((x)^(2)-x)/(z)-4*y' },
    accepts: ['((x)^(2)-x)/(z)-4*y', '((x)^(2) - x)/(z) - 4*y'],
    refuses: [
      '((x)^(2)-x)*z^(-1)-4*y',
      '((x)^(2)-x)/(z)-(8*y)/2',
      '-4*y+((x)^(2)-x)/(z)',
      '(x*(x-1))/(z)-4*y',
    ],
    numericallyEqual: ['-4*y+((x)^(2)-x)/(z)', '(x*(x-1))/(z)-4*y'],
    source: ALGEBRAIC_SPEC,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: '5*z-w' },
    accepts: ['5*z-w', '5z-w'],
    refuses: ['-w+5z'],
    numericallyEqual: ['-w+5z'],
    source: ALGEBRAIC_SPEC,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: 'x^2+x' },
    accepts: ['x^2 + x'],
    refuses: ['x*(x+1)', 'x(x+1)', 'x+x^2'],
    numericallyEqual: ['x*(x+1)', 'x(x+1)', 'x+x^2'],
    source: NERDAMER_CORE,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: '9*(x)^(2)-6*x+1' },
    accepts: ['9*(x)^(2)-6*x+1', 'x^2 * 9 - 6*x + 1', 'x^2 * 9 + 1 - x * 6'],
    refuses: ['3*(3*(x)^(2)-2*x)+1', '(3*x)^(2)-6*x+1', '((3*x-1))^(2)', '3*x(3*x-2)+1'],
    numericallyEqual: ['3*(3*(x)^(2)-2*x)+1', '(3*x)^(2)-6*x+1', '3*x(3*x-2)+1'],
    source: ALGEBRAIC_SPEC,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: '(x)^(2*t+3)+(x)^(4)' },
    accepts: ['(x)^(4) + (x)^(2*t+3)', '(x)^(4) + (x)^(3+2*t)', '(x)^(4) + (x)^(3+t*2)'],
    refuses: ['(x)^(2*t)*(x)^(3)+((x)^(2))^(2)', '(x)^(3)*((x)^(2*t)+x)'],
    numericallyEqual: ['(x)^(2*t)*(x)^(3)+((x)^(2))^(2)', '(x)^(3)*((x)^(2*t)+x)'],
    source: ALGEBRAIC_SPEC,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'a+b' },
    accepts: ['b+a', 'a + b'],
    refuses: ['(a+b)', '2*a+b-a'],
    numericallyEqual: ['2*a+b-a'],
    source: NERDAMER_CORE,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'x*(x+1)' },
    accepts: ['(x+1)*x', '(1+x)x'],
    refuses: ['x^2+x'],
    numericallyEqual: ['x^2+x'],
    source: NERDAMER_CORE,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'IsEquivalentTo',
    inputs: { x: '(a)^(2)+(b)^(2)+(c)^(2)+2*a*b+2*b*c+2*a*c' },
    accepts: [
      'a*a+b*b+(c^3)/c+2*a*b+2*b*c+2*c*a',
      '(a)^(2)+(b)^(2)+(c)^(2)+2*(a*b+b*c+a*c)',
      '(a+b+c)^2',
      '(((a+b+c))^3)/(a+b+c)',
    ],
    refuses: ['(a)^(2)+(b)^(2)+(c)^(2)+2*a*b+2*b*c', '(a+b-c)^2'],
    source: ALGEBRAIC_SPEC,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'IsEquivalentTo',
    inputs: { x: '9*(x)^(2)-6*x+1' },
    accepts: ['3*(3*(x)^(2)-2*x)+1', '((3*x-1))^2', '3*x(3*x-2)+1', '(1-3x)^2'],
    refuses: ['sqrt((3x-1)^2)', '9*(x)^(2)-6*x-1', '((3*x-1))^4'],
    source: ALGEBRAIC_SPEC,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'IsEquivalentTo',
    inputs: { x: 'x^2+2x+1' },
    accepts: ['(x+1)^2', '(x+1)(x+1)', '(x+1)^3/(x+1)'],
    // nerdamer core does not cancel (x^2-1)/(x-1), nor factor x^3+3x^2+3x+1 to divide it.
    refuses: ['(x^2-1)/(x-1)*(x+1)', '(x^3+3x^2+3x+1)/(x+1)'],
    numericallyEqual: ['(x^2-1)/(x-1)*(x+1)', '(x^3+3x^2+3x+1)/(x+1)'],
    source: NERDAMER_CORE,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'ContainsSomeOf',
    inputs: { x: '2*x+5' },
    accepts: ['x^2+2x', 'x*2+7', '5-y'],
    refuses: ['x(x+2)', 'x+x+3'],
    source: LAST_IMPLEMENTATION,
  },
  {
    interaction: 'AlgebraicExpressionInput',
    rule: 'OmitsSomeOf',
    inputs: { x: 'x^2+2x' },
    // x*x is not the term x^2, nor x+x the term 2x: each is a product of other factors.
    accepts: ['x(x+2)', 'x^2', 'x^2+x+x', 'x*x+2*x'],
    refuses: ['2x+x^2', 'x^2+2*x+1'],
    source: LAST_IMPLEMENTATION,
  },
  // MathEquationInput.
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: 'y=m*x+c', y: 'lhs' },
    accepts: ['y=m*x+c', 'y=m*x^2+c', 'y=0', 'y=m*x-c'],
    refuses: ['(y^2)/y=m*x+c', 'y-m*x=c', 'm*x+c=y', 'x=m*y+c'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: 'y=m*x+c', y: 'rhs' },
    accepts: ['y=m*x+c', '0=m*x+c', 'y^2=m*x+c'],
    refuses: ['0=c+m*x', 'y-m*x=c', 'm*x+c=y', 'y^2=m*x'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: 'y=m*x+c', y: 'both' },
    accepts: ['y=m*x+c', 'y = m*x + c'],
    refuses: ['y=c+m*x', '(y^2)/y=m*x+c', 'y-m*x=c', 'm*x+c=y', 'y=m*x'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesExactlyWith',
    inputs: { x: 'y=m*x+c', y: 'irrelevant' },
    accepts: ['y=m*x+c', 'y=c+m*x', 'y-m*x=c'],
    refuses: ['y-m*x-2*c=-c', 'y^2-m*x=c', 'm*x-c=y', 'y=m*x', '(y^2)/y=m*x+c'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'y=m*x+c', y: 'rhs' },
    accepts: ['y=m*x+c', 'y^2=m*x+c', '0=x*m+c', '0=c+m*x'],
    refuses: ['y-m*x=c', 'm*x+c=y', 'x=m*y+c'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'y=m*x+c', y: 'both' },
    accepts: ['y=m*x+c', 'y=c+m*x'],
    refuses: ['(y^2)/y=m*x+c', 'y-m*x=c', 'm*x+c=y', 'y=m*x'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'MatchesUpToTrivialManipulations',
    inputs: { x: 'y=m*x+c', y: 'irrelevant' },
    accepts: ['y=m*x+c', 'y=c+m*x', 'y-m*x=c'],
    refuses: ['y^2-m*x=c', 'm*x-c=y', 'y=m*x', 'y-m*x-2*c=-c'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'IsEquivalentTo',
    inputs: { x: '(2*x+1)*(x-3)=0' },
    accepts: [
      '0=(2*x+1)*(x-3)',
      '2*x^2-6*x+x-3=0',
      '2*x^2-6*x=3-x',
      '-2*x^2+5*x+3=0',
      '(2*x+1)*(-x+3)=0',
    ],
    refuses: ['x-y=x-y', 'x=3', '2*x+1=0', 'x-3=0', 'x=-1/2'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'IsEquivalentTo',
    inputs: { x: '13 + 2*w = 34' },
    accepts: [
      '13 + 2*w = 34',
      '26 + 4*w = 68',
      '6.5 + w = 17',
      '13 + 2*w - 34 = 0',
      '2*w = 21',
      '21 = 2*w',
      '(13 + 2*w)/34 = 1',
    ],
    refuses: ['13 + 2*w = 0', '13 - 2*w = 34', '(13 + 2*w)^2 = 1156'],
    source: EQUATION_SPEC,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'IsEquivalentTo',
    inputs: { x: 'y=2*x+1' },
    accepts: ['y-2x=1', '2*x+1=y', 'y/(2*x+1)=1'],
    // Scaling both sides by 2 is not seen: y/(2x+1) and 2y/(4x+2) do not cancel in nerdamer core.
    refuses: ['2y=4x+2', 'y=2x'],
    numericallyEqual: ['2y=4x+2'],
    source: NERDAMER_CORE,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'ContainsSomeOf',
    inputs: { x: 'y=2*x+1', y: 'rhs' },
    accepts: ['y=x*2+5', 'y=1'],
    refuses: ['y=3x', 'y=2(x+1)'],
    source: LAST_IMPLEMENTATION,
  },
  {
    interaction: 'MathEquationInput',
    rule: 'OmitsSomeOf',
    inputs: { x: 'y=2*x+1', y: 'both' },
    // 'both': each side omits one of the input's terms on that side.
    accepts: ['2y=3x', 'x=y'],
    refuses: ['y=2x', '2y=2x+1', 'y=1+2x'],
    source: LAST_IMPLEMENTATION,
  },
];
