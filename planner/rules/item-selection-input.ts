/**
 * ItemSelectionInput. The submitted answer is the set of chosen choices' content_ids (old content:
 * their HTML). Rules: Equals, ContainsAtLeastOneOf, DoesNotContainAtLeastOneOf, IsProperSubsetOf,
 * with duplicates removed first, as in
 * extensions/interactions/ItemSelectionInput/directives/item-selection-input-rules.service.ts
 * (newest version read: DoesNotContainAtLeastOneOf = some input missing from the answer).
 * The UI only submits between minAllowableSelectionCount and maxAllowableSelectionCount choices.
 * Oppia shows the choices in their order (item-selection-input-interaction.component.html has no
 * shuffle), so a choice nothing else singles out is found by its position (item-refs.ts).
 */
import { choicesArg, findChoice, intArg } from '../normalize';
import type { Rule } from '../normalize';
import { randomInt, shuffled } from '../random';
import { indexOfRef, itemRefs } from './item-refs';
import type { ItemRef } from '../types';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

/** Choice keys (content_ids, or HTML for old content), in choice order. */
type Selection = string[];

export const itemSelectionRules = defineRules<Selection>({
  id: 'ItemSelectionInput',
  prepare(interaction) {
    const choices = choicesArg(interaction.args['choices']);
    const refs = itemRefs(choices, true, 'choice');
    const min = intArg(interaction.args['minAllowableSelectionCount'], 1);
    const max = intArg(interaction.args['maxAllowableSelectionCount'], 1);
    const order = new Map(choices.map((c) => [c.key, c.index]));
    const sorted = (keys: Iterable<string>): Selection =>
      [...new Set(keys)].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));

    const ruleSet = (rule: Rule): string[] => {
      const x = rule.inputs['x'];
      if (!Array.isArray(x)) throw new UnevaluableRuleError(`${rule.type} needs a list x`);
      // Keys the choices are known by; an input naming no choice stays as written (never matches).
      return [...new Set(x.map((ref) => findChoice(choices, ref)?.key ?? String(ref)))];
    };

    const RULES: Record<string, (answer: Set<string>, input: string[]) => boolean> = {
      Equals: (a, x) => a.size === x.length && x.every((v) => a.has(v)),
      ContainsAtLeastOneOf: (a, x) => x.some((v) => a.has(v)),
      DoesNotContainAtLeastOneOf: (a, x) => x.some((v) => !a.has(v)),
      IsProperSubsetOf: (a, x) => a.size < x.length && [...a].every((v) => x.includes(v)),
    };

    function* subsets(): Generator<Selection> {
      const keys = choices.map((c) => c.key);
      if (keys.length > 12) {
        for (const k of keys) yield [k];
        return;
      }
      const all: Selection[] = [];
      for (let mask = 1; mask < 1 << keys.length; mask++) {
        all.push(keys.filter((_, i) => mask & (1 << i)));
      }
      all.sort((a, b) => a.length - b.length);
      yield* all;
    }

    return {
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(new Set(value), ruleSet(rule));
      },
      fromSolution: () => null, // can_have_solution is false for ItemSelectionInput
      *candidatesFor(rule) {
        const x = ruleSet(rule).filter((k) => order.has(k));
        const others = choices.map((c) => c.key).filter((k) => !x.includes(k));
        switch (rule.type) {
          case 'Equals':
            yield sorted(x);
            break;
          case 'ContainsAtLeastOneOf':
            for (const k of x) yield [k];
            yield sorted(x);
            break;
          case 'DoesNotContainAtLeastOneOf':
            for (const k of x) yield sorted([...others, ...x.filter((v) => v !== k)]);
            if (others.length > 0) yield [others[0] as string];
            break;
          case 'IsProperSubsetOf':
            for (const k of x) yield sorted(x.filter((v) => v !== k));
            for (const k of x) yield [k];
            break;
        }
      },
      fillers: subsets,
      *randomValues(rng) {
        const keys = choices.map((c) => c.key);
        for (let i = 0; i < 30 && keys.length > 0; i++) {
          const size = randomInt(rng, Math.max(1, min), Math.max(1, Math.min(max, keys.length)));
          yield sorted(shuffled(rng, keys).slice(0, size));
        }
      },
      toAnswer(selection) {
        if (selection.length < min || selection.length > max) {
          return unenterable(`${selection.length} selected, the card allows ${min} to ${max}`);
        }
        const picked: ItemRef[] = [];
        for (const key of selection) {
          const index = order.get(key);
          const ref = index === undefined ? undefined : refs.refs[index];
          if (ref === undefined) return unenterable(`"${key}" is not a choice`);
          if (typeof ref === 'string') return unenterable(ref);
          picked.push(ref);
        }
        return { kind: 'ItemSelectionInput', choices: picked };
      },
      submitted(answer) {
        if (answer.kind !== 'ItemSelectionInput') return unenterable('not an ItemSelection answer');
        const keys: string[] = [];
        for (const ref of answer.choices) {
          const choice = choices[indexOfRef(refs, ref)];
          if (!choice) return unenterable(`no choice is found by ${JSON.stringify(ref)}`);
          keys.push(choice.key);
        }
        return sorted(keys);
      },
      indistinguishable: () => refs.indistinguishable,
    };
  },
});
