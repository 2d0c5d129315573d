/**
 * planChapter: the shortest way from the first card to an EndExploration card, with the answer to
 * give on each card.
 *
 * Breadth-first over outcome destinations, taking an edge only when the planner can build an
 * answer its own rules classify into that outcome (never trusting labelled_as_correct). For each
 * wanted outcome it tries the card's solution first, then values built from the outcome's rules,
 * then generic values (the default outcome is reached with an answer no group matches).
 */
import { isFound, searchAnswer } from './answer-search';
import type { FoundAnswer } from './answer-search';
import { PlanError } from './errors';
import type { PlanErrorReason } from './errors';
import { normalizeInteraction, outcomesOf } from './normalize';
import type { Interaction, Outcome } from './normalize';
import { TERMINAL_INTERACTION, rulesFor } from './rules';
import type { PreparedInteraction } from './rules/types';
import type { CardPlan, ChapterPlan, ExplorationPlayerDict, OutcomeRef } from './types';

interface Card {
  name: string;
  interaction: Interaction;
  /** null when the interaction is not one the planner supports. */
  prepared: PreparedInteraction<unknown> | null;
}

interface Step {
  from: string;
  found: FoundAnswer;
}

/** An outcome the planner could not reach, kept to explain a chapter it cannot finish. */
interface Miss {
  outcome: Outcome;
  summary: string;
}

function describeRef(ref: OutcomeRef): string {
  return ref === 'default' ? 'default outcome' : `group ${ref}`;
}

/** Candidate values for one outcome: solution, then the outcome's rules, then generic values. */
function sourcesFor(card: Card, outcome: Outcome, prepared: PreparedInteraction<unknown>) {
  const group = outcome.ref === 'default' ? null : card.interaction.groups[outcome.ref];
  const solution = card.interaction.solution;
  return [
    () => {
      if (solution === undefined || solution === null) return [];
      const value = prepared.fromSolution(solution);
      return value === null ? [] : [value];
    },
    ...(group?.rules ?? []).map((rule) => () => prepared.candidatesFor(rule)),
    () => prepared.fillers(),
  ];
}

export function planChapter(exploration: ExplorationPlayerDict): ChapterPlan {
  const states = exploration.states ?? {};
  const start = exploration.init_state_name;
  if (!states[start]) {
    throw new PlanError(
      start,
      '(none)',
      'invalid-exploration',
      `the first card "${start}" is not among the states`,
    );
  }

  const cards = new Map<string, Card>();
  const cardOf = (name: string): Card => {
    let card = cards.get(name);
    if (!card) {
      const interaction = normalizeInteraction(states[name]?.interaction);
      card = {
        name,
        interaction,
        prepared: rulesFor(interaction.id)?.prepare(interaction) ?? null,
      };
      cards.set(name, card);
    }
    return card;
  };

  const reachedBy = new Map<string, Step | null>([[start, null]]);
  const order: string[] = [start];
  const misses = new Map<string, Miss[]>();
  let end: string | null = null;

  for (let i = 0; i < order.length && end === null; i++) {
    const card = cardOf(order[i] as string);
    if (card.interaction.id === TERMINAL_INTERACTION) {
      end = card.name;
      break;
    }
    for (const outcome of outcomesOf(card.interaction)) {
      if (outcome.dest === card.name || reachedBy.has(outcome.dest) || !states[outcome.dest])
        continue;
      if (!card.prepared) continue;
      const result = searchAnswer(
        card.interaction,
        card.prepared,
        sourcesFor(card, outcome, card.prepared),
        (o) => o.ref === outcome.ref,
      );
      if (isFound(result)) {
        reachedBy.set(outcome.dest, { from: card.name, found: result });
        order.push(outcome.dest);
      } else {
        misses.set(card.name, [
          ...(misses.get(card.name) ?? []),
          { outcome, summary: result.summary },
        ]);
      }
    }
  }

  if (end === null) throw explainNoPath(exploration, order, cardOf, misses, reachedBy);
  return { cards: pathTo(end, reachedBy, cardOf) };
}

