/**
 * Builds explorations in Oppia's own export format (what `data/explorations/*.yaml` holds and what
 * the editor's "download exploration" produces) from short lesson definitions.
 *
 * Shapes follow the newest ones confirmed in oppia/oppia (see ../README.md): content ids come from
 * one exploration-wide counter (`content_0`, `default_outcome_1`, `ca_buttonText_2`,
 * `feedback_3`, `rule_input_4`, `hint_5`, `solution_6`, as `translation_domain.ContentIdGenerator`
 * makes them) and the exploration carries `next_content_id_index`; states have no
 * `written_translations` and no per-state `next_content_id_index`; outcomes carry
 * `dest_if_really_stuck`; states carry `inapplicable_skill_misconception_ids` (states v56).
 */

/** feconf.CURRENT_STATE_SCHEMA_VERSION (core/feconf.py @ 00499ef3). */
export const STATES_SCHEMA_VERSION = 57;
/**
 * Exploration.CURRENT_EXP_SCHEMA_VERSION: not readable in the stored exp_domain.py; every demo
 * file seen pairs it with states + 5 (50/45, 47/42), hence 62. Inferred, see ../README.md.
 */
export const EXPLORATION_SCHEMA_VERSION = 62;

/** Hands out content ids the way Oppia's ContentIdGenerator does: `<type>_<n>`, one counter. */
export class ContentIds {
  next = 0;
  make(type: string): string {
    return `${type}_${this.next++}`;
  }
}

/** What a rule helper gets to build its inputs: new content ids and the card's choice ids. */
export interface RuleContext {
  ids: ContentIds;
  choiceId(index: number): string;
}
export interface RuleSpec {
  rule_type: string;
  inputs: Record<string, unknown>;
}
export type Rule = (ctx: RuleContext) => RuleSpec;

export interface Outcome {
  dest: string;
  /** Feedback html; empty or absent means the player moves on (or stays) without a message. */
  feedback?: string;
  /** `labelled_as_correct`; metadata only, real content often leaves it false on right answers. */
  correct?: boolean;
  /**
   * `dest_if_really_stuck`: where the player sends a learner who keeps answering into this outcome
   * (states schema >= 51; ConversationSkinComponent in oppia/oppia). Null when absent.
   */
  stuck?: string;
}
export interface Response extends Outcome {
  rules: Rule[];
}
export interface Question<A = unknown> {
  responses: Response[];
  otherwise: Outcome;
  hints?: string[];
  solution?: { answer: A; explanation: string; exclusive?: boolean };
}

export interface Interaction {
  id: string;
  /** Html choices (MultipleChoice, ItemSelection, DragAndDrop): become `ca_choices_<n>`. */
  choices?: string[];
  /** Customization args other than `choices`, in spec order; SubtitledUnicode via `unicode()`. */
  args: (ids: ContentIds) => Record<string, unknown>;
  /** Answer groups and default outcome; null for EndExploration. */
  question: Question | null;
  /** Turns a solution answer given in lesson terms (e.g. choice indexes) into Oppia's shape. */
  solutionAnswer?: (answer: unknown, choiceIds: string[]) => unknown;
}

export interface Card {
  name: string;
  html: string;
  interaction: Interaction;
  checkpoint?: boolean;
}

export interface ImageAsset {
  filename: string;
  svg: string;
}

export interface Lesson {
  id: string;
  title: string;
  objective: string;
  category: string;
  tags?: string[];
  /** Cards in authoring order; the first one is the init state. */
  cards: Card[];
  images?: ImageAsset[];
}

/** A SubtitledUnicode customization arg value. */
export function unicode(ids: ContentIds, name: string, text: string): unknown {
  return { content_id: ids.make(`ca_${name}`), unicode_str: text };
}

function outcomeDict(outcome: Outcome, feedbackId: string): Record<string, unknown> {
  return {
    dest: outcome.dest,
    dest_if_really_stuck: outcome.stuck ?? null,
    feedback: { content_id: feedbackId, html: outcome.feedback ?? '' },
    labelled_as_correct: outcome.correct ?? false,
    missing_prerequisite_skill_id: null,
    param_changes: [],
    refresher_exploration_id: null,
  };
}

