import { z } from 'zod';

/** A story node's publication status (story_domain.py: STORY_NODE_STATUS_*). */
export const NODE_STATUSES = ['Published', 'Ready To Publish', 'Draft'] as const;
export type NodeStatus = (typeof NODE_STATUSES)[number];

// assets/constants.ts: url fragments match ^[a-z]+(-[a-z]+)*$; classroom/topic max 20, story max 30.
const URL_FRAGMENT = /^[a-z]+(-[a-z]+)*$/;
const urlFragment = (max: number) =>
  z.string().regex(URL_FRAGMENT, 'must match ^[a-z]+(-[a-z]+)*$').max(max);
// constants.ENTITY_ID_REGEX.
export const ENTITY_ID = /^[a-zA-Z0-9_-]{1,12}$/;
const entityId = z.string().regex(ENTITY_ID, 'must be an Oppia id (1-12 of a-z A-Z 0-9 _ -)');
// story_domain.NODE_ID_PREFIX + digits.
const nodeId = z.string().regex(/^node_[0-9]+$/, 'must look like node_<number>');

const imageRef = z.strictObject({
  filename: z.string().min(1),
  bg_color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'must be a #RRGGBB colour'),
});

const chapter = z.strictObject({
  node_id: nodeId,
  title: z.string().min(1),
  description: z.string().default(''),
  exploration_id: entityId,
  status: z.enum(NODE_STATUSES),
  thumbnail: imageRef.nullable().default(null),
});

const story = z.strictObject({
  id: entityId,
  title: z.string().min(1),
  url_fragment: urlFragment(30),
  description: z.string().default(''),
  is_published: z.boolean().default(true),
  thumbnail: imageRef.nullable().default(null),
  chapters: z.array(chapter).min(1),
});

const topic = z.strictObject({
  id: entityId,
  name: z.string().min(1),
  url_fragment: urlFragment(20),
  description: z.string().default(''),
  is_published: z.boolean(),
  language_code: z.string().default('en'),
  thumbnail: imageRef.nullable().default(null),
  stories: z.array(story),
});

const classroom = z.strictObject({
  classroom_id: z.string().min(1),
  name: z.string().min(1),
  url_fragment: urlFragment(20),
  teaser_text: z.string().default(''),
  course_details: z.string().default(''),
  topic_list_intro: z.string().default(''),
  is_published: z.boolean(),
  is_diagnostic_test_enabled: z.boolean().default(false),
  index: z.number().int().min(0),
  thumbnail: imageRef,
  banner: imageRef,
  topics: z.array(topic),
});

/** catalog.yaml: the one definition of its shape (the loader parses it, the generator writes it). */
export const catalogFileSchema = z.strictObject({ classrooms: z.array(classroom).min(1) });

/** What catalog.yaml may hold (defaults left out), as the generator writes it. */
export type CatalogFileInput = z.input<typeof catalogFileSchema>;
/** catalog.yaml as the loader reads it, defaults filled in. */
export type CatalogFile = z.output<typeof catalogFileSchema>;
export type ClassroomEntry = CatalogFile['classrooms'][number];
export type TopicEntry = ClassroomEntry['topics'][number];
export type StoryEntry = TopicEntry['stories'][number];
export type ChapterEntry = StoryEntry['chapters'][number];
export type ImageRef = z.output<typeof imageRef>;
