/**
 * SetInput. Submits the list of strings the learner added. Rules as in
 * extensions/interactions/SetInput/directives/set-input-rules.service.ts @ 2caeec5a (newer
 * versions read `x.unicodeStrSet` instead of a plain list; same logic): Equals (same size, every
 * input present), IsSubsetOf (proper: smaller and every answer item in x), IsSupersetOf (proper),
 * HasElementsIn (shares an item), HasElementsNotIn (an answer item outside x), OmitsElementsIn
 * (an x item missing), IsDisjointFrom (no x item present).
 * The planner only builds sets of distinct, non-empty items and at least one item, as the UI asks.
 */
import { stringListInput } from '../normalize';
import type { Rule } from '../normalize';
import { randomWord, shuffled } from '../random';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

type Items = string[];

function inputSet(rule: Rule): Items {
  const x = rule.inputs['x'];
  if (x === undefined || x === null) throw new UnevaluableRuleError(`${rule.type} needs a set x`);
  return stringListInput(x, 'unicodeStrSet');
}

const RULES: Record<string, (a: Items, x: Items) => boolean> = {
  Equals: (a, x) => a.length === x.length && x.every((v) => a.includes(v)),
  IsSubsetOf: (a, x) => a.length < x.length && a.every((v) => x.includes(v)),
  IsSupersetOf: (a, x) => a.length > x.length && x.every((v) => a.includes(v)),
  HasElementsIn: (a, x) => x.some((v) => a.includes(v)),
  HasElementsNotIn: (a, x) => a.some((v) => !x.includes(v)),
  OmitsElementsIn: (a, x) => x.some((v) => !a.includes(v)),
  IsDisjointFrom: (a, x) => x.every((v) => !a.includes(v)),
};

export const setInputRules = defineRules<Items>({
  id: 'SetInput',
  prepare(interaction) {
    const mentioned = [
      ...new Set(
        interaction.groups.flatMap((g) =>
          g.rules.flatMap((r) => stringListInput(r.inputs['x'], 'unicodeStrSet')),
        ),
      ),
    ];
    /** Items no rule of the card mentions. */
    const fresh = ['plannerqz', 'plannerwx', 'plannerkv'].filter((s) => !mentioned.includes(s));
    const [f1 = 'plannerqz1', f2 = 'plannerqz2'] = fresh;
    return {
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(value, inputSet(rule));
      },
      fromSolution: (correct) => {
        const items = stringListInput(correct, 'unicodeStrSet');
        return Array.isArray(correct) || items.length > 0 ? items : null;
      },
      *candidatesFor(rule) {
        const x = inputSet(rule);
        switch (rule.type) {
          case 'Equals':
            yield x;
            break;
          case 'IsSubsetOf':
            for (const v of x) yield x.filter((o) => o !== v);
            break;
          case 'IsSupersetOf':
            yield [...x, f1];
            break;
          case 'HasElementsIn':
            for (const v of x) yield [v];
            yield x;
            break;
          case 'HasElementsNotIn':
            yield [f1];
            yield [...x, f1];
            break;
          case 'OmitsElementsIn':
            for (const v of x) yield x.filter((o) => o !== v);
            yield [f1];
            break;
          case 'IsDisjointFrom':
            yield [f1];
            yield [f1, f2];
            break;
        }
      },
      *fillers() {
        yield [f1];
        yield [f1, f2];
        yield mentioned;
        yield [...mentioned, f1];
        for (const v of mentioned) yield [v];
      },
      *randomValues(rng) {
        for (let i = 0; i < 30; i++) {
          const words = [randomWord(rng), ...(i % 2 ? [randomWord(rng)] : [])];
          yield i % 3 === 2 ? [...shuffled(rng, mentioned).slice(0, 1), ...words] : words;
        }
      },
      toAnswer(items) {
        if (items.length === 0) return unenterable('the planner enters at least one item');
        if (items.some((v) => v.trim() === '')) return unenterable('items are not empty');
        if (new Set(items).size !== items.length)
          return unenterable('the UI refuses duplicate items');
        return { kind: 'SetInput', items: [...items] };
      },
      submitted: (answer) =>
        answer.kind === 'SetInput' ? answer.items : unenterable('not a SetInput answer'),
    };
  },
});
