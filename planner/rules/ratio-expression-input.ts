/**
 * RatioExpressionInput. Submits the list of terms typed as "1:2:3". Rules as in
 * extensions/interactions/RatioExpressionInput/directives/ratio-expression-input-rules.service.ts
 * @ a05bb8ff: Equals (same terms in order), IsEquivalent (equal after dividing by the gcd of all
 * terms), HasNumberOfTermsEqualTo(y), HasSpecificTermEqualTo(x: 1-based index, y: value).
 * The UI takes positive integers only, at least two terms, and exactly `numberOfTerms` when that
 * customization arg is above 0.
 */
import { intArg } from '../normalize';
import type { Rule } from '../normalize';
import { randomInt } from '../random';
import { gcd, numberInput } from './numbers';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

type Ratio = number[];

function terms(rule: Rule): Ratio {
  const x = rule.inputs['x'];
  if (!Array.isArray(x) || x.some((t) => numberInput(t) === null)) {
    throw new UnevaluableRuleError(`${rule.type} needs a list of terms x`);
  }
  return x.map((t) => numberInput(t) as number);
}

function int(rule: Rule, name: string): number {
  const v = numberInput(rule.inputs[name]);
  if (v === null) throw new UnevaluableRuleError(`${rule.type} needs a number ${name}`);
  return v;
}

function simplest(r: Ratio): Ratio {
  const g = r.reduce((acc, t) => gcd(acc, t), 0) || 1;
  return r.map((t) => t / g);
}

const same = (a: Ratio, b: Ratio) => a.length === b.length && a.every((t, i) => t === b[i]);

const RULES: Record<string, (answer: Ratio, rule: Rule) => boolean> = {
  Equals: (a, r) => same(a, terms(r)),
  IsEquivalent: (a, r) => same(simplest(a), simplest(terms(r))),
  HasNumberOfTermsEqualTo: (a, r) => a.length === int(r, 'y'),
  HasSpecificTermEqualTo: (a, r) => a[int(r, 'x') - 1] === int(r, 'y'),
};

export const ratioExpressionRules = defineRules<Ratio>({
  id: 'RatioExpressionInput',
  prepare(interaction) {
    const numberOfTerms = intArg(interaction.args['numberOfTerms'], 0);
    const length = (wanted: number) => (numberOfTerms > 0 ? numberOfTerms : Math.max(2, wanted));
    const ruleTerms = interaction.groups
      .flatMap((g) => g.rules)
      .filter((r) => Array.isArray(r.inputs['x']))
      .map((r) => (r.inputs['x'] as unknown[]).map((t) => numberInput(t) ?? 1));
    return {
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(value, rule);
      },
      fromSolution: (correct) =>
        Array.isArray(correct) && correct.every((t) => typeof t === 'number') ? correct : null,
      *candidatesFor(rule) {
        switch (rule.type) {
          case 'Equals':
            yield terms(rule);
            break;
          case 'IsEquivalent':
            yield terms(rule);
            yield simplest(terms(rule));
            yield terms(rule).map((t) => t * 2);
            break;
          case 'HasNumberOfTermsEqualTo': {
            const y = int(rule, 'y');
            yield Array.from({ length: y }, () => 1);
            yield Array.from({ length: y }, (_, i) => i + 1);
            break;
          }
          case 'HasSpecificTermEqualTo': {
            const x = int(rule, 'x');
            const y = int(rule, 'y');
            for (const filler of [1, 2, y + 1]) {
              const ratio = Array.from({ length: length(x) }, () => filler);
              ratio[x - 1] = y;
              yield ratio;
            }
            break;
          }
        }
      },
      *fillers() {
        for (const t of ruleTerms) yield t.map((v, i) => v + i + 1);
        yield Array.from({ length: length(2) }, (_, i) => 97 + i);
        yield Array.from({ length: length(2) }, (_, i) => i + 1);
      },
      *randomValues(rng) {
        for (let i = 0; i < 30; i++) {
          yield Array.from({ length: length(randomInt(rng, 2, 3)) }, () => randomInt(rng, 1, 20));
        }
      },
      toAnswer(value) {
        if (value.length < 2) return unenterable('a ratio has at least two terms');
        if (numberOfTerms > 0 && value.length !== numberOfTerms) {
          return unenterable(`the card expects ${numberOfTerms} terms`);
        }
        if (!value.every((t) => Number.isInteger(t) && t > 0)) {
          return unenterable('ratio terms are positive whole numbers');
        }
        return { kind: 'RatioExpressionInput', text: value.join(':') };
      },
      submitted(answer) {
        if (answer.kind !== 'RatioExpressionInput')
          return unenterable('not a RatioExpression answer');
        const parts = answer.text.split(':').map((t) => t.trim());
        const values = parts.map(Number);
        if (parts.some((p) => !/^\d+$/.test(p))) return unenterable(`cannot read “${answer.text}”`);
        return values;
      },
    };
  },
});
