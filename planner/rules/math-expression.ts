/**
 * How Oppia classifies NumericExpressionInput, AlgebraicExpressionInput and MathEquationInput
 * answers: symbolically, with the npm `nerdamer` library (the version Oppia's package.json
 * resolves, ^1.1.4 -> 1.1.13), through the string helpers of
 * core/templates/services/math-interactions.service.ts @ 8f69df0a. Each helper below is named
 * after the Oppia function it follows; the rules themselves are in math-input.ts.
 *
 * Oppia imports `nerdamer` alone (its core): no add-on (Algebra.js) is loaded, so the
 * `simplify(...)` Oppia's IsEquivalentTo wraps around an expanded expression is not nerdamer's
 * simplification but a multiplication by a symbol named "simplify", the same on both sides. Loading
 * the add-on here would make the planner accept answers Oppia refuses.
 */
import nerdamer from 'nerdamer';

export class ExpressionSyntaxError extends Error {}

/**
 * assets/constants.ts @ 8429bb23 GREEK_LETTER_NAMES_TO_SYMBOLS (23 lower-case letters, omicron
 * excluded, and the 10 upper-case ones that differ from Latin letters).
 */
export const GREEK_LETTER_NAMES_TO_SYMBOLS: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

/** assets/constants.ts @ 8429bb23 MATH_FUNCTION_NAMES, in Oppia's order (the loops below use it). */
export const MATH_FUNCTION_NAMES = [
  'log',
  'ln',
  'sqrt',
  'abs',
  'sin',
  'cos',
  'tan',
  'sec',
  'csc',
  'cot',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
];

/** Greek names by length, longest first, so "beta" is not read as "b" + "eta". */
const GREEK_BY_LENGTH = Object.entries(GREEK_LETTER_NAMES_TO_SYMBOLS).sort(
  (a, b) => b[0].length - a[0].length,
);

/**
 * nerdamer keeps every parsed expression in a module-level list; the planner parses thousands of
 * candidate answers, so the list is emptied after each top-level question (no effect on results).
 */
export function withNerdamer<T>(work: () => T): T {
  try {
    return work();
  } finally {
    nerdamer.flush();
  }
}

/** nerdamer(text), with its parse errors as ExpressionSyntaxError. */
export function parse(text: string): nerdamer.Expression {
  try {
    return nerdamer(text);
  } catch (error) {
    throw new ExpressionSyntaxError(error instanceof Error ? error.message : String(error));
  }
}

/** The variables nerdamer sees (pi and e are constants to it). */
export function variablesOf(text: string): string[] {
  return parse(text).variables();
}

/** MathInteractionsService.containsAtLeastOneVariable. */
export function containsAtLeastOneVariable(text: string): boolean {
  return variablesOf(text).length > 0;
}

/**
 * MathInteractionsService.insertMultiplicationSigns: "2xy" -> "2*x*y", "x(y+1)" -> "x*(y+1)",
 * "5sqrt(x)" -> "5*sqrt(x)", whitespace removed. Multi-letter names nerdamer reads as one variable
 * are split into single letters, except Greek letter names.
 */