function stateDict(card: Card, ids: ContentIds, isInit: boolean): Record<string, unknown> {
  const contentId = ids.make('content');
  const { interaction } = card;
  const question = interaction.question;
  const defaultOutcomeId = question ? ids.make('default_outcome') : null;

  const choiceIds: string[] = [];
  const customizationArgs: Record<string, { value: unknown }> = {};
  if (interaction.choices) {
    customizationArgs['choices'] = {
      value: interaction.choices.map((html) => {
        const id = ids.make('ca_choices');
        choiceIds.push(id);
        return { content_id: id, html };
      }),
    };
  }
  for (const [name, value] of Object.entries(interaction.args(ids))) {
    customizationArgs[name] = { value };
  }

  const ruleContext: RuleContext = {
    ids,
    choiceId(index) {
      const id = choiceIds[index];
      if (id === undefined) throw new Error(`${card.name}: no choice ${index}`);
      return id;
    },
  };

  const answerGroups = (question?.responses ?? []).map((response) => {
    const feedbackId = ids.make('feedback');
    const ruleSpecs = response.rules.map((rule) => rule(ruleContext));
    return {
      outcome: outcomeDict(response, feedbackId),
      rule_specs: ruleSpecs,
      tagged_skill_misconception_id: null,
      training_data: [],
    };
  });
  const hints = (question?.hints ?? []).map((html) => ({
    hint_content: { content_id: ids.make('hint'), html },
  }));
  let solution: Record<string, unknown> | null = null;
  if (question?.solution) {
    const { answer, explanation, exclusive } = question.solution;
    solution = {
      answer_is_exclusive: exclusive ?? false,
      correct_answer: interaction.solutionAnswer
        ? interaction.solutionAnswer(answer, choiceIds)
        : answer,
      explanation: { content_id: ids.make('solution'), html: explanation },
    };
  }

  const interactionDict = {
    answer_groups: answerGroups,
    confirmed_unclassified_answers: [],
    customization_args: customizationArgs,
    default_outcome:
      question && defaultOutcomeId ? outcomeDict(question.otherwise, defaultOutcomeId) : null,
    hints,
    id: interaction.id,
    solution,
  };

  return {
    card_is_checkpoint: isInit || (card.checkpoint ?? false),
    classifier_model_id: null,
    content: { content_id: contentId, html: card.html },
    inapplicable_skill_misconception_ids: [],
    interaction: interactionDict,
    linked_skill_id: null,
    param_changes: [],
    recorded_voiceovers: { voiceovers_mapping: voiceoverKeys(interactionDict, contentId) },
    solicit_answer_details: false,
  };
}

/** Every content id the state holds, each mapped to no voiceovers (as Oppia exports them). */
function voiceoverKeys(interaction: unknown, contentId: string): Record<string, object> {
  const found = new Set<string>([contentId]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'content_id' || key === 'contentId') && typeof value === 'string') {
          found.add(value);
        } else walk(value);
      }
    }
  };
  walk(interaction);
  return Object.fromEntries([...found].sort().map((id) => [id, {}]));
}

/** The exploration dict, keys as in Oppia's export (the YAML writer sorts them). */
export function explorationDict(lesson: Lesson): Record<string, unknown> {
  const first = lesson.cards[0];
  if (!first) throw new Error(`${lesson.id}: a lesson needs at least one card`);
  const ids = new ContentIds();
  const states: Record<string, unknown> = {};
  lesson.cards.forEach((card, index) => {
    if (card.name in states) throw new Error(`${lesson.id}: two cards named "${card.name}"`);
    states[card.name] = stateDict(card, ids, index === 0);
  });
  return {
    author_notes: '',
    auto_tts_enabled: false,
    blurb: '',
    category: lesson.category,
    edits_allowed: true,
    init_state_name: first.name,
    language_code: 'en',
    next_content_id_index: ids.next,
    objective: lesson.objective,
    param_changes: [],
    param_specs: {},
    schema_version: EXPLORATION_SCHEMA_VERSION,
    states,
    states_schema_version: STATES_SCHEMA_VERSION,
    tags: lesson.tags ?? [],
    title: lesson.title,
  };
}
