/**
 * The parts of Oppia's `/explorehandler/init/<id>` body the sandbox player reads. Shapes follow
 * Oppia's frontend models (core/templates/domain/state/state.model.ts,
 * core/templates/domain/exploration/{interaction,outcome}.model.ts). Everything else in the body is
 * ignored, and unknown extra fields are tolerated.
 */

export interface SubtitledHtml {
  content_id?: string | null;
  html: string;
}

export interface OutcomeDict {
  dest: string;
  dest_if_really_stuck?: string | null;
  /** Older bodies may carry a plain string or a list of strings: read it with notice.htmlOf. */
  feedback: SubtitledHtml;
  labelled_as_correct?: boolean;
  param_changes?: unknown[];
  refresher_exploration_id?: string | null;
  missing_prerequisite_skill_id?: string | null;
}

export interface RuleSpecDict {
  rule_type: string;
  inputs: Record<string, unknown>;
}

export interface AnswerGroupDict {
  rule_specs: RuleSpecDict[];
  outcome: OutcomeDict;
  training_data?: unknown[];
  tagged_skill_misconception_id?: string | null;
}

export type CustomizationArgs = Record<string, { value: unknown }>;

export interface InteractionDict {
  id: string | null;
  customization_args: CustomizationArgs;
  answer_groups: AnswerGroupDict[];
  default_outcome: OutcomeDict | null;
  confirmed_unclassified_answers?: unknown[];
  hints?: unknown[];
  solution?: unknown;
}

export interface StateDict {
  /** Read with notice.htmlOf, as for feedback. */
  content: SubtitledHtml;
  interaction: InteractionDict;
  card_is_checkpoint?: boolean;
  param_changes?: unknown[];
}

export interface ExplorationPlayerDict {
  init_state_name: string;
  title: string;
  objective?: string;
  language_code?: string;
  states: Record<string, StateDict>;
  param_changes?: unknown[];
  param_specs?: unknown;
}

export interface ExplorationInitResponse {
  exploration: ExplorationPlayerDict;
  exploration_id: string;
  session_id: string;
  version: number;
  is_logged_in?: boolean;
  can_edit?: boolean;
}

/** Oppia's answer objects (extensions/interactions/answer-defs.ts). */
export interface FractionAnswer {
  isNegative: boolean;
  wholeNumber: number;
  numerator: number;
  denominator: number;
}

export interface UnitDict {
  unit: string;
  exponent: number;
}

export interface NumberWithUnitsAnswer {
  type: 'real' | 'fraction';
  real: number;
  fraction: FractionAnswer;
  units: UnitDict[];
}

export interface ImageClickAnswer {
  clickPosition: [number, number];
  clickedRegions: string[];
}
