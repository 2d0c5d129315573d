/**
 * The sandbox's stand-in for Oppia's MathInteractionsService
 * (core/templates/services/math-interactions.service.ts @ 8f69df0a): validation of what the learner
 * typed in a math editor, and the string helpers the math rules (math-rules.ts) are built on. Like
 * Oppia's frontend it uses the npm `nerdamer` package, core only (`import nerdamer from 'nerdamer'`,
 * no Algebra/Calculus add-on), in the version Oppia's package.json resolves (^1.1.4 -> 1.1.13).
 */
import nerdamer from 'nerdamer';

/** Why Oppia's editor refuses an answer; the message is the warning Oppia shows. */
export class MathParseError extends Error {}

/** A validated expression: what was typed and its form with explicit "*" signs. */
export interface MathText {
  readonly typed: string;
  readonly explicit: string;
}

// assets/constants.ts @ 8429bb23 GREEK_LETTER_NAMES_TO_SYMBOLS.
const GREEK: Array<[name: string, symbol: string]> = [
  ['alpha', 'α'],
  ['beta', 'β'],
  ['gamma', 'γ'],
  ['delta', 'δ'],
  ['epsilon', 'ε'],
  ['zeta', 'ζ'],
  ['eta', 'η'],
  ['theta', 'θ'],
  ['iota', 'ι'],
  ['kappa', 'κ'],
  ['lambda', 'λ'],
  ['mu', 'μ'],
  ['nu', 'ν'],
  ['xi', 'ξ'],
  ['pi', 'π'],
  ['rho', 'ρ'],
  ['sigma', 'σ'],
  ['tau', 'τ'],
  ['upsilon', 'υ'],
  ['phi', 'φ'],
  ['chi', 'χ'],
  ['psi', 'ψ'],
  ['omega', 'ω'],
  ['Gamma', 'Γ'],
  ['Delta', 'Δ'],
  ['Theta', 'Θ'],
  ['Lambda', 'Λ'],
  ['Xi', 'Ξ'],
  ['Pi', 'Π'],
  ['Sigma', 'Σ'],
  ['Phi', 'Φ'],
  ['Psi', 'Ψ'],
  ['Omega', 'Ω'],
];
// Longest names first (Oppia sorts them so), or "theta" would lose its "eta".
GREEK.sort((a, b) => b[0].length - a[0].length);
const SYMBOL_OF_NAME = new Map(GREEK);

// assets/constants.ts @ 8429bb23 MATH_FUNCTION_NAMES, in Oppia's order (replacements run in it).
const FUNCTION_NAMES = [
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

const everywhere = (pattern: string) => new RegExp(pattern, 'g');

/** Runs nerdamer work and then drops the expressions nerdamer keeps in its global list. */
export function usingNerdamer<T>(work: () => T): T {
  try {
    return work();
  } finally {
    nerdamer.flush();
  }
}

export function nerdamerVariables(text: string): string[] {
  return nerdamer(text).variables();
}

/** insertMultiplicationSigns: "2xy(x+1)" -> "2*x*y*(x+1)"; whitespace dropped. */
export function explicitProducts(typed: string): string {
  let text = typed;
  for (const [name, symbol] of GREEK) text = text.replace(everywhere(name), symbol);
  text = text.replace(/\s/g, '');
  // nerdamer reads "ax" as one variable; Oppia means a*x.
  for (const name of nerdamerVariables(text)) {
    text = text.replace(everywhere(name), [...name].join('*'));
  }
  for (const [name, symbol] of GREEK) text = text.replace(everywhere(symbol), name);
  for (const fn of FUNCTION_NAMES)
    text = text.replace(everywhere(`([a-zA-Z0-9)])${fn}`), `$1*${fn}`);
  text = text.replace(/([0-9])([a-zA-Z])/g, '$1*$2');
  text = text.replace(/\)([^*+/\-^)])/g, ')*$1');
  text = text.replace(/([^*|+/\-^(])\(/g, '$1*(');
  return text.replace(everywhere(`(${FUNCTION_NAMES.join('|')})\\*\\(`), '$1(');
}

/**
 * getTerms: the top-level terms of a sum (byProduct = false) or factors of a product. A subtracted
 * term is wrapped as "-(t)", a divisor as "(t)^(-1)"; a "-" after an operator or "(" is a sign.
 */
export function splitTerms(expression: string, byProduct = false): string[] {
  const [join, inverse] = byProduct ? ['*', '/'] : ['+', '-'];
  const wrap = (t: string) => (byProduct ? `(${t})^(-1)` : `-(${t})`);
  const marked = expression
    .replace(/\s/g, '')
    .replace(/([^a-zA-Z0-9)])-/g, '$1~')
    .replace(/([^a-zA-Z0-9)])-/g, '$1~');
  const out: string[] = [];
  let start = 0;
  let level = 0;
  let inverted = false;
  // A piece is cut at each top-level delimiter; an empty one is skipped, except the last.
  const close = (end: number, last = false) => {
    const piece = marked.slice(start, end);
    if (piece === '' && !last) return;
    out.push(inverted ? wrap(piece) : piece);
    inverted = false;
  };
  for (let i = 0; i < marked.length; i++) {
    const ch = marked.charAt(i);
    if (ch === '(') level += 1;
    else if (ch === ')') level -= 1;
    if (level !== 0 || (ch !== join && ch !== inverse)) continue;
    close(i);
    start = i + 1;
    if (ch === inverse) inverted = true;
  }
  close(marked.length, true);
  return out.map((t) => t.replaceAll('~', '-'));
}

