/**
 * The sandbox's in-memory content: the catalog tree (classroom -> topic -> story -> chapter) and the
 * explorations it links to, already converted to the player dict `/explorehandler/init` serves.
 * Field names follow Oppia's backend dicts so handlers can copy them through.
 */

import type { ClassroomEntry } from './catalog-schema';

export {
  NODE_STATUSES,
  type ChapterEntry,
  type ClassroomEntry,
  type ImageRef,
  type NodeStatus,
  type StoryEntry,
  type TopicEntry,
} from './catalog-schema';

// ---- exploration (player dict, newest state shape) ----

export interface SubtitledHtml {
  content_id: string;
  html: string;
}

export interface OutcomeDict {
  dest: string;
  dest_if_really_stuck: string | null;
  feedback: SubtitledHtml;
  labelled_as_correct: boolean;
  param_changes: unknown[];
  refresher_exploration_id: string | null;
  missing_prerequisite_skill_id: string | null;
}

export interface RuleSpecDict {
  rule_type: string;
  inputs: Record<string, unknown>;
}

export interface AnswerGroupDict {
  rule_specs: RuleSpecDict[];
  outcome: OutcomeDict;
  training_data: unknown[];
  tagged_skill_misconception_id: string | null;
}

export interface SolutionDict {
  answer_is_exclusive: boolean;
  correct_answer: unknown;
  explanation: SubtitledHtml;
}

export interface InteractionDict {
  id: string | null;
  customization_args: Record<string, { value: unknown }>;
  answer_groups: AnswerGroupDict[];
  default_outcome: OutcomeDict | null;
  confirmed_unclassified_answers: unknown[];
  hints: Array<{ hint_content: SubtitledHtml }>;
  solution: SolutionDict | null;
}

export interface StateDict {
  content: SubtitledHtml;
  interaction: InteractionDict;
  param_changes: unknown[];
  solicit_answer_details: boolean;
  card_is_checkpoint: boolean;
  linked_skill_id: string | null;
  classifier_model_id: string | null;
  inapplicable_skill_misconception_ids: string[];
}

/** `Exploration.to_player_dict()`: the `exploration` key of `/explorehandler/init`. */
export interface PlayerExplorationDict {
  init_state_name: string;
  param_changes: unknown[];
  param_specs: Record<string, unknown>;
  states: Record<string, StateDict>;
  title: string;
  language_code: string;
  objective: string;
  next_content_id_index: number;
}

/** `ExplorationMetadata.to_dict()`: the `exploration_metadata` key of `/explorehandler/init`. */
export interface ExplorationMetadataDict {
  title: string;
  category: string;
  objective: string;
  language_code: string;
  tags: string[];
  blurb: string;
  author_notes: string;
  states_schema_version: number;
  init_state_name: string;
  param_specs: Record<string, unknown>;
  param_changes: unknown[];
  auto_tts_enabled: boolean;
  edits_allowed: boolean;
}

export interface ExplorationEntry {
  id: string;
  /** Where it came from (file path, or "synthetic"), for error messages. */
  source: string;
  player: PlayerExplorationDict;
  metadata: ExplorationMetadataDict;
}

export interface AssetFile {
  body: Buffer;
  contentType: string;
}

/** Finds an asset file (`/assetsdevhandler/<entity_type>/<entity_id>/assets/<asset_type>/<file>`). */
export interface AssetSource {
  read(
    entityType: string,
    entityId: string,
    assetType: string,
    filename: string,
  ): Promise<AssetFile | null>;
}

export interface SandboxContent {
  /** Human-readable origin: a directory, or "synthetic (N chapters, seed S)". */
  origin: string;
  classrooms: ClassroomEntry[];
  explorations: ReadonlyMap<string, ExplorationEntry>;
  assets: AssetSource;
}
