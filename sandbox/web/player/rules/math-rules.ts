/**
 * Rules of NumericExpressionInput, AlgebraicExpressionInput and MathEquationInput, as Oppia's
 * frontend decides them, symbolically with nerdamer:
 * extensions/interactions/NumericExpressionInput/directives/numeric-expression-input-rules.service.ts
 * @ 0f92ad51, AlgebraicExpressionInput/directives/algebraic-expression-input-rules.service.ts
 * @ 0f92ad51, MathEquationInput/directives/math-equation-input-rules.service.ts @ 64057020.
 * ContainsSomeOf and OmitsSomeOf are the versions Oppia had before it deleted them
 * (algebraic-expression-input-rules.service.ts @ 038f78a5, the equation's @ 07f3a429). Oppia's
 * state migration now removes every rule in MATH_INTERACTION_DEPRECATED_RULES (core/constants.py),
 * so real content has none.
 */
import nerdamer from 'nerdamer';
import {
  type MathText,
  explicitProducts,
  hasVariables,
  numbersAsSymbols,
  parseMath,
  sameTerm,
  sameTermsAnyOrder,
  splitTerms,
  usingNerdamer,
} from './math-expression';

type X = { x: string };
type Rule = (answer: string, inputs: X) => boolean;

/** Each rule drops nerdamer's stored expressions when done (they would pile up over a session). */
function table<K extends string>(rules: Record<K, Rule>): Record<K, Rule> {
  const out = {} as Record<K, Rule>;
  for (const name of Object.keys(rules) as K[]) {
    out[name] = (answer, inputs) => usingNerdamer(() => rules[name](answer, inputs));
  }
  return out;
}

const deprecatedRules = {
  ContainsSomeOf: (a: string, i: X) => {
    const wanted = splitTerms(explicitProducts(i.x));
    return splitTerms(explicitProducts(a)).some((t) => wanted.some((w) => sameTerm(t, w)));
  },
  OmitsSomeOf: (a: string, i: X) => {
    const given = splitTerms(explicitProducts(a));
    return splitTerms(explicitProducts(i.x)).some((w) => !given.some((t) => sameTerm(t, w)));
  },
};

const numeric = {
  MatchesExactlyWith: (a: string, i: X) => a.replace(/\s/g, '') === i.x.replace(/\s/g, ''),
  MatchesUpToTrivialManipulations: (a: string, i: X) => sameTermsAnyOrder(a, i.x),
  IsEquivalentTo: (a: string, i: X) => nerdamer(a).eq(nerdamer(i.x).toString()),
};

const purelyNumeric = (a: string, x: string) => !hasVariables(a) && !hasVariables(x);

/** Oppia's IsEquivalentTo: expand, wrap in simplify() (a plain symbol to nerdamer core), eq. */
function expandedForm(text: string): string {
  return nerdamer(`simplify(${nerdamer(text).expand().text()})`).text();
}

const algebraic = {
  MatchesExactlyWith: (a: string, i: X) =>
    purelyNumeric(a, i.x)
      ? numeric.MatchesExactlyWith(a, i)
      : explicitProducts(a) === explicitProducts(i.x),
  MatchesUpToTrivialManipulations: (a: string, i: X) =>
    numeric.MatchesUpToTrivialManipulations(explicitProducts(a), { x: explicitProducts(i.x) }),
  IsEquivalentTo: (a: string, i: X) =>
    purelyNumeric(a, i.x)
      ? numeric.IsEquivalentTo(a, i)
      : nerdamer(expandedForm(explicitProducts(a))).eq(expandedForm(explicitProducts(i.x))),
};

export const numericExpressionRules = table({ ...numeric, ...deprecatedRules });
export const algebraicExpressionRules = table({ ...algebraic, ...deprecatedRules });
/**
 * What rules/index.ts serves for both expression interactions. The algebraic rules: on answers
 * without variables they decide as the numeric ones do, except that MatchesUpToTrivialManipulations
 * first writes out implicit products ("2(3+4)" matches "2*(3+4)").
 */
export const expressionRules = algebraicExpressionRules;

/** An equation's two sides, each validated as Oppia's editor does (MathParseError otherwise). */
export function splitEquation(text: string): [MathText, MathText] {
  const sides = text.split('=');
  if (sides.length !== 2) throw new Error(`"${text}" is not an equation with one "=".`);
  return [parseMath(sides[0] ?? ''), parseMath(sides[1] ?? '')];
}

/** y: 'lhs', 'rhs', 'both', or anything else for "position of terms irrelevant". */
type EquationInputs = { x: string; y?: string };

/** lhs - rhs, as Oppia writes it: nerdamer(rhs).multiply('-1'), then .add(lhs). */
function allOnOneSide(lhs: string, rhs: string): string {
  return nerdamer(nerdamer(rhs).multiply('-1').text()).add(lhs).text();
}

function bySide(compare: Rule, prepare: (side: string) => string) {
  return (answer: string, inputs: EquationInputs): boolean => {
    const [la = '', ra = ''] = answer.split('=');
    const [lx = '', rx = ''] = inputs.x.split('=');
    switch (inputs.y) {
      case 'lhs':
        return compare(la, { x: lx });
      case 'rhs':
        return compare(ra, { x: rx });
      case 'both':
        return compare(la, { x: lx }) && compare(ra, { x: rx });
      default: {
        const p = prepare;
        return compare(allOnOneSide(p(la), p(ra)), { x: allOnOneSide(p(lx), p(rx)) });
      }
    }
  };
}

function equationsEquivalent(answer: string, inputs: X): boolean {
  const [la = '', ra = ''] = answer.split('=');
  const [lx = '', rx = ''] = inputs.x.split('=');
  const same = (a: string, b: string) => algebraic.IsEquivalentTo(a, { x: b });
  // Terms moved across by subtraction, either way round.
  const moved = nerdamer(la).subtract(ra).text();
  if (
    same(moved, nerdamer(lx).subtract(rx).text()) ||
    same(moved, nerdamer(rx).subtract(lx).text())
  ) {
    return true;
  }
  // Terms moved across by division; never when one of the input's sides is 0.
  const quotient = nerdamer(ra).eq('0') ? nerdamer(la).text() : nerdamer(la).divide(ra).text();
  if (nerdamer(lx).eq('0') || nerdamer(rx).eq('0')) return false;
  return (
    same(quotient, nerdamer(lx).divide(rx).text()) || same(quotient, nerdamer(rx).divide(lx).text())
  );
}

export const equationRules = table({
  // Numbers become symbols first, "to ensure that they don't get simplified" (Oppia's comment).
  MatchesExactlyWith: bySide(algebraic.MatchesExactlyWith, (t) => numbersAsSymbols(t, false)),
  MatchesUpToTrivialManipulations: bySide(algebraic.MatchesUpToTrivialManipulations, (t) =>
    numbersAsSymbols(t),
  ),
  IsEquivalentTo: equationsEquivalent,
  // Deprecated ones (math-equation-input-rules.service.ts @ 07f3a429) kept the numbers.
  ContainsSomeOf: bySide(deprecatedRules.ContainsSomeOf, (t) => t),
  OmitsSomeOf: bySide(deprecatedRules.OmitsSomeOf, (t) => t),
});
