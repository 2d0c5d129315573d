/**
 * Types of the `exploration` object that `GET /explorehandler/init/<id>` returns (Oppia's player
 * dict), and of the plan the planner derives from it.
 *
 * The input types are deliberately loose where Oppia's shapes changed over time: the planner plays
 * content at states_schema_version 41..57 and older exports, so every field that moved is typed as
 * the union of the shapes seen (see /work/shared/reference/oppia-player.md §1 and §2):
 * - customization arg values: SubtitledUnicode `{content_id, unicode_str}` or a plain string;
 * - choices: SubtitledHtml `{content_id, html}` or a plain HTML string;
 * - TextInput rule input `x`: `{contentId, normalizedStrSet}`, a list, or a plain string;
 * - SetInput rule input `x`: `{contentId, unicodeStrSet}` or a plain list;
 * - outcome feedback: SubtitledHtml, a plain string, or (very old) a list of strings.
 */

// ---------------------------------------------------------------------------------------------
// Input: the player dict (core/templates/domain/exploration/read-only-exploration-backend-api
// .service.ts `ReadOnlyExplorationBackendDict`; state.model.ts; interaction.model.ts;
// outcome.model.ts).

export interface SubtitledHtmlDict {
  content_id?: string | null;
  html: string;
}

export interface SubtitledUnicodeDict {
  content_id?: string | null;
  unicode_str: string;
}

/** A choice of MultipleChoice, ItemSelection or DragAndDropSort: newest `{content_id, html}`. */
export type ChoiceDict = SubtitledHtmlDict | string;

export interface OutcomeDict {
  dest: string;
  dest_if_really_stuck?: string | null;
  feedback?: SubtitledHtmlDict | string | string[] | null;
  /** Metadata only: the planner never trusts it to find the way on. */
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
  rule_specs?: RuleSpecDict[];
  /** Short-lived historical shape: rule type -> list of inputs. */
  rule_types_to_inputs?: Record<string, Array<Record<string, unknown>>>;
  outcome: OutcomeDict;
  training_data?: unknown[];
  tagged_skill_misconception_id?: string | null;
}

export interface SolutionDict {
  answer_is_exclusive?: boolean;
  correct_answer: unknown;
  explanation?: SubtitledHtmlDict | string;
}

export interface CustomizationArgDict {
  value: unknown;
}

export interface InteractionDict {
  id: string | null;
  customization_args?: Record<string, CustomizationArgDict | undefined>;
  answer_groups?: AnswerGroupDict[];
  /** null on EndExploration. */
  default_outcome?: OutcomeDict | null;
  confirmed_unclassified_answers?: unknown[];
  hints?: unknown[];
  solution?: SolutionDict | null;
}

export interface StateDict {
  content?: SubtitledHtmlDict | string;
  interaction: InteractionDict;
  param_changes?: unknown[];
  card_is_checkpoint?: boolean;
  solicit_answer_details?: boolean;
  linked_skill_id?: string | null;
  classifier_model_id?: string | null;
  [extra: string]: unknown;
}

export interface ExplorationPlayerDict {
  init_state_name: string;
  states: Record<string, StateDict>;
  title?: string;
  language_code?: string;
  objective?: string;
  param_changes?: unknown[];
  param_specs?: Record<string, unknown>;
  [extra: string]: unknown;
}

// ---------------------------------------------------------------------------------------------
// Rule input objects (extensions/interactions/rule-input-defs.ts, answer-defs.ts).

export interface FractionDict {
  isNegative: boolean;
  wholeNumber: number;
  numerator: number;
  denominator: number;
}

export interface UnitDict {
  unit: string;
  exponent: number;
}

export interface NumberWithUnitsDict {
  type: 'real' | 'fraction';
  real: number;
  fraction: FractionDict;
  units: UnitDict[];
}

// ---------------------------------------------------------------------------------------------
// Output: what a learner does on each card (contract §4).

/**
 * How a learner finds one choice (MultipleChoice, ItemSelection) or item (DragAndDropSort) on the
 * card: by its visible words; else by its accessible name (pictures' alt text, formulas' LaTeX,
 * read in order with the words); by its shown position (1-based) only when the choices are not
 * shuffled and nothing else tells them apart.
 */
export type ItemRef =
  | { by: 'words'; words: string }
  | { by: 'name'; name: string; shows: 'picture' | 'formula' | 'mixed' }
  | { by: 'position'; position: number };

/** UI-level answer: what a learner enters, in the form the page objects type or click. */
export type Answer =
  | { kind: 'Continue'; buttonText: string }
  | { kind: 'MultipleChoiceInput'; choiceIndex: number; choice: ItemRef }
  | { kind: 'ItemSelectionInput'; choices: ItemRef[] }
  | { kind: 'NumericInput'; text: string }
  | { kind: 'TextInput'; text: string }
  | { kind: 'FractionInput'; text: string }
  | { kind: 'NumberWithUnits'; text: string }
  | { kind: 'RatioExpressionInput'; text: string }
  | {
      kind: 'NumericExpressionInput' | 'AlgebraicExpressionInput' | 'MathEquationInput';
      text: string;
    }
  | { kind: 'SetInput'; items: string[] }
  /** Positions from the top, each the items a learner puts there (several when allowed). */
  | { kind: 'DragAndDropSortInput'; ordered: ItemRef[][] }
  /** x, y in 0..1 of the image box; region is '' when the click is outside every region. */
  | { kind: 'ImageClickInput'; x: number; y: number; region: string }
  /** The point to click, and the map's first view it is clicked in (centre and zoom). */
  | {
      kind: 'InteractiveMap';
      lat: number;
      lng: number;
      view: { lat: number; lng: number; zoom: number };
    };

export type AnswerKind = Answer['kind'];

/** Index of an answer group, or the default outcome. */
export type OutcomeRef = number | 'default';

export interface CardPlan {
  stateName: string;
  interactionId: string;
  /** null for the EndExploration card only. */
  answer: Answer | null;
  /** null on the end card. */
  nextStateName: string | null;
  /** The chosen outcome has non-empty feedback, so the player shows a CONTINUE button. */
  feedbackExpected: boolean;
  /** The outcome the answer is classified into; 'default' on the end card too. */
  groupIndex: OutcomeRef;
}

/** The cards from init_state_name to an EndExploration card, in play order. */
export interface ChapterPlan {
  cards: CardPlan[];
}

export interface WrongAnswerPlan {
  answer: Answer;
  feedbackExpected: boolean;
}