export function insertMultiplicationSigns(text: string): string {
  let out = text;
  for (const [name, symbol] of GREEK_BY_LENGTH) out = out.replace(new RegExp(name, 'g'), symbol);
  out = out.replace(/\s/g, '');
  for (const variable of variablesOf(out)) {
    out = out.replace(new RegExp(variable, 'g'), variable.split('').join('*'));
  }
  for (const [name, symbol] of GREEK_BY_LENGTH) out = out.replace(new RegExp(symbol, 'g'), name);
  for (const fn of MATH_FUNCTION_NAMES) {
    out = out.replace(new RegExp(`([a-zA-Z0-9)])${fn}`, 'g'), `$1*${fn}`);
  }
  out = out.replace(/([0-9])([a-zA-Z])/g, '$1*$2');
  out = out.replace(/\)([^*+/\-^)])/g, ')*$1');
  // Oppia's character class also excludes "|" (a typo for alternation); kept for identical output.
  out = out.replace(/([^*|+/\-^(])\(/g, '$1*(');
  return out.replace(new RegExp(`(${MATH_FUNCTION_NAMES.join('|')})\\*\\(`, 'g'), '$1(');
}

/**
 * MathInteractionsService.getTerms: splits at top-level "+"/"-" (or "*"/"/"), a subtracted term
 * becoming "-(t)" (a divisor "(t)^(-1)"). A "-" is a subtraction only after a letter, digit or ")".
 */
export function getTerms(text: string, splitByAddition = true): string[] {
  const primary = splitByAddition ? '+' : '*';
  const secondary = splitByAddition ? '-' : '/';
  const modify = (term: string) => (splitByAddition ? `-(${term})` : `(${term})^(-1)`);
  let source = text.replace(/\s/g, '');
  // Twice, for overlapping matches such as 4----5.
  source = source.replace(/([^a-zA-Z0-9)])-/g, '$1~');
  source = source.replace(/([^a-zA-Z0-9)])-/g, '$1~');
  const terms: string[] = [];
  let current = '';
  let depth = 0;
  let negateNext = false;
  for (const ch of source) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth === 0 && (ch === primary || ch === secondary)) {
      if (current.length !== 0) {
        terms.push(negateNext ? modify(current) : current);
        negateNext = false;
        current = '';
      }
      if (ch === secondary) negateNext = true;
    } else {
      current += ch;
    }
  }
  terms.push(negateNext ? modify(current) : current);
  return terms.map((term) => term.replace(/~/g, '-'));
}

/**
 * MathInteractionsService.replaceConstantsWithVariables: numbers become symbols ("3.4" ->
 * "const3point4") so nerdamer does not fold them. Without replaceZero only the digits 1-9 are
 * touched, exactly as Oppia's regexes do.
 */
export function replaceConstantsWithVariables(text: string, replaceZero = true): string {
  if (replaceZero) {
    return text.replace(/([0-9]+)\.([0-9]+)/g, 'const$1point$2').replace(/([0-9]+)/g, 'const$1');
  }
  return text.replace(/([1-9]+)\.([1-9]+)/g, 'const$1point$2').replace(/([1-9]+)/g, 'const$1');
}

/** MathInteractionsService.doPartsMatch: the two factors are the same expression, numbers kept. */
function doPartsMatch(a: string, b: string): boolean {
  const left = replaceConstantsWithVariables(a);
  const right = replaceConstantsWithVariables(b);
  return parse(left).eq(parse(right).toString());
}

/** Pairs every item of one list with a distinct item of the other (Oppia's splice loops). */
function pairUp(a: string[], b: string[], same: (x: string, y: string) => boolean): boolean {
  const left = [...a];
  const right = [...b];
  for (let i = left.length - 1; i >= 0; i--) {
    for (let j = 0; j < right.length; j++) {
      if (same(left[i] as string, right[j] as string)) {
        left.splice(i, 1);
        right.splice(j, 1);
        break;
      }
    }
  }
  return left.length === 0 && right.length === 0;
}

/** MathInteractionsService.doTermsMatch: the same factors (split at top-level * and /). */
export function doTermsMatch(a: string, b: string): boolean {
  return pairUp(getTerms(a, false), getTerms(b, false), doPartsMatch);
}

/** The terms of both sides match one to one, in any order (trivial manipulations). */
export function termsMatchOneToOne(answer: string, input: string): boolean {
  return pairUp(getTerms(answer), getTerms(input), doTermsMatch);
}

/** nerdamer(a).eq(b): a - b is identically 0 after nerdamer's automatic simplification. */
export function nerdamerEquals(a: string, b: string): boolean {
  return parse(a).eq(parse(b).toString());
}

/**
 * Oppia's IsEquivalentTo for expressions with variables: both sides expanded, wrapped in
 * simplify(...) (see the file comment) and compared with eq.
 */
