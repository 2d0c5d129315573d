/**
 * Tiny constructors for hand-written exploration dicts in the planner's unit tests (test data, so
 * under tests/support/ rather than in planner/). They fill in
 * the fields Oppia always sends so a test states only what it is about.
 */
import type {
  AnswerGroupDict,
  ExplorationPlayerDict,
  InteractionDict,
  OutcomeDict,
  RuleSpecDict,
  StateDict,
} from '../../planner/types';

export function outcome(
  dest: string,
  feedback = '',
  extra: Partial<OutcomeDict> = {},
): OutcomeDict {
  return {
    dest,
    dest_if_really_stuck: null,
    feedback: { content_id: `feedback_${dest}`, html: feedback },
    labelled_as_correct: false,
    param_changes: [],
    refresher_exploration_id: null,
    missing_prerequisite_skill_id: null,
    ...extra,
  };
}

export function rule(ruleType: string, inputs: Record<string, unknown>): RuleSpecDict {
  return { rule_type: ruleType, inputs };
}

export function group(rules: RuleSpecDict[], to: OutcomeDict): AnswerGroupDict {
  return { rule_specs: rules, outcome: to, training_data: [], tagged_skill_misconception_id: null };
}

export function interaction(
  id: string,
  args: Record<string, unknown>,
  groups: AnswerGroupDict[],
  defaultOutcome: OutcomeDict | null,
  solution: unknown = undefined,
): InteractionDict {
  return {
    id,
    customization_args: Object.fromEntries(
      Object.entries(args).map(([k, value]) => [k, { value }]),
    ),
    answer_groups: groups,
    default_outcome: defaultOutcome,
    confirmed_unclassified_answers: [],
    hints: [],
    solution:
      solution === undefined
        ? null
        : {
            answer_is_exclusive: false,
            correct_answer: solution,
            explanation: { content_id: 'solution', html: '' },
          },
  };
}

export function state(dict: InteractionDict, html = '<p>A card</p>'): StateDict {
  return {
    content: { content_id: 'content', html },
    interaction: dict,
    param_changes: [],
    card_is_checkpoint: false,
    solicit_answer_details: false,
    linked_skill_id: null,
    classifier_model_id: null,
  };
}

export const END = state(
  interaction('EndExploration', { recommendedExplorationIds: [] }, [], null),
  '<p>Congratulations, you have finished!</p>',
);

export function exploration(
  init: string,
  states: Record<string, StateDict>,
): ExplorationPlayerDict {
  return {
    init_state_name: init,
    states,
    title: 'Test chapter',
    language_code: 'en',
    objective: '',
    param_changes: [],
    param_specs: {},
  };
}

/** A SubtitledUnicode customization value. */
export function unicode(
  text: string,
  contentId = 'ca_0',
): { content_id: string; unicode_str: string } {
  return { content_id: contentId, unicode_str: text };
}

/** SubtitledHtml choices with content ids ca_choices_0.. */
export function choices(...htmls: string[]): Array<{ content_id: string; html: string }> {
  return htmls.map((html, i) => ({ content_id: `ca_choices_${i}`, html }));
}
