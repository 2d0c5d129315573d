/**
 * One internal view of an interaction whatever the schema version it came in: answer groups with
 * `rule_specs`, outcomes with their feedback as an HTML string, customization args unwrapped.
 */
import { hasVisibleContent } from './text';
import type {
  AnswerGroupDict,
  ChoiceDict,
  InteractionDict,
  OutcomeDict,
  OutcomeRef,
  RuleSpecDict,
} from './types';

export interface Outcome {
  ref: OutcomeRef;
  dest: string;
  feedbackHtml: string;
  /** The player shows the feedback, hence a CONTINUE button when the learner moves on. */
  hasFeedback: boolean;
  /** A stay outcome with these set offers a redirect or a concept card instead of plain feedback. */
  hasDetour: boolean;
}

export interface Rule {
  type: string;
  inputs: Record<string, unknown>;
}

export interface Group {
  index: number;
  rules: Rule[];
  outcome: Outcome;
  trainingData: unknown[];
}

export interface Interaction {
  id: string;
  args: Record<string, unknown>;
  groups: Group[];
  defaultOutcome: Outcome | null;
  /** `solution.correct_answer`, undefined when the card has no solution. */
  solution: unknown;
}

export function feedbackHtmlOf(feedback: OutcomeDict['feedback']): string {
  if (feedback === null || feedback === undefined) return '';
  if (typeof feedback === 'string') return feedback;
  if (Array.isArray(feedback)) return feedback.filter((f) => typeof f === 'string').join(' ');
  return typeof feedback.html === 'string' ? feedback.html : '';
}

function outcomeOf(dict: OutcomeDict, ref: OutcomeRef): Outcome {
  const feedbackHtml = feedbackHtmlOf(dict.feedback);
  return {
    ref,
    dest: dict.dest,
    feedbackHtml,
    hasFeedback: hasVisibleContent(feedbackHtml),
    hasDetour:
      Boolean(dict.refresher_exploration_id) || Boolean(dict.missing_prerequisite_skill_id),
  };
}

function rulesOf(group: AnswerGroupDict): Rule[] {
  if (Array.isArray(group.rule_specs)) {
    return group.rule_specs.map((spec: RuleSpecDict) => ({
      type: spec.rule_type,
      inputs: spec.inputs ?? {},
    }));
  }
  const byType = group.rule_types_to_inputs ?? {};
  return Object.entries(byType).flatMap(([type, inputsList]) =>
    inputsList.map((inputs) => ({ type, inputs })),
  );
}

export function normalizeInteraction(dict: InteractionDict | undefined): Interaction {
  if (!dict)
    return { id: '(none)', args: {}, groups: [], defaultOutcome: null, solution: undefined };
  const args: Record<string, unknown> = {};
  for (const [name, arg] of Object.entries(dict.customization_args ?? {})) {
    args[name] = arg && typeof arg === 'object' && 'value' in arg ? arg.value : arg;
  }
  return {
    id: dict.id ?? '(none)',
    args,
    groups: (dict.answer_groups ?? []).map((group, index) => ({
      index,
      rules: rulesOf(group),
      outcome: outcomeOf(group.outcome, index),
      trainingData: Array.isArray(group.training_data) ? group.training_data : [],
    })),
    defaultOutcome: dict.default_outcome ? outcomeOf(dict.default_outcome, 'default') : null,
    solution: dict.solution ? dict.solution.correct_answer : undefined,
  };
}

/** Every outcome of the interaction in Oppia's classification order: groups, then the default. */
export function outcomesOf(interaction: Interaction): Outcome[] {
  const outcomes = interaction.groups.map((g) => g.outcome);
  return interaction.defaultOutcome ? [...outcomes, interaction.defaultOutcome] : outcomes;
}

export function outcomeByRef(interaction: Interaction, ref: OutcomeRef): Outcome | null {
  if (ref === 'default') return interaction.defaultOutcome;
  return interaction.groups[ref]?.outcome ?? null;
}

// ---------------------------------------------------------------------------------------------
// Customization arg readers, tolerant of old and new shapes.

/** SubtitledUnicode `{unicode_str}` or a plain string (old schema). */
export function unicodeArg(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v['unicode_str'] === 'string') return v['unicode_str'];
    if (typeof v['unicode'] === 'string') return v['unicode'];
  }
  return fallback;
}

export function boolArg(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

export function intArg(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

export interface Choice {
  index: number;
  /** content_id when the choice has one (newest shape), else its HTML (old shape). */
  key: string;
  contentId: string | null;
  html: string;
}

/** MultipleChoice / ItemSelection / DragAndDropSort `choices`: SubtitledHtml or plain HTML. */
export function choicesArg(value: unknown): Choice[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw: ChoiceDict, index) => {
    if (typeof raw === 'string') return { index, key: raw, contentId: null, html: raw };
    const contentId = typeof raw?.content_id === 'string' ? raw.content_id : null;
    const html = typeof raw?.html === 'string' ? raw.html : '';
    return { index, key: contentId ?? html, contentId, html };
  });
}

/**
 * The choice a rule input names: by content_id (newest), by its HTML (old ItemSelection and
 * DragAndDrop rules stored HTML), or null when it names no choice.
 */
export function findChoice(choices: Choice[], ref: unknown): Choice | null {
  if (typeof ref !== 'string') return null;
  return choices.find((c) => c.contentId === ref) ?? choices.find((c) => c.html === ref) ?? null;
}

/** A rule input that is a list of strings, possibly wrapped as `{<field>: [...]}`. */
export function stringListInput(value: unknown, wrappedField: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (value && typeof value === 'object') {
    const inner = (value as Record<string, unknown>)[wrappedField];
    if (Array.isArray(inner)) return inner.filter((v): v is string => typeof v === 'string');
  }
  return [];
}
