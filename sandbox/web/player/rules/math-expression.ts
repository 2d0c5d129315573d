/**
 * A small parser and evaluator for the math interactions' answers (NumericExpressionInput,
 * AlgebraicExpressionInput, MathEquationInput). Oppia uses nerdamer and MathInteractionsService
 * (core/templates/services/math-interactions.service.ts); the sandbox evaluates numerically
 * instead: two expressions are equivalent when they agree at several sample points.
 */

export class MathParseError extends Error {}

export type MathNode =
  | { k: 'num'; v: number }
  | { k: 'var'; name: string }
  | { k: 'neg'; a: MathNode }
  | { k: 'bin'; op: '+' | '-' | '*' | '/' | '^'; a: MathNode; b: MathNode }
  | { k: 'fn'; name: string; arg: MathNode };

type Token =
  | { t: 'num'; v: number }
  | { t: 'var'; name: string }
  | { t: 'fn'; name: string }
  | { t: 'op'; v: string };

const FUNCTIONS = new Set(['sqrt', 'abs', 'sin', 'cos', 'tan', 'log', 'ln', 'exp']);
const GREEK = new Set([
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
]);

function normalise(text: string): string {
  return text.replace(/[×·∗]/g, '*').replace(/÷/g, '/').replace(/[−–]/g, '-').replace(/\*\*/g, '^');
}

function tokenize(source: string): Token[] {
  const text = normalise(source);
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)/.exec(rest);
    if (num) {
      tokens.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ident = /^[A-Za-z]+/.exec(rest);
    if (ident) {
      const word = ident[0];
      const followedByParen = /^\s*\(/.test(text.slice(i + word.length));
      if (FUNCTIONS.has(word) && followedByParen) tokens.push({ t: 'fn', name: word });
      else if (GREEK.has(word)) tokens.push({ t: 'var', name: word });
      else for (const letter of word) tokens.push({ t: 'var', name: letter });
      i += word.length;
      continue;
    }
    const ch = text.charAt(i);
    if ('+-*/^()'.includes(ch)) {
      tokens.push({ t: 'op', v: ch });
      i += 1;
      continue;
    }
    throw new MathParseError(`"${ch}" is not allowed in a math expression.`);
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): MathNode {
    if (this.tokens.length === 0) throw new MathParseError('Please enter an answer.');
    const node = this.expr();
    if (this.pos < this.tokens.length)
      throw new MathParseError('Your answer is not a valid expression.');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'op' && t.v === v;
  }

  private expr(): MathNode {
    let node = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.pos++] as { v: '+' | '-' }).v;
      node = { k: 'bin', op, a: node, b: this.term() };
    }
    return node;
  }

  private startsOperand(): boolean {
    const t = this.peek();
    return t !== undefined && (t.t !== 'op' || t.v === '(');
  }

  private term(): MathNode {
    let node = this.unary();
    for (;;) {
      if (this.isOp('*') || this.isOp('/')) {
        const op = (this.tokens[this.pos++] as { v: '*' | '/' }).v;
        node = { k: 'bin', op, a: node, b: this.unary() };
      } else if (this.startsOperand()) {
        node = { k: 'bin', op: '*', a: node, b: this.power() };
      } else {
        return node;
      }
    }
  }

  private unary(): MathNode {
    if (this.isOp('-')) {
      this.pos++;
      return { k: 'neg', a: this.unary() };
    }
    if (this.isOp('+')) {
      this.pos++;
      return this.unary();
    }
    return this.power();
  }

  private power(): MathNode {
    const base = this.primary();
    if (this.isOp('^')) {
      this.pos++;
      return { k: 'bin', op: '^', a: base, b: this.unary() };
    }
    return base;
  }

  private primary(): MathNode {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new MathParseError('Your answer seems to be incomplete.');
    if (t.t === 'num') return { k: 'num', v: t.v };
    if (t.t === 'var') return { k: 'var', name: t.name };
    if (t.t === 'fn') {
      if (!this.isOp('(')) throw new MathParseError(`${t.name} needs brackets.`);
      this.pos++;
      const arg = this.expr();
      this.expectClose();
      return { k: 'fn', name: t.name, arg };
    }
    if (t.v === '(') {
      const inner = this.expr();
      this.expectClose();
      return inner;
    }
    throw new MathParseError('Your answer is not a valid expression.');
  }

  private expectClose(): void {
    if (!this.isOp(')')) throw new MathParseError('Your answer has an unclosed bracket.');
    this.pos++;
  }
}

