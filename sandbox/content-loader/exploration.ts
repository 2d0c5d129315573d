import { z } from 'zod';
import { ContentError, describeIssues, formatPath } from './errors';
import type {
  ExplorationEntry,
  ExplorationMetadataDict,
  OutcomeDict,
  PlayerExplorationDict,
  StateDict,
} from './model';
import { readYamlFile } from './yaml-file';

// core/feconf.py @ 00499ef3: EARLIEST_SUPPORTED_STATE_SCHEMA_VERSION = 41, CURRENT_STATE_SCHEMA_VERSION = 57.
export const STATE_SCHEMA_VERSIONS = { earliest: 41, current: 57 } as const;
// Exploration schema = states schema + 5 throughout Oppia's history (oppia-corrections.md §8; the
// newest CURRENT_EXP_SCHEMA_VERSION was not readable, 62 is inferred).
export const EXP_SCHEMA_VERSIONS = { earliest: 46, current: 62 } as const;

const subtitledHtml = z.object({ content_id: z.string(), html: z.string() });

const outcome = z.looseObject({
  dest: z.string(),
  dest_if_really_stuck: z.string().nullable().default(null),
  feedback: subtitledHtml,
  labelled_as_correct: z.boolean().default(false),
  param_changes: z.array(z.unknown()).default([]),
  refresher_exploration_id: z.string().nullable().default(null),
  missing_prerequisite_skill_id: z.string().nullable().default(null),
});

const answerGroup = z.looseObject({
  rule_specs: z.array(
    z.object({ rule_type: z.string(), inputs: z.record(z.string(), z.unknown()) }),
  ),
  outcome,
  training_data: z.array(z.unknown()).default([]),
  tagged_skill_misconception_id: z.string().nullable().default(null),
});

const interaction = z.looseObject({
  id: z.string().nullable(),
  customization_args: z.record(z.string(), z.object({ value: z.unknown() })).default({}),
  answer_groups: z.array(answerGroup).default([]),
  default_outcome: outcome.nullable().default(null),
  confirmed_unclassified_answers: z.array(z.unknown()).default([]),
  hints: z.array(z.looseObject({ hint_content: subtitledHtml })).default([]),
  solution: z
    .looseObject({
      answer_is_exclusive: z.boolean(),
      correct_answer: z.unknown(),
      explanation: subtitledHtml,
    })
    .nullable()
    .default(null),
});

const state = z.looseObject({
  content: subtitledHtml,
  interaction,
  param_changes: z.array(z.unknown()).default([]),
  solicit_answer_details: z.boolean().default(false),
  card_is_checkpoint: z.boolean().default(false),
  linked_skill_id: z.string().nullable().default(null),
  classifier_model_id: z.string().nullable().default(null),
  inapplicable_skill_misconception_ids: z
    .array(z.string())
    .nullable()
    .default([])
    .transform((ids) => ids ?? []),
  // Older states schemas keep voiceovers, translations and a per-state content id counter in the
  // state; the newest player dict has none of them (state.model.ts @ 1fd39b02).
  recorded_voiceovers: z.unknown().optional(),
  written_translations: z.unknown().optional(),
  next_content_id_index: z.number().int().optional(),
});

const explorationFile = z.looseObject({
  schema_version: z.number().int(),
  states_schema_version: z.number().int(),
  title: z.string(),
  init_state_name: z.string().min(1),
  states: z.record(z.string(), state),
  language_code: z.string().default('en'),
  objective: z.string().default(''),
  category: z.string().default(''),
  tags: z.array(z.string()).default([]),
  blurb: z.string().default(''),
  author_notes: z.string().default(''),
  param_changes: z.array(z.unknown()).default([]),
  param_specs: z.record(z.string(), z.unknown()).default({}),
  auto_tts_enabled: z.boolean().default(false),
  edits_allowed: z.boolean().default(true),
  next_content_id_index: z.number().int().optional(),
});

type ParsedExploration = z.infer<typeof explorationFile>;

const OLDER_STATE_KEYS = ['recorded_voiceovers', 'written_translations', 'next_content_id_index'];

/** Reads `<file>` (Oppia's exploration export YAML) into an exploration entry. */
export async function loadExplorationFile(file: string, id: string): Promise<ExplorationEntry> {
  return explorationFromData(await readYamlFile(file), file, id);
}

export function explorationFromData(data: unknown, file: string, id: string): ExplorationEntry {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(
      `${file}: expected an Oppia exploration (a YAML mapping) at the top level`,
    );
  }
  checkSchemaVersions(file, data as Record<string, unknown>);
  const result = explorationFile.safeParse(data);
  if (!result.success) throw describeIssues(file, result.error);
  const parsed = result.data;
  checkGraph(file, parsed);
  migrateStates(parsed);
  return {
    id,
    source: file,
    player: toPlayerDict(parsed),
    metadata: toMetadataDict(parsed),
  };
}

