import type {
  AnswerGroupDict,
  ChapterEntry,
  ExplorationEntry,
  OutcomeDict,
  PlayerExplorationDict,
  StateDict,
} from '../content-loader/model';
import { imageFilenames } from '../server/scenarios/exploration-graph';

/**
 * A recorded `/explorehandler/init/<id>` body read into the sandbox's exploration entry, in the
 * newest state shape, for the scenarios to choose victims from. Bodies recorded over the years come
 * in older shapes (feedback as a string or list, customization args as plain values, voiceovers and
 * translations in the state); every field read here tolerates them. The body itself is served as
 * recorded, never this copy.
 */

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const dicts = (value: unknown): Dict[] => (Array.isArray(value) ? value.filter(isDict) : []);
const text = (d: Dict, key: string, fallback = ''): string =>
  typeof d[key] === 'string' ? d[key] : fallback;

/** SubtitledHtml `{content_id, html}`, or (older) a plain string or a list of strings. */
function htmlOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('');
  return isDict(value) ? text(value, 'html') : '';
}

function outcomeOf(value: unknown): OutcomeDict | null {
  if (!isDict(value) || typeof value['dest'] !== 'string') return null;
  return {
    dest: value['dest'],
    dest_if_really_stuck: null,
    feedback: { content_id: '', html: htmlOf(value['feedback']) },
    labelled_as_correct: value['labelled_as_correct'] === true,
    param_changes: [],
    refresher_exploration_id: null,
    missing_prerequisite_skill_id: null,
  };
}

function stateOf(raw: Dict, keepImage: (html: string) => string): StateDict {
  const interaction = isDict(raw['interaction']) ? raw['interaction'] : {};
  const groups = dicts(interaction['answer_groups']).flatMap((g): AnswerGroupDict[] => {
    const outcome = outcomeOf(g['outcome']);
    if (!outcome) return [];
    const rules = dicts(g['rule_specs']).map((r) => ({
      rule_type: text(r, 'rule_type'),
      inputs: isDict(r['inputs']) ? r['inputs'] : {},
    }));
    return [{ rule_specs: rules, outcome, training_data: [], tagged_skill_misconception_id: null }];
  });
  const args = isDict(interaction['customization_args']) ? interaction['customization_args'] : {};
  return {
    content: { content_id: 'content', html: keepImage(htmlOf(raw['content'])) },
    interaction: {
      id: typeof interaction['id'] === 'string' ? interaction['id'] : null,
      customization_args: args as StateDict['interaction']['customization_args'],
      answer_groups: groups,
      default_outcome: outcomeOf(interaction['default_outcome']),
      confirmed_unclassified_answers: [],
      hints: [],
      solution: null,
    },
    param_changes: [],
    solicit_answer_details: false,
    card_is_checkpoint: raw['card_is_checkpoint'] === true,
    linked_skill_id: null,
    classifier_model_id: null,
    inapplicable_skill_misconception_ids: [],
  };
}

const IMAGE_TAG = /<oppia-noninteractive-image\b[^>]*>(?:\s*<\/oppia-noninteractive-image>)?/g;

export function explorationFromInit(
  id: string,
  body: unknown,
  file: string,
  recordedImage: (filename: string) => boolean,
  problems: string[],
): ExplorationEntry {
  const exploration = isDict(body) ? body['exploration'] : undefined;
  const states = isDict(exploration) ? exploration['states'] : undefined;
  if (
    !isDict(exploration) ||
    !isDict(states) ||
    typeof exploration['init_state_name'] !== 'string'
  ) {
    problems.push(
      `${file}: exploration.states or exploration.init_state_name is missing; ` +
        'the body is served as recorded, but no scenario chooses a card from it',
    );
    return emptyExploration(id, file, isDict(exploration) ? text(exploration, 'title') : '');
  }
  // A scenario may break an image only where the replay has the file to break.
  const keepRecordedImages = (html: string) =>
    html.replace(IMAGE_TAG, (tag) => (imageFilenames(tag).every(recordedImage) ? tag : ''));
  const player: PlayerExplorationDict = {
    init_state_name: exploration['init_state_name'],
    param_changes: [],
    param_specs: {},
    states: Object.fromEntries(
      Object.entries(states)
        .filter((entry): entry is [string, Dict] => isDict(entry[1]))
        .map(([name, raw]) => [name, stateOf(raw, keepRecordedImages)]),
    ),
    title: text(exploration, 'title'),
    language_code: text(exploration, 'language_code', 'en'),
    objective: text(exploration, 'objective'),
    next_content_id_index: 0,
  };
  return { id, source: file, player, metadata: metadataOf(body as Dict, player) };
}

function metadataOf(body: Dict, player: PlayerExplorationDict): ExplorationEntry['metadata'] {
  const m = isDict(body['exploration_metadata']) ? body['exploration_metadata'] : {};
  return {
    title: text(m, 'title', player.title),
    category: text(m, 'category'),
    objective: text(m, 'objective', player.objective),
    language_code: text(m, 'language_code', player.language_code),
    tags: Array.isArray(m['tags']) ? m['tags'].filter((t) => typeof t === 'string') : [],
    blurb: text(m, 'blurb'),
    author_notes: text(m, 'author_notes'),
    states_schema_version:
      typeof m['states_schema_version'] === 'number' ? m['states_schema_version'] : 0,
    init_state_name: player.init_state_name,
    param_specs: {},
    param_changes: [],
    auto_tts_enabled: m['auto_tts_enabled'] === true,
    edits_allowed: false,
  };
}

function emptyExploration(id: string, source: string, title: string): ExplorationEntry {
  const player: PlayerExplorationDict = {
    init_state_name: '',
    param_changes: [],
    param_specs: {},
    states: {},
    title,
    language_code: 'en',
    objective: '',
    next_content_id_index: 0,
  };
  return { id, source, player, metadata: metadataOf({}, player) };
}

/** A chapter whose init body was not recorded. */
export function placeholderExploration(chapter: ChapterEntry): ExplorationEntry {
  return emptyExploration(chapter.exploration_id, 'not recorded', chapter.title);
}
