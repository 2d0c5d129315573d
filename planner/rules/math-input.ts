/**
 * NumericExpressionInput, AlgebraicExpressionInput and MathEquationInput. Each submits the typed
 * expression as a string, and Oppia's frontend classifies it symbolically with nerdamer
 * (math-expression.ts). The rules, as Oppia defines them:
 * - extensions/interactions/NumericExpressionInput/directives/
 *   numeric-expression-input-rules.service.ts @ 0f92ad51
 * - extensions/interactions/AlgebraicExpressionInput/directives/
 *   algebraic-expression-input-rules.service.ts @ 0f92ad51
 * - extensions/interactions/MathEquationInput/directives/math-equation-input-rules.service.ts
 *   @ 64057020
 * ContainsSomeOf and OmitsSomeOf follow the last Oppia versions that had them (algebraic
 * @ 038f78a5, equation @ 07f3a429):
 * Oppia has since deleted them (core/constants.py MATH_INTERACTION_DEPRECATED_RULES, removed from
 * every state by a schema migration), so real content no longer carries them.
 */
import type { Interaction, Rule } from '../normalize';
import { randomInt } from '../random';
import type { AnswerKind } from '../types';
import {
  ExpressionSyntaxError,
  containsAtLeastOneVariable,
  divideText,
  doTermsMatch,
  expandedEquals,
  expressionRefusal,
  getTerms,
  hasLettersOutsideFunctions,
  insertMultiplicationSigns,
  learnerVariables,
  moveToOneSide,
  nerdamerEquals,
  replaceConstantsWithVariables,
  subtractText,
  termsMatchOneToOne,
  textOf,
  withNerdamer,
} from './math-expression';
import { UnevaluableRuleError, defineRules, unenterable } from './types';
import type { InteractionRules, PreparedInteraction } from './types';

type MathKind = Extract<
  AnswerKind,
  'NumericExpressionInput' | 'AlgebraicExpressionInput' | 'MathEquationInput'
>;
type ExpressionRule = (answer: string, x: string) => boolean;

/** Oppia's last ContainsSomeOf: one answer term matches one input term. */
function containsSomeOf(answer: string, x: string): boolean {
  const a = insertMultiplicationSigns(answer);
  const i = insertMultiplicationSigns(x);
  return getTerms(a).some((t) => getTerms(i).some((u) => doTermsMatch(t, u)));
}

/** Oppia's last OmitsSomeOf: one input term matches no answer term. */
function omitsSomeOf(answer: string, x: string): boolean {
  const a = insertMultiplicationSigns(answer);
  const i = insertMultiplicationSigns(x);
  return getTerms(i).some((u) => !getTerms(a).some((t) => doTermsMatch(t, u)));
}

export const NUMERIC_RULES: Record<string, ExpressionRule> = {
  MatchesExactlyWith: (a, x) => a.replace(/\s/g, '') === x.replace(/\s/g, ''),
  MatchesUpToTrivialManipulations: (a, x) => termsMatchOneToOne(a, x),
  IsEquivalentTo: (a, x) => nerdamerEquals(a, x),
  ContainsSomeOf: containsSomeOf,
  OmitsSomeOf: omitsSomeOf,
};

const bothNumeric = (a: string, x: string) =>
  !containsAtLeastOneVariable(a) && !containsAtLeastOneVariable(x);

export const ALGEBRAIC_RULES: Record<string, ExpressionRule> = {
  MatchesExactlyWith: (a, x) =>
    bothNumeric(a, x)
      ? (NUMERIC_RULES.MatchesExactlyWith as ExpressionRule)(a, x)
      : insertMultiplicationSigns(a) === insertMultiplicationSigns(x),
  MatchesUpToTrivialManipulations: (a, x) =>
    termsMatchOneToOne(insertMultiplicationSigns(a), insertMultiplicationSigns(x)),
  IsEquivalentTo: (a, x) =>
    bothNumeric(a, x)
      ? nerdamerEquals(a, x)
      : expandedEquals(insertMultiplicationSigns(a), insertMultiplicationSigns(x)),
  ContainsSomeOf: containsSomeOf,
  OmitsSomeOf: omitsSomeOf,
};

type Equation = [lhs: string, rhs: string];
type EquationRule = (answer: Equation, x: Equation, side: unknown) => boolean;

/**
 * Compares one side, both, or (any other y: position irrelevant) lhs - rhs of each, after `c`
 * (Oppia replaces numbers with symbols there "to ensure that they don't get simplified").
 */
function bySide(rule: ExpressionRule, c: (side: string) => string): EquationRule {
  return ([la, ra], [lx, rx], side) => {
    if (side === 'lhs') return rule(la, lx);
    if (side === 'rhs') return rule(ra, rx);
    if (side === 'both') return rule(la, lx) && rule(ra, rx);
    return rule(moveToOneSide(c(la), c(ra)), moveToOneSide(c(lx), c(rx)));
  };
}

const algebraicEquivalent = ALGEBRAIC_RULES.IsEquivalentTo as ExpressionRule;

