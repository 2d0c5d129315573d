/**
 * MultipleChoiceInput. The submitted answer is the choice's original index. The display is
 * shuffled unless `showChoicesInShuffledOrder` is false, so the learner finds the choice by its
 * words, else its accessible name, and by position only in a fixed order (item-refs.ts).
 * Rule: Equals(x: index).
 * Source: extensions/interactions/interaction_specs.json @ 18a5e24 (reference oppia-player.md §2);
 * the shuffle: oppia-interactive-multiple-choice-input.component.ts (default true).
 */
import { boolArg, choicesArg } from '../normalize';
import { shuffled } from '../random';
import { indexOfRef, itemRefs } from './item-refs';
import { numberInput } from './numbers';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

export const multipleChoiceRules = defineRules<number>({
  id: 'MultipleChoiceInput',
  prepare(interaction) {
    const choices = choicesArg(interaction.args['choices']);
    const shuffledShown = boolArg(interaction.args['showChoicesInShuffledOrder'], true);
    const refs = itemRefs(choices, !shuffledShown, 'choice');
    const indexOf = (rule: { inputs: Record<string, unknown> }): number => {
      const x = numberInput(rule.inputs['x']);
      if (x === null) throw new UnevaluableRuleError('Equals needs a choice index x');
      return x;
    };
    return {
      matches(rule, value) {
        if (rule.type !== 'Equals') throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return value === indexOf(rule);
      },
      fromSolution: () => null, // can_have_solution is false for MultipleChoiceInput
      candidatesFor: (rule) => (rule.type === 'Equals' ? [indexOf(rule)] : []),
      fillers: () => choices.map((c) => c.index),
      randomValues: (rng) =>
        shuffled(
          rng,
          choices.map((c) => c.index),
        ),
      toAnswer(index) {
        const choice = refs.refs[index];
        if (choice === undefined) return unenterable(`there is no choice ${index}`);
        if (typeof choice === 'string') return unenterable(choice);
        return { kind: 'MultipleChoiceInput', choiceIndex: index, choice };
      },
      submitted(answer) {
        if (answer.kind !== 'MultipleChoiceInput') {
          return unenterable('not a MultipleChoiceInput answer');
        }
        const index = indexOfRef(refs, answer.choice);
        return index === -1 ? unenterable('no choice is found that way') : index;
      },
      indistinguishable: () => refs.indistinguishable,
    };
  },
});
