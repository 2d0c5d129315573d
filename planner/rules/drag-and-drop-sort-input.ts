/**
 * DragAndDropSortInput. Submits the final ordering as a list of positions, each a list of choice
 * content_ids (old content: HTML). Rules as in
 * extensions/interactions/DragAndDropSortInput/directives/drag-and-drop-sort-input-rules.service.ts
 * @ 0b7dac17: IsEqualToOrdering, IsEqualToOrderingWithOneItemAtIncorrectPosition (exactly one
 * mismatch counted position by position), HasElementXAtPositionY (1-based), HasElementXBeforeElementY.
 * Without allowMultipleItemsInSamePosition every position holds exactly one item; with it, a
 * position holds one or more items (the learner drags an item onto another's group). Either way
 * the list starts in `choices` order and every choice appears exactly once. Items move as the
 * learner sorts them, so an item is found by its words or accessible name, never by position.
 */
import { boolArg, choicesArg, findChoice } from '../normalize';
import type { Rule } from '../normalize';
import { shuffled } from '../random';
import type { ItemRef } from '../types';
import { indexOfRef, itemRefs } from './item-refs';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

type Ordering = string[][];

function checkEquality(answer: Ordering, x: Ordering): boolean {
  return answer.every((position, i) => {
    const expected = x[i];
    return (
      expected !== undefined &&
      position.length === expected.length &&
      position.every((k) => expected.includes(k))
    );
  });
}

function mismatches(answer: Ordering, x: Ordering): number {
  let count = 0;
  for (let i = 0; i < Math.min(answer.length, x.length); i++) {
    const a = answer[i] as string[];
    const b = x[i] as string[];
    const [longer, other] = b.length > a.length ? [b, a] : [a, b];
    for (const item of longer) if (!other.includes(item)) count += 1;
  }
  return count;
}

function positionOf(answer: Ordering, key: string): number {
  return answer.findIndex((position) => position.includes(key));
}

function* permutations<T>(items: T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i++) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i] as T, ...tail];
  }
}

export const dragAndDropSortRules = defineRules<Ordering>({
  id: 'DragAndDropSortInput',
  prepare(interaction) {
    const choices = choicesArg(interaction.args['choices']);
    const refs = itemRefs(choices, false, 'item');
    const keys = choices.map((c) => c.key);
    const multiple = boolArg(interaction.args['allowMultipleItemsInSamePosition'], false);
    const resolve = (ref: unknown): string => findChoice(choices, ref)?.key ?? String(ref);

    const ordering = (rule: Rule): Ordering => {
      const x = rule.inputs['x'];
      if (!Array.isArray(x) || !x.every(Array.isArray)) {
        throw new UnevaluableRuleError(`${rule.type} needs a list of lists x`);
      }
      return (x as unknown[][]).map((position) => position.map(resolve));
    };
    const item = (rule: Rule, name: string): string => {
      const ref = rule.inputs[name];
      if (typeof ref !== 'string')
        throw new UnevaluableRuleError(`${rule.type} needs a choice ${name}`);
      return resolve(ref);
    };
    const position = (rule: Rule): number => {
      const y = rule.inputs['y'];
      if (typeof y !== 'number') throw new UnevaluableRuleError(`${rule.type} needs a position y`);
      return y;
    };

    const RULES: Record<string, (answer: Ordering, rule: Rule) => boolean> = {
      IsEqualToOrdering: (a, r) => a.length === ordering(r).length && checkEquality(a, ordering(r)),
      IsEqualToOrderingWithOneItemAtIncorrectPosition: (a, r) => mismatches(a, ordering(r)) === 1,
      HasElementXAtPositionY: (a, r) => {
        const at = positionOf(a, item(r, 'x'));
        return at !== -1 && at + 1 === position(r);
      },
      HasElementXBeforeElementY: (a, r) =>
        positionOf(a, item(r, 'x')) < positionOf(a, item(r, 'y')),
    };

    const singles = (order: string[]): Ordering => order.map((k) => [k]);
    const moved = (key: string, index: number): Ordering => {
      const rest = keys.filter((k) => k !== key);
      rest.splice(Math.max(0, Math.min(index, rest.length)), 0, key);
      return singles(rest);
    };

    /** Every way of moving one item of `x` to another (or a new) position. */
    function* oneItemMoved(x: Ordering): Generator<Ordering> {
      for (let from = 0; from < x.length; from++) {
        for (const key of x[from] as string[]) {
          const without = x.map((p) => p.filter((k) => k !== key));
          for (let to = 0; to <= x.length; to++) {
            if (to === from) continue;
            const next = without.map((p) => [...p]);
            if (to < x.length) (next[to] as string[]).push(key);
            else next.push([key]);
            yield next.filter((p) => p.length > 0);
            if (to < x.length) {
              const inserted = without.map((p) => [...p]);
              inserted.splice(to, 0, [key]);
              yield inserted.filter((p) => p.length > 0);
            }
          }
        }
      }
    }

    return {
      matches(rule, value) {
        const evaluate = RULES[rule.type];
        if (!evaluate) throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return evaluate(value, rule);
      },
      fromSolution(correct) {
        if (!Array.isArray(correct) || !correct.every(Array.isArray)) return null;
        return (correct as unknown[][]).map((p) => p.map(resolve));
      },
      *candidatesFor(rule) {
        switch (rule.type) {
          case 'IsEqualToOrdering':
            yield ordering(rule);
            break;
          case 'IsEqualToOrderingWithOneItemAtIncorrectPosition':
            yield* oneItemMoved(ordering(rule));
            break;
          case 'HasElementXAtPositionY':
            yield moved(item(rule, 'x'), position(rule) - 1);
            break;
          case 'HasElementXBeforeElementY': {
            const y = item(rule, 'y');
            yield moved(item(rule, 'x'), keys.filter((k) => k !== item(rule, 'x')).indexOf(y));
            yield moved(item(rule, 'x'), 0);
            break;
          }
        }
      },
      *fillers() {
        yield singles(keys);
        yield singles([...keys].reverse());
        if (keys.length <= 6) for (const order of permutations(keys)) yield singles(order);
      },
      *randomValues(rng) {
        for (let i = 0; i < 30; i++) yield singles(shuffled(rng, keys));
      },
      toAnswer(value) {
        const flat = value.flat();
        if (flat.length !== keys.length || !keys.every((k) => flat.includes(k))) {
          return unenterable('an ordering must place every item exactly once');
        }
        if (value.some((p) => p.length === 0))
          return unenterable('an ordering has no empty positions');
        if (!multiple && value.some((p) => p.length > 1)) {
          return unenterable('the card does not allow several items in one position');
        }
        const ordered: ItemRef[][] = [];
        for (const p of value) {
          const group: ItemRef[] = [];
          for (const key of p) {
            const ref = refs.refs[keys.indexOf(key)] as ItemRef | string;
            if (typeof ref === 'string') return unenterable(ref);
            group.push(ref);
          }
          ordered.push(group);
        }
        return { kind: 'DragAndDropSortInput', ordered };
      },
      submitted(answer) {
        if (answer.kind !== 'DragAndDropSortInput')
          return unenterable('not a DragAndDropSort answer');
        const result: Ordering = [];
        for (const p of answer.ordered) {
          const group: string[] = [];
          for (const ref of p) {
            const key = keys[indexOfRef(refs, ref)];
            if (key === undefined) return unenterable(`no item is found by ${JSON.stringify(ref)}`);
            group.push(key);
          }
          result.push(group);
        }
        return result;
      },
      indistinguishable: () => refs.indistinguishable,
    };
  },
});
