/**
 * NumericExpressionInput, AlgebraicExpressionInput and MathEquationInput. Each submits the typed
 * expression as a string. Rules (interaction_specs.json @ 18a5e24): MatchesExactlyWith,
 * MatchesUpToTrivialManipulations, IsEquivalentTo; MathEquationInput's first two take y, the side
 * that must match: 'lhs', 'rhs', 'both', anything else = position of terms irrelevant (compare
 * lhs - rhs), and its IsEquivalentTo accepts lhs - rhs equal to ±(input lhs - rhs), or lhs / rhs
 * equal to the input's lhs / rhs or rhs / lhs (MathEquationInput/directives/
 * math-equation-input-rules.service.ts @ 64057020). How each comparison is approximated: see
 * math-expression.ts.
 */
import type { Interaction, Rule } from '../normalize';
import { randomInt } from '../random';
import type { AnswerKind } from '../types';
import {
  ExpressionSyntaxError,
  exactForm,
  numericallyEqual,
  parseExpression,
  trivialForm,
  variablesOf,
} from './math-expression';
import type { Node } from './math-expression';
import { UnevaluableRuleError, defineRules, unenterable } from './types';
import type { InteractionRules, PreparedInteraction } from './types';

type MathKind = Extract<
  AnswerKind,
  'NumericExpressionInput' | 'AlgebraicExpressionInput' | 'MathEquationInput'
>;

function parseOrThrow(text: string, what: string): Node {
  try {
    return parseExpression(text);
  } catch (error) {
    if (error instanceof ExpressionSyntaxError)
      throw new UnevaluableRuleError(`cannot read ${what} “${text}”`);
    throw error;
  }
}

function ruleText(rule: Rule): string {
  const x = rule.inputs['x'];
  if (typeof x !== 'string' || x.trim() === '')
    throw new UnevaluableRuleError(`${rule.type} needs an expression x`);
  return x;
}

const matchesExactly = (a: Node, x: Node) => exactForm(a) === exactForm(x);
const matchesUpToTrivial = (a: Node, x: Node) => trivialForm(a) === trivialForm(x);

const EXPRESSION_RULES: Record<string, (a: Node, x: Node) => boolean> = {
  MatchesExactlyWith: matchesExactly,
  MatchesUpToTrivialManipulations: matchesUpToTrivial,
  IsEquivalentTo: (a, x) => numericallyEqual(a, x),
};

interface Equation {
  lhs: Node;
  rhs: Node;
}

function splitEquation(text: string, what: string): Equation {
  const sides = text.split('=');
  if (sides.length !== 2) throw new UnevaluableRuleError(`${what} “${text}” is not one equation`);
  return {
    lhs: parseOrThrow(sides[0] as string, what),
    rhs: parseOrThrow(sides[1] as string, what),
  };
}

const minus = (a: Node, b: Node): Node => ({ k: 'bin', op: '-', a, b });
const over = (a: Node, b: Node): Node => ({ k: 'bin', op: '/', a, b });
const isZero = (n: Node) => numericallyEqual(n, { k: 'num', v: 0 });

function sideMatch(
  compare: (a: Node, x: Node) => boolean,
  a: Equation,
  x: Equation,
  side: unknown,
): boolean {
  if (side === 'lhs') return compare(a.lhs, x.lhs);
  if (side === 'rhs') return compare(a.rhs, x.rhs);
  if (side === 'both') return compare(a.lhs, x.lhs) && compare(a.rhs, x.rhs);
  return (
    compare(minus(a.lhs, a.rhs), minus(x.lhs, x.rhs)) ||
    compare(minus(a.lhs, a.rhs), minus(x.rhs, x.lhs))
  );
}

const EQUATION_RULES: Record<string, (a: Equation, x: Equation, side: unknown) => boolean> = {
  MatchesExactlyWith: (a, x, side) => sideMatch(matchesExactly, a, x, side),
  MatchesUpToTrivialManipulations: (a, x, side) => sideMatch(matchesUpToTrivial, a, x, side),
  IsEquivalentTo: (a, x) => {
    const difference = minus(a.lhs, a.rhs);
    if (
      numericallyEqual(difference, minus(x.lhs, x.rhs)) ||
      numericallyEqual(difference, minus(x.rhs, x.lhs))
    ) {
      return true;
    }
    if (isZero(x.lhs) || isZero(x.rhs)) return false;
    const ratio = isZero(a.rhs) ? a.lhs : over(a.lhs, a.rhs);
    return (
      numericallyEqual(ratio, over(x.lhs, x.rhs)) || numericallyEqual(ratio, over(x.rhs, x.lhs))
    );
  },
};