function checkSchemaVersions(file: string, data: Record<string, unknown>): void {
  const checks = [
    ['states_schema_version', STATE_SCHEMA_VERSIONS],
    ['schema_version', EXP_SCHEMA_VERSIONS],
  ] as const;
  for (const [field, range] of checks) {
    const value = data[field];
    if (value === undefined) {
      throw new ContentError(`${file}: ${field} is missing; Oppia's export always has it`);
    }
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < range.earliest ||
      value > range.current
    ) {
      throw new ContentError(
        `${file}: ${field} ${JSON.stringify(value)} is not supported; the sandbox reads ` +
          `${range.earliest}..${range.current} (Oppia's earliest supported..current). ` +
          'Re-export the exploration from a current Oppia.',
      );
    }
  }
}

function checkGraph(file: string, exp: ParsedExploration): void {
  const names = new Set(Object.keys(exp.states));
  if (names.size === 0) throw new ContentError(`${file}: states: the exploration has no states`);
  if (!names.has(exp.init_state_name)) {
    throw new ContentError(
      `${file}: init_state_name ${JSON.stringify(exp.init_state_name)} is not a state; states are ` +
        [...names].map((n) => JSON.stringify(n)).join(', '),
    );
  }
  for (const [name, st] of Object.entries(exp.states)) {
    const base: PropertyKey[] = ['states', name, 'interaction'];
    const outcomes: Array<[PropertyKey[], { dest: string } | null]> = [
      ...st.interaction.answer_groups.map((g, i): [PropertyKey[], { dest: string }] => [
        [...base, 'answer_groups', i, 'outcome'],
        g.outcome,
      ]),
      [[...base, 'default_outcome'], st.interaction.default_outcome],
    ];
    for (const [path, out] of outcomes) {
      if (out && !names.has(out.dest)) {
        throw new ContentError(
          `${file}: ${formatPath([...path, 'dest'])}: ${JSON.stringify(out.dest)} is not a state of this exploration`,
        );
      }
    }
    if (st.interaction.id !== 'EndExploration' && st.interaction.default_outcome === null) {
      throw new ContentError(
        `${file}: ${formatPath([...base, 'default_outcome'])}: only an EndExploration card may have no default outcome`,
      );
    }
  }
}

const MATH_INTERACTIONS = [
  'NumericExpressionInput',
  'AlgebraicExpressionInput',
  'MathEquationInput',
];

/**
 * Oppia migrates a stored exploration's states to the current schema before
 * `/explorehandler/init` answers (exp_fetchers -> Exploration.update_states_from_model), so the
 * player never sees an old shape. These are the steps read in core/domain/exp_domain.py (the
 * stored version with CURRENT_EXP_SCHEMA_VERSION = 50): `_convert_states_v42_dict_to_v43_dict`
 * (math inputs get `useFractionForDivision: true`), `_convert_states_v43_dict_to_v44_dict`
 * (`card_is_checkpoint` = is the init state, overwriting what the file says) and
 * `_convert_states_v44_dict_to_v45_dict` (`linked_skill_id: null`). The later steps (v45 -> v57)
 * were not readable; of them the loader applies only what the zod defaults above give (missing
 * `dest_if_really_stuck`, `inapplicable_skill_misconception_ids`) and toPlayerDict's dropping of
 * the per-state translation fields. Content ids stay as recorded (the v52 renumbering is not
 * reproduced; sandbox/content/README.md).
 */
function migrateStates(exp: ParsedExploration): void {
  const from = exp.states_schema_version;
  for (const [name, st] of Object.entries(exp.states)) {
    if (from <= 42 && st.interaction.id !== null && MATH_INTERACTIONS.includes(st.interaction.id)) {
      st.interaction.customization_args['useFractionForDivision'] = { value: true };
    }
    if (from <= 43) st.card_is_checkpoint = name === exp.init_state_name;
    if (from <= 44) st.linked_skill_id = null;
  }
}

function toPlayerDict(exp: ParsedExploration): PlayerExplorationDict {
  const states: Record<string, StateDict> = {};
  let perStateNextId = 0;
  for (const [name, raw] of Object.entries(exp.states)) {
    perStateNextId = Math.max(perStateNextId, raw.next_content_id_index ?? 0);
    const newest: Record<string, unknown> = { ...raw };
    for (const key of OLDER_STATE_KEYS) delete newest[key];
    states[name] = newest as unknown as StateDict;
  }
  return {
    init_state_name: exp.init_state_name,
    param_changes: exp.param_changes,
    param_specs: exp.param_specs,
    states,
    title: exp.title,
    language_code: exp.language_code,
    objective: exp.objective,
    next_content_id_index: exp.next_content_id_index ?? perStateNextId,
  };
}

function toMetadataDict(exp: ParsedExploration): ExplorationMetadataDict {
  return {
    title: exp.title,
    category: exp.category,
    objective: exp.objective,
    language_code: exp.language_code,
    tags: exp.tags,
    blurb: exp.blurb,
    author_notes: exp.author_notes,
    states_schema_version: exp.states_schema_version,
    init_state_name: exp.init_state_name,
    param_specs: exp.param_specs,
    param_changes: exp.param_changes,
    auto_tts_enabled: exp.auto_tts_enabled,
    edits_allowed: exp.edits_allowed,
  };
}

/** Every outcome of a state (answer groups, then the default), for graph walks. */
export function outcomesOf(st: StateDict): OutcomeDict[] {
  const outs = st.interaction.answer_groups.map((g) => g.outcome);
  if (st.interaction.default_outcome) outs.push(st.interaction.default_outcome);
  return outs;
}
