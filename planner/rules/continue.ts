/**
 * Continue: a linear interaction. Its button submits the button text and Oppia never evaluates
 * rules for it (feconf.LINEAR_INTERACTION_IDS), so only the default outcome is reachable.
 */
import { unicodeArg } from '../normalize';
import { htmlToText } from '../text';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

export const continueRules = defineRules<string>({
  id: 'Continue',
  prepare(interaction) {
    const buttonText =
      htmlToText(unicodeArg(interaction.args['buttonText'], 'Continue')) || 'Continue';
    return {
      matches(rule) {
        throw new UnevaluableRuleError(`Continue has no rules, found "${rule.type}"`);
      },
      fromSolution: () => null,
      candidatesFor: () => [],
      fillers: () => [buttonText],
      randomValues: () => [],
      toAnswer: (text) => ({ kind: 'Continue', buttonText: text }),
      submitted: (answer) =>
        answer.kind === 'Continue' ? answer.buttonText : unenterable(`not a Continue answer`),
    };
  },
});
