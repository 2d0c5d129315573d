/**
 * A small parser and evaluator for the expressions of NumericExpressionInput,
 * AlgebraicExpressionInput and MathEquationInput ("(x)^(2)+2*x*y", "2x", "pi*r^2", "sqrt(16)").
 *
 * Oppia decides these rules with nerdamer (extensions/interactions/AlgebraicExpressionInput/
 * directives/algebraic-expression-input-rules.service.ts, MathEquationInput/...-rules.service.ts
 * @ 64057020). The planner approximates them, which is enough to check its own answers (which are
 * the creator's strings or the solution) and to see shadowing:
 * - exact:      same syntax tree (whitespace, redundant brackets and implicit "*" ignored);
 * - trivial:    same tree up to reordering the terms of sums and the factors of products, and
 *               moving signs (a-b = -b+a, a/b = a*b^-1);
 * - equivalent: the same value at several sample points (numerical identity test).
 */
import { seededRng } from '../random';
import { nearlyEqual } from './numbers';

export type Node =
  | { k: 'num'; v: number }
  | { k: 'var'; name: string }
  | { k: 'neg'; a: Node }
  | { k: 'bin'; op: '+' | '-' | '*' | '/' | '^'; a: Node; b: Node }
  | { k: 'call'; f: string; a: Node };

type Token =
  | { t: 'num'; v: number }
  | { t: 'var'; name: string }
  | { t: 'func'; name: string }
  | { t: 'op'; op: '+' | '-' | '*' | '/' | '^' }
  | { t: '(' }
  | { t: ')' };

const FUNCTIONS = ['sqrt', 'abs', 'sin', 'cos', 'tan', 'log', 'ln', 'exp'];
const GREEK = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'zeta',
  'eta',
  'theta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'omicron',
  'pi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'chi',
  'psi',
  'omega',
];
const WORDS = [...FUNCTIONS, ...GREEK].sort((a, b) => b.length - a.length);

export class ExpressionSyntaxError extends Error {}

function tokenize(source: string): Token[] {
  const text = source
    .replace(/[×·∗]/g, '*')
    .replace(/÷/g, '/')
    .replace(/[−–]/g, '-')
    .replace(/√/g, 'sqrt')
    .replace(/π/g, 'pi');
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[\d.]/.test(ch)) {
      const match = /^(\d+\.?\d*|\.\d+)/.exec(text.slice(i));
      if (!match) throw new ExpressionSyntaxError(`bad number at ${i}`);
      tokens.push({ t: 'num', v: Number(match[1]) });
      i += (match[1] as string).length;
    } else if (/[A-Za-z]/.test(ch)) {
      const run = (/^[A-Za-z]+/.exec(text.slice(i)) as RegExpExecArray)[0];
      let j = 0;
      while (j < run.length) {
        const word = WORDS.find((w) => run.startsWith(w, j));
        if (word && FUNCTIONS.includes(word)) tokens.push({ t: 'func', name: word });
        else tokens.push({ t: 'var', name: word ?? (run[j] as string) });
        j += word ? word.length : 1;
      }
      i += run.length;
    } else if ('+-*/^'.includes(ch)) {
      tokens.push({ t: 'op', op: ch as '+' | '-' | '*' | '/' | '^' });
      i++;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      tokens.push({ t: '(' });
      i++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      tokens.push({ t: ')' });
      i++;
    } else {
      throw new ExpressionSyntaxError(`unexpected "${ch}"`);
    }
  }
  return tokens;
}

/** Parses an expression; throws ExpressionSyntaxError. */
export function parseExpression(source: string): Node {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (op: string) => {
    const token = peek();
    return token?.t === 'op' && token.op === op;
  };

  function sum(): Node {
    let node = product();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { op: '+' | '-' }).op;
      node = { k: 'bin', op, a: node, b: product() };
    }
    return node;
  }
  function product(): Node {
    let node = unary();
    for (;;) {
      if (isOp('*') || isOp('/')) {
        const op = (tokens[pos++] as { op: '*' | '/' }).op;
        node = { k: 'bin', op, a: node, b: unary() };
      } else if (['num', 'var', 'func', '('].includes(peek()?.t ?? '')) {
        node = { k: 'bin', op: '*', a: node, b: power() }; // implicit multiplication: 2x, x(y+1)
      } else {
        return node;
      }
    }
  }
  function unary(): Node {
    if (isOp('-')) {
      pos++;
      return { k: 'neg', a: unary() };
    }
    if (isOp('+')) {
      pos++;
      return unary();
    }
    return power();
  }
  function power(): Node {
    const base = primary();
    if (isOp('^')) {
      pos++;
      return { k: 'bin', op: '^', a: base, b: unary() };
    }
    return base;
  }
  function primary(): Node {
    const token = tokens[pos++];
    if (!token) throw new ExpressionSyntaxError('unexpected end');
    if (token.t === 'num') return { k: 'num', v: token.v };
    if (token.t === 'var') return { k: 'var', name: token.name };
    if (token.t === 'func') {
      if (peek()?.t !== '(') throw new ExpressionSyntaxError(`${token.name} needs brackets`);
      return { k: 'call', f: token.name, a: primary() };
    }
    if (token.t === '(') {
      const inner = sum();
      if (tokens[pos++]?.t !== ')') throw new ExpressionSyntaxError('missing )');
      return inner;
    }
    throw new ExpressionSyntaxError(`unexpected ${token.t === 'op' ? token.op : token.t}`);
  }

  if (tokens.length === 0) throw new ExpressionSyntaxError('empty expression');
  const tree = sum();
  if (pos !== tokens.length) throw new ExpressionSyntaxError('unexpected trailing input');
  return tree;
}