function pathTo(
  end: string,
  reachedBy: Map<string, Step | null>,
  cardOf: (name: string) => Card,
): CardPlan[] {
  const plans: CardPlan[] = [
    {
      stateName: end,
      interactionId: TERMINAL_INTERACTION,
      answer: null,
      nextStateName: null,
      feedbackExpected: false,
      groupIndex: 'default',
    },
  ];
  let current = end;
  for (let step = reachedBy.get(current); step; step = reachedBy.get(current)) {
    plans.unshift({
      stateName: step.from,
      interactionId: cardOf(step.from).interaction.id,
      answer: step.found.answer,
      nextStateName: current,
      feedbackExpected: step.found.outcome.hasFeedback,
      groupIndex: step.found.outcome.ref,
    });
    current = step.from;
  }
  return plans;
}

/**
 * Names the card that keeps the chapter from its end. Preference: a dead end, then an
 * unsupported interaction, then an onward outcome no buildable answer reaches, then a broken
 * destination; each time the first such card in breadth-first order from the start.
 */
function explainNoPath(
  exploration: ExplorationPlayerDict,
  reached: string[],
  cardOf: (name: string) => Card,
  misses: Map<string, Miss[]>,
  reachedBy: Map<string, Step | null>,
): PlanError {
  const problems: Array<{ reason: PlanErrorReason; card: Card; detail: string }> = [];
  for (const name of reached) {
    const card = cardOf(name);
    const outcomes = outcomesOf(card.interaction);
    const onward = outcomes.filter((o) => o.dest !== name);
    if (onward.length === 0) {
      const detail =
        outcomes.length === 0
          ? 'the card has no outcomes at all'
          : `all ${outcomes.length} outcomes (${outcomes.map((o) => describeRef(o.ref)).join(', ')}) lead back to this card`;
      problems.push({ reason: 'dead-end', card, detail });
    } else if (!card.prepared) {
      problems.push({
        reason: 'unsupported-interaction',
        card,
        detail: `the planner cannot answer ${card.interaction.id} cards`,
      });
    }
    const blocking = (misses.get(name) ?? []).filter((m) => !reachedBy.has(m.outcome.dest));
    const lookAlike = card.prepared?.indistinguishable?.() ?? null;
    if (blocking.length > 0 && lookAlike !== null) {
      problems.push({ reason: 'indistinguishable-choices', card, detail: lookAlike });
    } else if (blocking.length > 0) {
      const detail = blocking
        .map((m) => `${describeRef(m.outcome.ref)} -> "${m.outcome.dest}": ${m.summary}`)
        .join(' | ');
      problems.push({ reason: 'unbuildable-answer', card, detail: `no answer reaches ${detail}` });
    }
    const broken = onward.find((o) => !exploration.states[o.dest]);
    if (broken) {
      problems.push({
        reason: 'invalid-exploration',
        card,
        detail: `${describeRef(broken.ref)} leads to "${broken.dest}", which is not a card`,
      });
    }
  }
  const pathToCard = (card: Card): CardPlan[] => stepsTo(card.name, reachedBy, cardOf);
  const preference: PlanErrorReason[] = [
    'dead-end',
    'indistinguishable-choices',
    'unsupported-interaction',
    'unbuildable-answer',
    'invalid-exploration',
  ];
  for (const reason of preference) {
    const problem = problems.find((p) => p.reason === reason);
    if (problem)
      return new PlanError(
        problem.card.name,
        problem.card.interaction.id,
        reason,
        problem.detail,
        pathToCard(problem.card),
      );
  }
  const last = cardOf(reached[reached.length - 1] as string);
  const hasEnd = Object.values(exploration.states).some(
    (s) => s.interaction?.id === TERMINAL_INTERACTION,
  );
  return new PlanError(
    last.name,
    last.interaction.id,
    'no-path-to-end',
    hasEnd
      ? `every way on from the ${reached.length} reachable cards loops back before an EndExploration card`
      : 'the exploration has no EndExploration card',
    pathToCard(last),
  );
}

/** The planned cards from the first card up to (not including) `target`. */
function stepsTo(
  target: string,
  reachedBy: Map<string, Step | null>,
  cardOf: (name: string) => Card,
): CardPlan[] {
  return pathTo(target, reachedBy, cardOf).slice(0, -1);
}
