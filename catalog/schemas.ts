import { z } from 'zod';

/**
 * Zod schemas of the Oppia JSON handler bodies the suite reads, written from Oppia's backend dicts.
 * Strict about the fields the suite relies on; every object is loose (`z.looseObject`) so the many
 * other fields Oppia sends, and fields it adds later, pass through untouched.
 */

/**
 * GET /all_classrooms_summary — core/controllers/classroom.py `AllClassroomsSummaryHandler`
 * (ClassroomSummaryDict). Lists unpublished classrooms too: filter on `is_published`.
 */
export const classroomSummarySchema = z.looseObject({
  classroom_id: z.string(),
  name: z.string(),
  url_fragment: z.string(),
  is_published: z.boolean(),
});
export const allClassroomsSummarySchema = z.looseObject({
  all_classrooms_summary: z.array(classroomSummarySchema),
});
export type AllClassroomsSummary = z.output<typeof allClassroomsSummarySchema>;

/**
 * GET /classroom_data_handler/<classroom_url_fragment> — core/controllers/classroom.py
 * `ClassroomDataHandler` @ 4268ba3f6fbf08d2c7860b169984bedf8ecc5686 (newer: same keys).
 * `topic_summary_dicts[]` are CreatorTopicSummaryDicts plus the topic-rights `is_published`.
 */
export const classroomTopicSummarySchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  url_fragment: z.string(),
  is_published: z.boolean(),
});
export const classroomDataSchema = z.looseObject({
  classroom_id: z.string(),
  name: z.string(),
  url_fragment: z.string(),
  topic_summary_dicts: z.array(classroomTopicSummarySchema),
});
export type ClassroomData = z.output<typeof classroomDataSchema>;

/**
 * A story node — core/domain/story_domain.py `StoryNodeDict` (StoryNode.to_dict()). `status` is
 * "Published", "Ready To Publish" or "Draft" (typed Optional[str] there); Oppia before serial
 * chapter launch sent no `status` at all, when every node of a published story was playable.
 */
export const storyNodeSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  exploration_id: z.string().nullable(),
  status: z.string().nullable().optional(),
});
export type StoryNode = z.output<typeof storyNodeSchema>;

/**
 * GET /topic_data_handler/<classroom_url_fragment>/<topic_url_fragment> —
 * core/controllers/topic_viewer.py `TopicPageDataHandler` (StoryDisplayDict per story) @
 * 000816a7623d6c182a4d9fcc7ffb8c9c35778f01. Only published stories are listed; canonical stories'
 * `all_node_dicts` leave out Draft nodes.
 */
export const topicStorySchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  url_fragment: z.string(),
  story_is_published: z.boolean(),
  all_node_dicts: z.array(storyNodeSchema),
});
export const topicDataSchema = z.looseObject({
  topic_id: z.string(),
  topic_name: z.string(),
  canonical_story_dicts: z.array(topicStorySchema),
  additional_story_dicts: z.array(topicStorySchema),
});
export type TopicData = z.output<typeof topicDataSchema>;

/**
 * GET /story_data_handler/<classroom_url_fragment>/<topic_url_fragment>/<story_url_fragment> —
 * core/controllers/story_viewer.py `StoryPageDataHandler` @ 016e43ce48b43bd3a6b1f4eb7cca325789b7871b.
 * `story_nodes` come in story order (`get_ordered_nodes()`), unfiltered by status.
 */
export const storyDataSchema = z.looseObject({
  story_id: z.string(),
  story_title: z.string(),
  story_nodes: z.array(storyNodeSchema),
});
export type StoryData = z.output<typeof storyDataSchema>;

/**
 * The init body is strict only where the walk cannot do without (the state graph: states, their
 * interaction ids and every outcome's `dest`). Fields whose shape changed across Oppia's schema
 * versions (feedback, content, choices) are accepted in each shape the planner understands
 * (planner/types.ts), so the output type is the planner's input type.
 */
const subtitledHtmlSchema = z.looseObject({ content_id: z.string().nullish(), html: z.string() });

/** Outcome — core/domain/state_domain.py `OutcomeDict`. */
export const outcomeSchema = z.looseObject({
  dest: z.string(),
  feedback: z.union([subtitledHtmlSchema, z.string(), z.array(z.string())]).nullish(),
});

/** Interaction — core/domain/state_domain.py `InteractionInstanceDict`. */
export const interactionSchema = z.looseObject({
  id: z.string().nullable(),
  customization_args: z.record(z.string(), z.looseObject({ value: z.unknown() })).optional(),
  answer_groups: z
    .array(
      z.looseObject({
        outcome: outcomeSchema,
        rule_specs: z
          .array(
            z.looseObject({ rule_type: z.string(), inputs: z.record(z.string(), z.unknown()) }),
          )
          .optional(),
      }),
    )
    .optional(),
  // null on EndExploration.
  default_outcome: outcomeSchema.nullish(),
  solution: z.looseObject({ correct_answer: z.unknown() }).nullish(),
});

/** State (card) — core/domain/state_domain.py `StateDict`. */
export const stateSchema = z.looseObject({
  content: z.union([subtitledHtmlSchema, z.string()]).optional(),
  interaction: interactionSchema,
});

/**
 * GET /explorehandler/init/<exploration_id> — core/controllers/reader.py `ExplorationHandler`
 * (keys per reference/oppia-corrections.md §8); `exploration` is Exploration.to_player_dict()
 * (core/domain/exp_domain.py).
 */
export const explorationInitSchema = z.looseObject({
  exploration_id: z.string(),
  version: z.number(),
  exploration: z.looseObject({
    title: z.string(),
    init_state_name: z.string(),
    states: z.record(z.string(), stateSchema),
  }),
});
export type ExplorationInit = z.output<typeof explorationInitSchema>;
