/**
 * planWrongAnswer: an answer that keeps the learner on the card with feedback, to check that the
 * player shows the feedback and lets the learner try again. Values come from the rng (the suite's
 * seeded faker rng), from the rules of the card's "stay" groups and from generic fillers, and one
 * is returned only when the planner's own rules classify it into an outcome whose dest is this
 * card and whose feedback is non-empty. Stay outcomes with a refresher exploration or a missing
 * prerequisite skill are avoided: the player offers a detour there instead of plain feedback.
 */
import { isFound, searchAnswer } from './answer-search';
import { normalizeInteraction } from './normalize';
import type { Outcome } from './normalize';
import { shuffled, type Rng } from './random';
import { rulesFor } from './rules';
import type { StateDict, WrongAnswerPlan } from './types';

export function planWrongAnswer(
  state: StateDict,
  stateName: string,
  rng: Rng,
): WrongAnswerPlan | null {
  const interaction = normalizeInteraction(state.interaction);
  const prepared = rulesFor(interaction.id)?.prepare(interaction);
  if (!prepared || interaction.id === 'Continue') return null;

  const stays = (o: Outcome) => o.dest === stateName && o.hasFeedback && !o.hasDetour;
  const stayGroups = interaction.groups.filter((g) => stays(g.outcome));
  if (stayGroups.length === 0 && !(interaction.defaultOutcome && stays(interaction.defaultOutcome)))
    return null;

  const result = searchAnswer(
    interaction,
    prepared,
    [
      () => prepared.randomValues(rng),
      ...shuffled(
        rng,
        stayGroups.flatMap((g) => g.rules),
      ).map((rule) => () => prepared.candidatesFor(rule)),
      () => prepared.fillers(),
    ],
    stays,
  );
  return isFound(result)
    ? { answer: result.answer, feedbackExpected: result.outcome.hasFeedback }
    : null;
}
