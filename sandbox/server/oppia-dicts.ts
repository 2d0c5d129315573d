import type {
  ChapterEntry,
  ClassroomEntry,
  ExplorationEntry,
  ImageRef,
  StoryEntry,
  TopicEntry,
} from '../content-loader';

/**
 * Oppia's backend dicts, built from sandbox content the way Oppia's domain objects serialise
 * (`to_dict()`); the handlers compose them exactly as Oppia's controllers do. Values Oppia stores
 * but the content does not have (timestamps, sizes, counts of skills) are fixed sandbox values.
 */

/** Every sandbox entity was "created" and "last modified" at this instant. */
export const CONTENT_EPOCH_MSECS = Date.UTC(2024, 0, 1);
/** Oppia records a thumbnail's size; the sandbox does not track it. */
const THUMBNAIL_SIZE_IN_BYTES = 21131;

/** StoryNode.to_dict() (core/domain/story_domain.py StoryNodeDict). */
export function storyNodeDict(story: StoryEntry, index: number) {
  const node = story.chapters[index] as ChapterEntry;
  const next = story.chapters[index + 1];
  const thumbnail: ImageRef | null = node.thumbnail ?? story.thumbnail;
  return {
    id: node.node_id,
    title: node.title,
    description: node.description,
    thumbnail_filename: thumbnail?.filename ?? null,
    thumbnail_bg_color: thumbnail?.bg_color ?? null,
    thumbnail_size_in_bytes: thumbnail ? THUMBNAIL_SIZE_IN_BYTES : null,
    destination_node_ids: next ? [next.node_id] : [],
    acquired_skill_ids: [] as string[],
    prerequisite_skill_ids: [] as string[],
    outline: '',
    outline_is_finalized: false,
    exploration_id: node.exploration_id,
    status: node.status,
    planned_publication_date_msecs: null,
    last_modified_msecs: CONTENT_EPOCH_MSECS,
    first_publication_date_msecs: node.status === 'Published' ? CONTENT_EPOCH_MSECS : null,
    unpublishing_reason: null,
  };
}

/**
 * summary_services.get_displayable_exp_summary_dicts_matching_ids (DisplayableExplorationSummaryDict
 * in core/domain/summary_services.py): public, unrated, never viewed.
 */
export function displayableExpSummaryDict(exp: ExplorationEntry) {
  const category = exp.metadata.category;
  return {
    id: exp.id,
    title: exp.metadata.title,
    activity_type: 'exploration',
    category,
    created_on_msec: CONTENT_EPOCH_MSECS,
    objective: exp.metadata.objective,
    language_code: exp.metadata.language_code,
    last_updated_msec: CONTENT_EPOCH_MSECS,
    human_readable_contributors_summary: {},
    status: 'public',
    ratings: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    community_owned: false,
    tags: exp.metadata.tags,
    // utils.get_thumbnail_icon_url_for_category: /subjects/<Category without spaces>.svg.
    thumbnail_icon_url: `/subjects/${category.replace(/ /g, '') || 'Lightbulb'}.svg`,
    thumbnail_bg_color: '#a33f40',
    num_views: 0,
  };
}

function publishedStories(topic: TopicEntry): StoryEntry[] {
  return topic.stories.filter((s) => s.is_published);
}

function publishedNodes(story: StoryEntry): ChapterEntry[] {
  return story.chapters.filter((c) => c.status === 'Published');
}

/** TopicSummary.to_dict() + `is_published`, as ClassroomDataHandler copies it field by field. */
export function classroomTopicSummaryDict(topic: TopicEntry) {
  const stories = publishedStories(topic);
  return {
    id: topic.id,
    name: topic.name,
    url_fragment: topic.url_fragment,
    language_code: topic.language_code,
    description: topic.description,
    version: 1,
    canonical_story_count: topic.stories.length,
    additional_story_count: 0,
    uncategorized_skill_count: 0,
    subtopic_count: 0,
    total_skill_count: 0,
    total_published_node_count: stories.reduce((n, s) => n + publishedNodes(s).length, 0),
    thumbnail_filename: topic.thumbnail?.filename ?? null,
    thumbnail_bg_color: topic.thumbnail?.bg_color ?? null,
    published_story_exploration_mapping: Object.fromEntries(
      stories.map((s) => [s.id, publishedNodes(s).map((c) => c.exploration_id)]),
    ),
    topic_model_created_on: CONTENT_EPOCH_MSECS,
    topic_model_last_updated: CONTENT_EPOCH_MSECS,
    is_published: topic.is_published,
  };
}

/** ClassroomThumbnail/Banner `to_dict()`: {filename, bg_color, size_in_bytes}. */
export function classroomImageDict(image: ImageRef) {
  return {
    filename: image.filename,
    bg_color: image.bg_color,
    size_in_bytes: THUMBNAIL_SIZE_IN_BYTES,
  };
}

export function classroomSummaryDict(c: ClassroomEntry) {
  return {
    classroom_id: c.classroom_id,
    name: c.name,
    url_fragment: c.url_fragment,
    teaser_text: c.teaser_text,
    is_published: c.is_published,
    is_diagnostic_test_enabled: c.is_diagnostic_test_enabled,
    thumbnail_filename: c.thumbnail.filename,
    // Sic: AllClassroomsSummaryHandler reads the colour from banner_data (classroom.py).
    thumbnail_bg_color: c.banner.bg_color,
    index: c.index,
  };
}

/** Oppia's meta tag content is capped at 160 characters (MAX_CHARS_IN_META_TAG_CONTENT). */
export function metaTagContent(text: string): string {
  return text.length <= 160 ? text : `${text.slice(0, 157)}...`;
}