/** replaceConstantsWithVariables: numbers as symbols ("2.5" -> "const2point5"). */
export function numbersAsSymbols(expression: string, includeZero = true): string {
  const digits = includeZero ? '[0-9]' : '[1-9]';
  return expression
    .replace(everywhere(`(${digits}+)\\.(${digits}+)`), 'const$1point$2')
    .replace(everywhere(`(${digits}+)`), 'const$1');
}

/** The same items on both sides, each used once (Oppia's nested splice loops). */
function matchAll(left: string[], right: string[], same: (a: string, b: string) => boolean) {
  const rest = [...right];
  const unmatched = left.filter((item) => {
    const at = rest.findIndex((other) => same(item, other));
    if (at === -1) return true;
    rest.splice(at, 1);
    return false;
  });
  return unmatched.length === 0 && rest.length === 0;
}

/** doTermsMatch: the same factors, each compared by nerdamer with its numbers kept apart. */
export function sameTerm(a: string, b: string): boolean {
  return matchAll(splitTerms(a, true), splitTerms(b, true), (p, q) =>
    nerdamer(numbersAsSymbols(p)).eq(nerdamer(numbersAsSymbols(q)).toString()),
  );
}

/** Every term of one sum pairs with a distinct, matching term of the other. */
export function sameTermsAnyOrder(a: string, b: string): boolean {
  return matchAll(splitTerms(a), splitTerms(b), sameTerm);
}

export function hasVariables(expression: string): boolean {
  return nerdamerVariables(expression).length > 0;
}

/** Oppia's cleanErrorMessage, for the messages nerdamer gives on what a learner types. */
function warningFor(message: string, typed: string): string {
  if (message.includes('bracket'))
    return 'It looks like your answer has an invalid bracket pairing.';
  let text = message.split(':')[0] as string;
  text = text.split(' at ')[0] as string;
  if (text.endsWith('!')) text = text.slice(0, -1);
  if (!text.endsWith('.')) text += '.';
  if (text === 'Division by zero not allowed.')
    return 'Your answer includes a division by zero, which is not valid.';
  if (text.includes('is not a valid postfix operator.'))
    return `Your answer seems to be missing a variable/number after the "${text[0]}".`;
  if (text === 'A prefix operator was expected.') {
    const pair = /[/*^][+\-/*^]/.exec(typed)?.[0] ?? '';
    return `Your answer has two symbols next to each other: "${pair[0]}" and "${pair[1]}".`;
  }
  return text;
}

/** _validateExpression: throws MathParseError with Oppia's warning, else the expression. */
export function parseMath(typed: string): MathText {
  const text = typed.replace(/\s/g, '');
  const fail = (warning: string): never => {
    throw new MathParseError(warning);
  };
  if (text === '') fail('Please enter an answer before submitting.');
  if (/[=<>]/.test(text))
    fail(
      'It looks like you have entered an equation/inequality. Please enter an expression instead.',
    );
  if (text.includes('_')) fail('Your answer contains an invalid character: "_".');
  if (/\+$|\+\)/.test(text))
    fail('Your answer seems to be missing a variable/number after the "+".');
  const badNumber = /(\d*\.\d*\.\d*)|(\d+\.\D)|(\D\.\d+)|(\d+\.$)/.exec(text);
  if (badNumber) fail(`Your answer contains an invalid term: ${badNumber[0]}`);
  const letterFirst = /([a-zA-Z]+\d+)/.exec(text)?.[0];
  if (letterFirst) {
    const cut = letterFirst.search(/\d/);
    fail(
      `When multiplying, the variable should come after the number: ${letterFirst.slice(cut)}${letterFirst.slice(0, cut)}. Please update your answer and try again.`,
    );
  }
  let explicit = '';
  usingNerdamer(() => {
    try {
      explicit = explicitProducts(text);
      nerdamer(explicit);
    } catch (error) {
      fail(warningFor(error instanceof Error ? error.message : String(error), explicit || text));
    }
  });
  if (/\w\^((\w+\^)|(\(.*\^.*\)))/.test(explicit))
    fail('Your expression contains an exponent in an exponent which is not supported.');
  for (const power of explicit.match(/\^((\([^()]*\))|(\w+))/g) ?? []) {
    if (usingNerdamer(() => nerdamer(power.slice(1)).gt('5')))
      fail(
        'Your expression contains an exponent with value greater than 5 which is not supported.',
      );
  }
  const redundant = redundantBrackets(explicit);
  if (redundant) fail(`Your expression contains redundant parentheses: ${redundant}.`);
  return { typed, explicit };
}

/** containsRedundantParens: "((x+1))"; the brackets Guppy puts around exponents do not count. */
function redundantBrackets(text: string): string | null {
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      const isCall = i > 0 && /[a-zA-Z^]/.test(text.charAt(i - 1));
      opens.push(isCall ? -1 : i);
    } else if (text[i] === ')') {
      const open = opens.pop() ?? 0;
      if (open === -1 || text[i + 2] === '^' || (open >= 2 && text[open - 2] === '^')) continue;
      if (text[open - 1] === '(' && text[i + 1] === ')') return text.slice(open - 1, i + 2);
    }
  }
  return null;
}

/**
 * The variables validateAlgebraicExpression checks against the card's allowed letters (nerdamer's
 * variables, plus the constants e and pi when written; Greek names as their symbols). A numeric
 * answer (validateNumericExpression) has none of them.
 */
export function variablesOf(parsed: MathText): Set<string> {
  const names = usingNerdamer(() => nerdamerVariables(parsed.explicit));
  if (/(^|[^a-zA-Z])e($|[^a-zA-Z])/.test(parsed.explicit)) names.push('e');
  if (/(^|[^a-zA-Z])pi($|[^a-zA-Z])/.test(parsed.explicit)) names.push('pi');
  return new Set(names.map((n) => (n.length > 1 ? (SYMBOL_OF_NAME.get(n) ?? n) : n)));
}
