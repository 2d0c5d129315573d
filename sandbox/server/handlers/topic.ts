import type { StoryEntry } from '../../content-loader';
import { param, type Handler, type SandboxApp } from '../app';
import { notFound, oppiaJson } from '../http';
import { STORY_GROUPING_FLAGS } from '../flags';
import { metaTagContent, storyNodeDict } from '../oppia-dicts';

/** Lessons per module when the sandbox groups a story (its content has no authored modules). */
const MODULE_SIZE = 3;

/**
 * `GET /topic_data_handler/<classroom_url_fragment>/<topic_url_fragment>`: topic_viewer.py
 * TopicPageDataHandler (newest typed version, with per-node language info). The decorator
 * `can_access_topic_viewer_page` answers 404 for an unknown or unpublished topic.
 */
export const topicData: Handler = (ctx, app) => {
  const ref = app.catalog.topic(
    param(ctx, 'classroom_url_fragment'),
    param(ctx, 'topic_url_fragment'),
  );
  if (!ref || !ref.topic.is_published) return notFound(ctx);
  const { classroom, topic } = ref;
  return oppiaJson({
    topic_id: topic.id,
    topic_name: topic.name,
    topic_description: topic.description,
    // topic.get_canonical_story_ids(include_only_published=True).
    canonical_story_dicts: topic.stories
      .filter((s) => s.is_published)
      .map((s) => storyDisplayDict(s, app)),
    additional_story_dicts: [],
    uncategorized_skill_ids: [],
    subtopics: [],
    degrees_of_mastery: {},
    skill_descriptions: {},
    practice_tab_is_displayed: false,
    meta_tag_content: metaTagContent(topic.description),
    page_title_fragment_for_web: topic.name,
    classroom_name: classroom.name,
  });
};

/** StoryResponseDict of a canonical story: Draft nodes are left out of titles and node dicts. */
function storyDisplayDict(story: StoryEntry, app: SandboxApp) {
  const shown = story.chapters
    .map((chapter, index) => ({ chapter, index }))
    .filter(({ chapter }) => chapter.status !== 'Draft');
  const published = shown.filter(({ chapter }) => chapter.status === 'Published');
  // With the story-grouping flag, TopicPageDataHandler adds the story's modules (oppia-redesigns.md
  // §3.6: `arcs`, later `modules`). Their exact dict is UNCONFIRMED: the sandbox sends
  // {id, title, node_ids}, consecutive published lessons in groups of MODULE_SIZE.
  const grouped = STORY_GROUPING_FLAGS.some((flag) => app.flags.has(flag));
  const modules = grouped
    ? Array.from({ length: Math.ceil(published.length / MODULE_SIZE) }, (_, i) => ({
        id: `module_${i + 1}`,
        title: `Module ${i + 1}`,
        node_ids: published
          .slice(i * MODULE_SIZE, (i + 1) * MODULE_SIZE)
          .map(({ chapter }) => chapter.node_id),
      }))
    : undefined;
  return {
    ...(modules ? { modules } : {}),
    id: story.id,
    title: story.title,
    description: story.description,
    node_titles: shown.map(({ chapter }) => chapter.title),
    thumbnail_bg_color: story.thumbnail?.bg_color ?? null,
    thumbnail_filename: story.thumbnail?.filename ?? null,
    url_fragment: story.url_fragment,
    story_is_published: true,
    // A logged-out learner has completed nothing.
    completed_node_titles: [],
    all_node_dicts: shown.map(({ chapter, index }) => {
      const language = app.catalog.exploration(chapter.exploration_id)?.player.language_code;
      return {
        ...storyNodeDict(story, index),
        available_text_language_codes: language ? [language] : [],
        available_voiceover_language_codes: [],
        available_voiceover_language_accent_descriptions: {},
      };
    }),
  };
}
