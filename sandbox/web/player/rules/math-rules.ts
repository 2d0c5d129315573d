/**
 * Rules of NumericExpressionInput, AlgebraicExpressionInput and MathEquationInput, after
 * extensions/interactions/{NumericExpressionInput,AlgebraicExpressionInput,MathEquationInput}/
 * directives/*-rules.service.ts (NumericExpression @07f3a429, AlgebraicExpression @038f78a5).
 * Oppia decides equivalence symbolically with nerdamer; here it is decided numerically
 * (math-expression.ts). MatchesUpToTrivialManipulations is approximated by equivalence.
 */
import {
  closeEnough,
  evaluate,
  type MathNode,
  numericallyEquivalent,
  parseMath,
  sameTerms,
  termsOf,
  variablesOf,
} from './math-expression';

type X = { x: string };

function termsOverlap(answer: string, input: string): { shared: number; missing: number } {
  const a = termsOf(parseMath(answer));
  const wanted = termsOf(parseMath(input));
  let shared = 0;
  let missing = 0;
  for (const term of wanted) {
    const at = a.indexOf(term);
    if (at === -1) missing++;
    else {
      shared++;
      a.splice(at, 1);
    }
  }
  return { shared, missing };
}

export const expressionRules = {
  MatchesExactlyWith: (a: string, i: X) => sameTerms(parseMath(a), parseMath(i.x)),
  IsEquivalentTo: (a: string, i: X) => numericallyEquivalent(parseMath(a), parseMath(i.x)),
  MatchesUpToTrivialManipulations: (a: string, i: X) =>
    numericallyEquivalent(parseMath(a), parseMath(i.x)),
  ContainsSomeOf: (a: string, i: X) => termsOverlap(a, i.x).shared > 0,
  OmitsSomeOf: (a: string, i: X) => termsOverlap(a, i.x).missing > 0,
};

export function splitEquation(text: string): [MathNode, MathNode] {
  const sides = text.split('=');
  if (sides.length !== 2) throw new Error(`"${text}" is not an equation with one "=".`);
  return [parseMath(sides[0] ?? ''), parseMath(sides[1] ?? '')];
}

/** lhs1 - rhs1 is a non-zero constant multiple of lhs2 - rhs2 (y = 2x is equivalent to 2y = 4x). */
function equationsEquivalent(a: string, b: string): boolean {
  const [l1, r1] = splitEquation(a);
  const [l2, r2] = splitEquation(b);
  const d1: MathNode = { k: 'bin', op: '-', a: l1, b: r1 };
  const d2: MathNode = { k: 'bin', op: '-', a: l2, b: r2 };
  const variables = [...variablesOf(d1, variablesOf(d2))];
  let ratio: number | null = null;
  let zeroBoth = 0;
  for (let n = 0; n < 12; n++) {
    const scope = Object.fromEntries(
      variables.map((v, i) => [v, 0.7 + ((n * 7 + i * 3) % 11) / 3]),
    );
    const x = evaluate(d1, scope);
    const y = evaluate(d2, scope);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (closeEnough(x, 0) && closeEnough(y, 0)) {
      zeroBoth++;
      continue;
    }
    if (closeEnough(y, 0) || closeEnough(x, 0)) return false;
    const r = x / y;
    if (ratio === null) ratio = r;
    else if (!closeEnough(ratio, r)) return false;
  }
  return ratio !== null || zeroBoth > 0;
}

type Side = 'lhs' | 'rhs' | 'both' | 'irrelevant';

function sidesMatch(
  a: string,
  b: string,
  side: Side,
  match: (p: MathNode, q: MathNode) => boolean,
) {
  const [l1, r1] = splitEquation(a);
  const [l2, r2] = splitEquation(b);
  if (side === 'lhs') return match(l1, l2);
  if (side === 'rhs') return match(r1, r2);
  if (side === 'both') return match(l1, l2) && match(r1, r2);
  return (match(l1, l2) && match(r1, r2)) || (match(l1, r2) && match(r1, l2));
}

export const equationRules = {
  MatchesExactlyWith: (a: string, i: { x: string; y: Side }) => sidesMatch(a, i.x, i.y, sameTerms),
  MatchesUpToTrivialManipulations: (a: string, i: { x: string; y?: Side }) =>
    sidesMatch(a, i.x, i.y ?? 'irrelevant', numericallyEquivalent),
  IsEquivalentTo: (a: string, i: X) => equationsEquivalent(a, i.x),
};
