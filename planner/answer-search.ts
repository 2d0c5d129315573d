/**
 * Finds an answer a learner can enter that Oppia classifies into a wanted outcome: tries candidate
 * values in order, keeps the first whose UI round trip (value -> Answer -> submitted value)
 * classifies as wanted, and otherwise says what went wrong with the candidates it tried.
 */
import { classify } from './classify';
import type { Interaction, Outcome } from './normalize';
import { UnevaluableRuleError, isUnenterable } from './rules/types';
import type { PreparedInteraction } from './rules/types';
import type { Answer } from './types';

/** Enough for every permutation of 6 drag-and-drop items plus the rule-built candidates. */
const MAX_CANDIDATES = 1500;

export interface FoundAnswer {
  answer: Answer;
  outcome: Outcome;
}

export interface SearchFailure {
  /** Short account of why no candidate worked, e.g. "3× lands in group 0; 1× unenterable: ...". */
  summary: string;
}

function describeOutcome(outcome: Outcome): string {
  return outcome.ref === 'default' ? 'the default outcome' : `group ${outcome.ref}`;
}

/** Lazily yields the values of each source in turn; a source that throws is skipped. */
function* chain<V>(sources: Array<() => Iterable<V>>, skipped: string[]): Generator<V> {
  for (const source of sources) {
    try {
      yield* source();
    } catch (error) {
      if (!(error instanceof UnevaluableRuleError)) throw error;
      skipped.push(error.message);
    }
  }
}

export function searchAnswer<V>(
  interaction: Interaction,
  prepared: PreparedInteraction<V>,
  sources: Array<() => Iterable<V>>,
  wanted: (outcome: Outcome) => boolean,
): FoundAnswer | SearchFailure {
  const problems = new Map<string, number>();
  const note = (problem: string) => problems.set(problem, (problems.get(problem) ?? 0) + 1);
  const seen = new Set<string>();
  const skipped: string[] = [];
  let tried = 0;
  for (const value of chain(sources, skipped)) {
    const key = JSON.stringify(value);
    if (seen.has(key)) continue;
    seen.add(key);
    if (++tried > MAX_CANDIDATES) break;
    const answer = prepared.toAnswer(value);
    if (isUnenterable(answer)) {
      note(`unenterable: ${answer.unenterable}`);
      continue;
    }
    const submitted = prepared.submitted(answer);
    if (isUnenterable(submitted)) {
      note(`refused by the UI: ${submitted.unenterable}`);
      continue;
    }
    const result = classify(interaction, prepared, submitted);
    if (!result.known) note(`uncertain: ${result.reason}`);
    else if (wanted(result.outcome)) return { answer, outcome: result.outcome };
    else note(`lands in ${describeOutcome(result.outcome)}`);
  }
  for (const message of skipped) note(`cannot build from rule: ${message}`);
  const summary = [...problems.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([problem, count]) => `${count}× ${problem}`)
    .join('; ');
  return {
    summary:
      tried === 0 && skipped.length === 0
        ? 'no candidate answer to try'
        : `tried ${Math.min(tried, MAX_CANDIDATES)} candidates: ${summary}`,
  };
}

export function isFound(result: FoundAnswer | SearchFailure): result is FoundAnswer {
  return 'answer' in result;
}
