/**
 * The shape every interaction module of the planner's rule engine has. One module per interaction
 * id (`planner/rules/<interaction>.ts`), chosen through the map in `planner/rules/index.ts`.
 *
 * Values (`V`) are what Oppia's player submits to its classifier (the answer objects of
 * extensions/interactions/answer-defs.ts); `Answer` is what a learner enters in the UI. A value is
 * only trusted after the round trip value -> Answer -> value, so the planner classifies exactly
 * what the learner's typing or clicking produces.
 */
import type { Interaction, Rule } from '../normalize';
import type { Rng } from '../random';
import type { Answer } from '../types';

/** A rule the planner cannot evaluate (unknown rule type, malformed input): never guessed. */
export class UnevaluableRuleError extends Error {
  override readonly name = 'UnevaluableRuleError';
}

/** Why a value cannot be entered through the UI (the interaction would refuse it). */
export interface Unenterable {
  unenterable: string;
}

export function unenterable(reason: string): Unenterable {
  return { unenterable: reason };
}

export function isUnenterable(x: unknown): x is Unenterable {
  return typeof x === 'object' && x !== null && 'unenterable' in x;
}

/** One interaction's rules, bound to a card's customization args and answer groups. */
export interface PreparedInteraction<V> {
  /** Oppia's verdict for one rule on a submitted value. Throws UnevaluableRuleError. */
  matches(rule: Rule, value: V): boolean;
  /** The card's `solution.correct_answer` as a value, when it has a usable one. */
  fromSolution(correctAnswer: unknown): V | null;
  /** Values built to satisfy one rule (they may still be shadowed by an earlier group). */
  candidatesFor(rule: Rule): Iterable<V>;
  /** Deterministic values meant to match no rule, or just a spread of plausible answers. */
  fillers(): Iterable<V>;
  /** A finite batch of values drawn with the rng, for wrong answers. */
  randomValues(rng: Rng): Iterable<V>;
  /** What the learner enters for the value, or why the UI would not accept it. */
  toAnswer(value: V): Answer | Unenterable;
  /** The value Oppia's player submits when the learner enters this answer. */
  submitted(answer: Answer): V | Unenterable;
  /**
   * Oppia's player sometimes does not apply the default outcome (TextInput with catchMisspellings
   * nudges near-misses instead). Returns the reason when that may happen for this value.
   */
  interceptsDefault?(value: V): string | null;
  /**
   * Choices a learner cannot tell apart (same words, same accessible name, no fixed position),
   * described; null when every choice can be singled out. A card whose way on needs one of them
   * is a content dead end, not a planner limit.
   */
  indistinguishable?(): string | null;
  /** TextInput is trainable: an exact match in a group's training_data picks that group. */
  readonly trainable?: boolean;
}

export interface InteractionRules<V> {
  readonly id: string;
  prepare(interaction: Interaction): PreparedInteraction<V>;
}

/**
 * Checks a module against its own value type, then widens it so modules with different values
 * share one registry (methods are bivariant in their parameters, so the widening is sound here:
 * a module only ever sees values it produced itself).
 */
export function defineRules<V>(rules: InteractionRules<V>): InteractionRules<unknown> {
  return rules;
}
