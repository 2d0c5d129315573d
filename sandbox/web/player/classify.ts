/**
 * Answer classification, as Oppia's AnswerClassificationService
 * (core/templates/pages/exploration-player-page/services/answer-classification.service.ts
 * @c7b6b086): answer groups in order, each group's rules in order, the first rule that holds picks
 * its group's outcome; otherwise the default outcome.
 */
import { evaluateRule } from './rules/index';
import type { InteractionDict, OutcomeDict } from './types';

export interface Classification {
  outcome: OutcomeDict;
  answerGroupIndex: number; // answer_groups.length for the default outcome, as Oppia reports it
  ruleSpecIndex: number;
  category: 'explicit' | 'default_outcome';
}

export function classifyAnswer(interaction: InteractionDict, answer: unknown): Classification {
  const interactionId = interaction.id ?? '';
  const groups = interaction.answer_groups ?? [];
  for (const [groupIndex, group] of groups.entries()) {
    for (const [ruleIndex, rule] of group.rule_specs.entries()) {
      if (evaluateRule(interactionId, rule.rule_type, answer, rule.inputs)) {
        return {
          outcome: group.outcome,
          answerGroupIndex: groupIndex,
          ruleSpecIndex: ruleIndex,
          category: 'explicit',
        };
      }
    }
  }
  if (!interaction.default_outcome) {
    throw new Error(
      'No default outcome found in the interaction; the answer cannot be classified.',
    );
  }
  return {
    outcome: interaction.default_outcome,
    answerGroupIndex: groups.length,
    ruleSpecIndex: 0,
    category: 'default_outcome',
  };
}