export function parseMath(text: string): MathNode {
  return new Parser(tokenize(text)).parse();
}

export function variablesOf(node: MathNode, into = new Set<string>()): Set<string> {
  switch (node.k) {
    case 'var':
      if (node.name !== 'pi') into.add(node.name);
      break;
    case 'neg':
      variablesOf(node.a, into);
      break;
    case 'bin':
      variablesOf(node.a, into);
      variablesOf(node.b, into);
      break;
    case 'fn':
      variablesOf(node.arg, into);
      break;
    case 'num':
      break;
  }
  return into;
}

const FN_IMPL: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  abs: Math.abs,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  log: Math.log10,
  ln: Math.log,
  exp: Math.exp,
};

export function evaluate(node: MathNode, scope: Record<string, number>): number {
  switch (node.k) {
    case 'num':
      return node.v;
    case 'var':
      if (node.name === 'pi' && scope.pi === undefined) return Math.PI;
      return scope[node.name] ?? NaN;
    case 'neg':
      return -evaluate(node.a, scope);
    case 'fn':
      return (FN_IMPL[node.name] ?? (() => NaN))(evaluate(node.arg, scope));
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

/** Deterministic sample values (mulberry32), so a classification never depends on luck. */
function samplePoints(variables: string[], count: number): Array<Record<string, number>> {
  let seed = 0x9e3779b9;
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () =>
    Object.fromEntries(variables.map((v) => [v, 0.5 + next() * 2.5])),
  );
}

export function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when both expressions give the same value at every sample point where both are defined. */
export function numericallyEquivalent(x: MathNode, y: MathNode): boolean {
  const variables = [...variablesOf(x, variablesOf(y))].sort();
  let compared = 0;
  for (const scope of samplePoints(variables, variables.length === 0 ? 1 : 12)) {
    const a = evaluate(x, scope);
    const b = evaluate(y, scope);
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      if (Number.isFinite(a) !== Number.isFinite(b)) return false;
      continue;
    }
    if (!closeEnough(a, b)) return false;
    compared++;
  }
  return compared > 0;
}

/** Canonical text of a node: explicit operators, products with their factors sorted. */
export function canonical(node: MathNode): string {
  switch (node.k) {
    case 'num':
      return String(node.v);
    case 'var':
      return node.name;
    case 'neg':
      return `-(${canonical(node.a)})`;
    case 'fn':
      return `${node.name}(${canonical(node.arg)})`;
    case 'bin': {
      if (node.op === '*') {
        return factorsOf(node)
          .map((f) => wrap(f))
          .sort()
          .join('*');
      }
      return `${wrap(node.a)}${node.op}${wrap(node.b)}`;
    }
  }
}

function wrap(node: MathNode): string {
  const text = canonical(node);
  return node.k === 'bin' ? `(${text})` : text;
}

function factorsOf(node: MathNode): MathNode[] {
  if (node.k === 'bin' && node.op === '*') return [...factorsOf(node.a), ...factorsOf(node.b)];
  return [node];
}

/** The signed top-level terms of an expression, as canonical strings ("+2*x", "-y"). */
export function termsOf(node: MathNode, sign: 1 | -1 = 1, into: string[] = []): string[] {
  if (node.k === 'bin' && (node.op === '+' || node.op === '-')) {
    termsOf(node.a, sign, into);
    termsOf(node.b, node.op === '-' ? (-sign as 1 | -1) : sign, into);
  } else if (
    node.k === 'neg' &&
    !(node.a.k === 'bin' && (node.a.op === '+' || node.a.op === '-'))
  ) {
    termsOf(node.a, -sign as 1 | -1, into);
  } else {
    into.push(`${sign === 1 ? '+' : '-'}${canonical(node)}`);
  }
  return into;
}

/** Same terms (each used once), in any order: Oppia's MatchesExactlyWith term matching. */
export function sameTerms(x: MathNode, y: MathNode): boolean {
  const a = termsOf(x).sort();
  const b = termsOf(y).sort();
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