export const EQUATION_RULES: Record<string, EquationRule> = {
  MatchesExactlyWith: bySide(ALGEBRAIC_RULES.MatchesExactlyWith as ExpressionRule, (side) =>
    replaceConstantsWithVariables(side, false),
  ),
  MatchesUpToTrivialManipulations: bySide(
    ALGEBRAIC_RULES.MatchesUpToTrivialManipulations as ExpressionRule,
    (side) => replaceConstantsWithVariables(side),
  ),
  // Deprecated (math-equation-input-rules.service.ts @ 07f3a429): no number replacement there.
  ContainsSomeOf: bySide(containsSomeOf, (side) => side),
  OmitsSomeOf: bySide(omitsSomeOf, (side) => side),
  IsEquivalentTo: ([la, ra], [lx, rx]) => {
    // Check 1: lhs - rhs equals ±(input lhs - rhs).
    const difference = subtractText(la, ra);
    if (
      algebraicEquivalent(difference, subtractText(lx, rx)) ||
      algebraicEquivalent(difference, subtractText(rx, lx))
    ) {
      return true;
    }
    // Check 2: lhs / rhs equals the input's lhs / rhs or rhs / lhs (never when a side is 0).
    const ratio = nerdamerEquals(ra, '0') ? textOf(la) : divideText(la, ra);
    if (nerdamerEquals(lx, '0') || nerdamerEquals(rx, '0')) return false;
    return (
      algebraicEquivalent(ratio, divideText(lx, rx)) ||
      algebraicEquivalent(ratio, divideText(rx, lx))
    );
  },
};

function ruleText(rule: Rule): string {
  const x = rule.inputs['x'];
  if (typeof x !== 'string' || x.trim() === '')
    throw new UnevaluableRuleError(`${rule.type} needs an expression x`);
  return x;
}

function splitEquation(text: string, what: string): Equation {
  const sides = text.split('=');
  if (sides.length !== 2) throw new UnevaluableRuleError(`${what} “${text}” is not one equation`);
  return [sides[0] as string, sides[1] as string];
}

/** Runs a rule; what nerdamer cannot read is an unevaluable rule, never a guessed verdict. */
function decide(rule: Rule, work: () => boolean): boolean {
  try {
    return withNerdamer(work);
  } catch (error) {
    if (error instanceof UnevaluableRuleError) throw error;
    if (error instanceof ExpressionSyntaxError || isNerdamerError(error)) {
      throw new UnevaluableRuleError(
        `${rule.type}: nerdamer cannot evaluate it (${error.message})`,
      );
    }
    throw error;
  }
}

/** nerdamer throws its own Error subclasses (ParseError, DivisionByZero, ...). */
function isNerdamerError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    !(error instanceof TypeError) &&
    !(error instanceof ReferenceError) &&
    !(error instanceof RangeError)
  );
}

function allowedVariables(interaction: Interaction): string[] {
  // customOskLetters is the name older states schemas gave allowedVariables.
  for (const name of ['allowedVariables', 'customOskLetters']) {
    const value = interaction.args[name];
    if (Array.isArray(value) && value.length > 0)
      return value.filter((v): v is string => typeof v === 'string');
  }
  return [];
}

/**
 * Why Oppia's editor would refuse the text (MathInteractionsService.validateNumericExpression,
 * validateAlgebraicExpression, validateEquation), or null.
 */
function refusal(kind: MathKind, text: string, allowed: string[]): string | null {
  const stray = (side: string) =>
    allowed.length === 0 ? undefined : learnerVariables(side).find((v) => !allowed.includes(v));
  return withNerdamer(() => {
    if (kind === 'NumericExpressionInput') {
      const invalid = expressionRefusal(text);
      if (invalid) return invalid;
      return hasLettersOutsideFunctions(text) ? 'a numeric expression has no variables' : null;
    }
    if (kind === 'AlgebraicExpressionInput') {
      const invalid = expressionRefusal(text);
      if (invalid) return invalid;
      const name = stray(text);
      return name ? `“${name}” is not a variable the card allows` : null;
    }
    const source = text.replace(/\s/g, '');
    if (/[<>]/.test(source)) return 'an equation has no "<" or ">"';
    const sides = source.split('=');
    if (sides.length !== 2 || sides[0] === '' || sides[1] === '')
      return 'an equation has exactly one "=" with a side on each';
    for (const side of sides) {
      const invalid = expressionRefusal(side);
      if (invalid) return invalid;
      const name = stray(side);
      if (name) return `“${name}” is not a variable the card allows`;
    }
    return sides.every((side) => !hasLettersOutsideFunctions(side))
      ? 'The equation must contain at least one variable.'
      : null;
  });
}

function mathRules(kind: MathKind): InteractionRules<unknown> {
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
            withNerdamer(() => learnerVariables(side)).forEach((v) => mentioned.add(v));
          } catch {
            // an unreadable rule input is reported when that rule is evaluated
          }
        }
      }
      const variables = allowed.length > 0 ? allowed : mentioned.size > 0 ? [...mentioned] : ['x'];
      const v = variables[0] as string;

      return {
        matches(rule, value) {
          if (kind === 'MathEquationInput') {
            const evaluate = EQUATION_RULES[rule.type];
            if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
            const answer = splitEquation(value, 'the answer');
            const input = splitEquation(ruleText(rule), 'the rule input');
            return decide(rule, () => evaluate(answer, input, rule.inputs['y']));
          }
          const table = kind === 'NumericExpressionInput' ? NUMERIC_RULES : ALGEBRAIC_RULES;
          const evaluate = table[rule.type];
          if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
          const x = ruleText(rule);
          return decide(rule, () => evaluate(value, x));
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
          const reason = refusal(kind, value, allowed);
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
