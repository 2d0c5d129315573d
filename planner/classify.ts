/**
 * The planner's own answer classification, following Oppia's AnswerClassificationService
 * (core/templates/pages/exploration-player-page/services/answer-classification.service.ts
 * @ c7b6b086): answer groups in order, each group's rules in order, the first rule that holds picks
 * the group; for trainable interactions an exact training_data match picks a group; otherwise the
 * default outcome. A rule the planner cannot evaluate makes the result unknown, never a guess.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Interaction, Outcome } from './normalize';
import { UnevaluableRuleError } from './rules/types';
import type { PreparedInteraction } from './rules/types';

export type Classification = { known: true; outcome: Outcome } | { known: false; reason: string };

export function classify<V>(
  interaction: Interaction,
  prepared: PreparedInteraction<V>,
  value: V,
): Classification {
  for (const group of interaction.groups) {
    let unsure: string | null = null;
    for (const rule of group.rules) {
      try {
        if (prepared.matches(rule, value)) return { known: true, outcome: group.outcome };
      } catch (error) {
        if (!(error instanceof UnevaluableRuleError)) throw error;
        unsure ??= `group ${group.index} rule ${rule.type}: ${error.message}`;
      }
    }
    // A later rule of the group did not hold, but the unevaluable one might have.
    if (unsure !== null) return { known: false, reason: unsure };
  }
  if (prepared.trainable) {
    const trained = interaction.groups.find((g) =>
      g.trainingData.some((d) => isDeepStrictEqual(d, value)),
    );
    if (trained) return { known: true, outcome: trained.outcome };
  }
  const intercepted = prepared.interceptsDefault?.(value);
  if (intercepted) return { known: false, reason: intercepted };
  if (!interaction.defaultOutcome)
    return { known: false, reason: 'no rule matches and there is no default outcome' };
  return { known: true, outcome: interaction.defaultOutcome };
}
