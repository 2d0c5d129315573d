import type { StoryEntry } from '../../content-loader';
import { param, type Handler, type SandboxApp } from '../app';
import { notFound, oppiaJson } from '../http';
import { metaTagContent, storyNodeDict } from '../oppia-dicts';

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
  return {
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
