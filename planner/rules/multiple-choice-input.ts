/**
 * MultipleChoiceInput. The submitted answer is the choice's original index (the display may be
 * shuffled, so the learner finds the choice by its text). Rule: Equals(x: index).
 * Source: extensions/interactions/interaction_specs.json @ 18a5e24 (reference oppia-player.md §2).
 */
import { choicesArg } from '../normalize';
import { shuffled } from '../random';
import { htmlToText } from '../text';
import { numberInput } from './numbers';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

export const multipleChoiceRules = defineRules<number>({
  id: 'MultipleChoiceInput',
  prepare(interaction) {
    const choices = choicesArg(interaction.args['choices']);
    const texts = choices.map((c) => htmlToText(c.html));
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
        const text = texts[index];
        if (text === undefined) return unenterable(`there is no choice ${index}`);
        if (text === '') return unenterable(`choice ${index} has no text to find it by`);
        if (texts.filter((t) => t === text).length > 1) {
          return unenterable(`choice ${index} has the same text as another choice: “${text}”`);
        }
        return { kind: 'MultipleChoiceInput', choiceIndex: index, choiceText: text };
      },
      submitted: (answer) =>
        answer.kind === 'MultipleChoiceInput'
          ? answer.choiceIndex
          : unenterable('not a MultipleChoiceInput answer'),
    };
  },
});