function allowedVariables(interaction: Interaction): string[] {
  for (const name of ['allowedVariables', 'customOskLetters']) {
    const value = interaction.args[name];
    if (Array.isArray(value) && value.length > 0)
      return value.filter((v): v is string => typeof v === 'string');
  }
  return [];
}

function mathRules(kind: MathKind): InteractionRules<unknown> {
  const isEquation = kind === 'MathEquationInput';
  const needsVariable = kind !== 'NumericExpressionInput';
  return defineRules<string>({
    id: kind,
    prepare(interaction): PreparedInteraction<string> {
      const allowed = allowedVariables(interaction);
      const mentioned = new Set<string>();
      for (const rule of interaction.groups.flatMap((g) => g.rules)) {
        const x = rule.inputs['x'];
        if (typeof x !== 'string') continue;
        for (const side of x.split('=')) {
          try {
            variablesOf(parseExpression(side), mentioned);
          } catch {
            // an unreadable rule input is reported when that rule is evaluated
          }
        }
      }
      const variables = allowed.length > 0 ? allowed : mentioned.size > 0 ? [...mentioned] : ['x'];
      const v = variables[0] as string;

      /** Why the UI would refuse the text, or null. */
      const refusal = (text: string): string | null => {
        try {
          const parts = isEquation ? text.split('=') : [text];
          if (isEquation && parts.length !== 2) return 'an equation has exactly one "="';
          const used = new Set<string>();
          for (const part of parts) variablesOf(parseExpression(part), used);
          if (!needsVariable && used.size > 0) return 'a numeric expression has no variables';
          if (needsVariable && used.size === 0) return 'the card expects variables in the answer';
          const stray = [...used].find((name) => allowed.length > 0 && !allowed.includes(name));
          return stray ? `“${stray}” is not a variable the card allows` : null;
        } catch (error) {
          return error instanceof ExpressionSyntaxError
            ? `cannot read “${text}”: ${error.message}`
            : String(error);
        }
      };

      return {
        matches(rule, value) {
          if (isEquation) {
            const evaluate = EQUATION_RULES[rule.type];
            if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
            return evaluate(
              splitEquation(value, 'the answer'),
              splitEquation(ruleText(rule), 'the rule input'),
              rule.inputs['y'],
            );
          }
          const evaluate = EXPRESSION_RULES[rule.type];
          if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
          return evaluate(
            parseOrThrow(value, 'the answer'),
            parseOrThrow(ruleText(rule), 'the rule input'),
          );
        },
        fromSolution: (correct) => (typeof correct === 'string' ? correct : null),
        candidatesFor: (rule) => (typeof rule.inputs['x'] === 'string' ? [rule.inputs['x']] : []),
        fillers() {
          if (kind === 'NumericExpressionInput') return ['12345', '7*11', '0', '1'];
          if (kind === 'AlgebraicExpressionInput')
            return [`${v}+12345`, `12345*${v}`, `${v}^3+7`, v];
          return [`${v}=12345`, `${v}+12345=0`, `2*${v}=7`];
        },
        *randomValues(rng) {
          for (let i = 0; i < 30; i++) {
            const n = randomInt(rng, 2, 999);
            const m = randomInt(rng, 2, 99);
            if (kind === 'NumericExpressionInput') yield i % 2 ? `${n}*${m}` : `${n}+${m}`;
            else if (kind === 'AlgebraicExpressionInput')
              yield i % 2 ? `${n}*${v}+${m}` : `${v}^2+${n}`;
            else yield i % 2 ? `${v}=${n}` : `${m}*${v}=${n}`;
          }
        },
        toAnswer(value) {
          const reason = refusal(value);
          return reason ? unenterable(reason) : { kind, text: value };
        },
        submitted: (answer) =>
          answer.kind === kind ? answer.text : unenterable(`not a ${kind} answer`),
      };
    },
  });
}

export const numericExpressionRules = mathRules('NumericExpressionInput');
export const algebraicExpressionRules = mathRules('AlgebraicExpressionInput');
export const mathEquationRules = mathRules('MathEquationInput');