export function expandedEquals(answer: string, input: string): boolean {
  const normal = (text: string) => parse(`simplify(${parse(text).expand().text()})`).text();
  return parse(normal(answer)).eq(normal(input));
}

/** The text of lhs - rhs as Oppia builds it before comparing equations. */
export function moveToOneSide(lhs: string, rhs: string): string {
  return parse(parse(rhs).multiply('-1').text()).add(lhs).text();
}

export const subtractText = (a: string, b: string): string => parse(a).subtract(b).text();
export const divideText = (a: string, b: string): string => parse(a).divide(b).text();
export const textOf = (a: string): string => parse(a).text();

/**
 * Why Oppia's MathInteractionsService._validateExpression would refuse the text, or null. The
 * planner never types an answer Oppia's editor would refuse.
 */
export function expressionRefusal(text: string): string | null {
  const source = text.replace(/\s/g, '');
  if (source.length === 0) return 'Please enter an answer before submitting.';
  if (/[=<>]/.test(source)) return 'an expression has no "=", "<" or ">"';
  if (source.includes('_')) return 'Your answer contains an invalid character: "_".';
  if (/(\+$)|(\+\))/.test(source)) return 'a "+" is missing its operand';
  const badNumber = /(\d*\.\d*\.\d*)|(\d+\.\D)|(\D\.\d+)|(\d+\.$)/.exec(source);
  if (badNumber) return `Your answer contains an invalid term: ${badNumber[0]}`;
  const letterThenDigit = /([a-zA-Z]+\d+)/.exec(source);
  if (letterThenDigit) return `the number must come before the variable: ${letterThenDigit[0]}`;
  let withSigns: string;
  try {
    withSigns = insertMultiplicationSigns(source);
    parse(withSigns);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (/\w\^((\w+\^)|(\(.*\^.*\)))/.test(withSigns)) return 'an exponent in an exponent';
  for (const exponent of withSigns.match(/\^((\([^()]*\))|(\w+))/g) ?? []) {
    if (parse(exponent.replace(/^\^/, '')).gt('5')) return 'an exponent greater than 5';
  }
  const redundant = redundantParens(withSigns);
  return redundant ? `Your expression contains redundant parentheses: ${redundant}.` : null;
}

/** MathInteractionsService.containsRedundantParens: "((a-b))" (Guppy's exponent parens aside). */
function redundantParens(text: string): string | null {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') {
      stack.push(i > 0 && /[a-zA-Z]|\^/.test(text[i - 1] as string) ? -1 : i);
    } else if (ch === ')') {
      const open = stack.pop() ?? 0;
      if (open === -1) continue;
      const nextToExponent = text[i + 2] === '^' || (open >= 2 && text[open - 2] === '^');
      if (!nextToExponent && text[open - 1] === '(' && text[i + 1] === ')') {
        return text.slice(open - 1, i + 2);
      }
    }
  }
  return null;
}

/**
 * The variables MathInteractionsService.validateAlgebraicExpression checks against the card's
 * allowed variables: nerdamer's, plus "e" and "pi" when written, Greek names as symbols.
 */
export function learnerVariables(text: string): string[] {
  const withSigns = insertMultiplicationSigns(text);
  const names = variablesOf(withSigns);
  if (/(^|[^a-zA-Z])e($|[^a-zA-Z])/.test(withSigns)) names.push('e');
  if (/(^|[^a-zA-Z])pi($|[^a-zA-Z])/.test(withSigns)) names.push('pi');
  return names.map((name) =>
    name.length > 1 ? (GREEK_LETTER_NAMES_TO_SYMBOLS[name] ?? name) : name,
  );
}

/** MathInteractionsService.validateNumericExpression's extra check: letters outside functions. */
export function hasLettersOutsideFunctions(text: string): boolean {
  let rest = text;
  for (const fn of MATH_FUNCTION_NAMES) rest = rest.replace(new RegExp(fn, 'g'), '');
  return /[a-zA-Z]/.test(rest);
}