/** Variable names in the expression ("pi" is the constant, not a variable). */
export function variablesOf(node: Node, into = new Set<string>()): Set<string> {
  if (node.k === 'var' && node.name !== 'pi') into.add(node.name);
  if (node.k === 'neg' || node.k === 'call') variablesOf(node.a, into);
  if (node.k === 'bin') {
    variablesOf(node.a, into);
    variablesOf(node.b, into);
  }
  return into;
}

export function evaluate(node: Node, scope: Map<string, number>): number {
  switch (node.k) {
    case 'num':
      return node.v;
    case 'var':
      return node.name === 'pi' ? Math.PI : (scope.get(node.name) ?? NaN);
    case 'neg':
      return -evaluate(node.a, scope);
    case 'call': {
      const a = evaluate(node.a, scope);
      const f: Record<string, (x: number) => number> = {
        sqrt: Math.sqrt,
        abs: Math.abs,
        sin: Math.sin,
        cos: Math.cos,
        tan: Math.tan,
        log: Math.log10,
        ln: Math.log,
        exp: Math.exp,
      };
      return (f[node.f] ?? (() => NaN))(a);
    }
    case 'bin': {
      const a = evaluate(node.a, scope);
      const b = evaluate(node.b, scope);
      if (node.op === '+') return a + b;
      if (node.op === '-') return a - b;
      if (node.op === '*') return a * b;
      if (node.op === '/') return a / b;
      return a ** b;
    }
  }
}

/** The tree as text, brackets everywhere: equal strings <=> equal trees. */
export function exactForm(node: Node): string {
  switch (node.k) {
    case 'num':
      return String(node.v);
    case 'var':
      return node.name;
    case 'neg':
      return `-(${exactForm(node.a)})`;
    case 'call':
      return `${node.f}(${exactForm(node.a)})`;
    case 'bin':
      return `(${exactForm(node.a)}${node.op}${exactForm(node.b)})`;
  }
}

/** Signed terms of a sum, with subtraction and negation moved onto the terms. */
function terms(node: Node, sign: 1 | -1, out: Array<[1 | -1, Node]>): void {
  if (node.k === 'bin' && (node.op === '+' || node.op === '-')) {
    terms(node.a, sign, out);
    terms(node.b, node.op === '-' ? (-sign as 1 | -1) : sign, out);
  } else if (node.k === 'neg') {
    terms(node.a, -sign as 1 | -1, out);
  } else {
    out.push([sign, node]);
  }
}

/** Factors of a product with their exponent sign (division = factor^-1), and the overall sign. */
function factors(node: Node, inverse: boolean, out: { sign: number; list: string[] }): void {
  if (node.k === 'bin' && (node.op === '*' || node.op === '/')) {
    factors(node.a, inverse, out);
    factors(node.b, node.op === '/' ? !inverse : inverse, out);
  } else if (node.k === 'neg') {
    out.sign *= -1;
    factors(node.a, inverse, out);
  } else {
    const form = trivialForm(node);
    out.list.push(inverse ? `(${form})^-1` : form);
  }
}

/** Canonical text up to reordering of sums and products and moving signs. */
export function trivialForm(node: Node): string {
  if ((node.k === 'bin' && (node.op === '+' || node.op === '-')) || node.k === 'neg') {
    const list: Array<[1 | -1, Node]> = [];
    terms(node, 1, list);
    const forms = list.map(([sign, term]) => {
      const product = { sign, list: [] as string[] };
      factors(term, false, product);
      const body = product.list.sort().join('*');
      return `${product.sign < 0 ? '-' : '+'}${body}`;
    });
    if (forms.length === 1 && forms[0]?.startsWith('+')) return forms[0].slice(1);
    return `S[${forms.sort().join(',')}]`;
  }
  if (node.k === 'bin' && (node.op === '*' || node.op === '/')) {
    const product = { sign: 1, list: [] as string[] };
    factors(node, false, product);
    return `${product.sign < 0 ? '-' : ''}P[${product.list.sort().join('*')}]`;
  }
  if (node.k === 'bin') return `(${trivialForm(node.a)})^(${trivialForm(node.b)})`;
  if (node.k === 'call') return `${node.f}(${trivialForm(node.a)})`;
  return exactForm(node);
}

/**
 * True when the two expressions take the same value at several sample points (variables drawn
 * from [0.5, 3.5] with a fixed seed, so the check is reproducible). Points where either side is
 * undefined are skipped; fewer than three usable points means "not shown equal".
 */
export function numericallyEqual(
  a: Node,
  b: Node,
  same: (x: number, y: number) => boolean = nearlyEqual,
): boolean {
  const names = [...variablesOf(a, variablesOf(b))];
  const rng = seededRng(20240917);
  const samples = names.length === 0 ? 1 : 8;
  let usable = 0;
  for (let i = 0; i < samples; i++) {
    const scope = new Map(names.map((n) => [n, 0.5 + 3 * rng()]));
    const x = evaluate(a, scope);
    const y = evaluate(b, scope);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (!same(x, y)) return false;
    usable++;
  }
  return usable >= Math.min(samples, 3);
}
