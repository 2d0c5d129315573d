import { param, type Handler } from '../app';
import { notFound, oppiaJson } from '../http';
import { displayableExpSummaryDict, metaTagContent, storyNodeDict } from '../oppia-dicts';

/**
 * `GET /story_data_handler/<classroom>/<topic>/<story>`: story_viewer.py StoryPageDataHandler
 * (@ 016e43ce). Every ordered node is returned, whatever its status; the page decides what to
 * show. `can_access_story_viewer_page` answers 404 unless topic and story are published.
 */
export const storyData: Handler = (ctx, app) => {
  const ref = app.catalog.story(
    param(ctx, 'classroom_url_fragment'),
    param(ctx, 'topic_url_fragment'),
    param(ctx, 'story_url_fragment'),
  );
  if (!ref || !ref.topic.is_published || !ref.story.is_published) return notFound(ctx);
  const { story, topic } = ref;
  return oppiaJson({
    story_id: story.id,
    story_title: story.title,
    story_description: story.description,
    story_nodes: story.chapters.map((chapter, index) => {
      const exploration = app.catalog.exploration(chapter.exploration_id);
      return {
        ...storyNodeDict(story, index),
        completed: false,
        exp_summary_dict: exploration ? displayableExpSummaryDict(exploration) : null,
      };
    }),
    topic_name: topic.name,
    meta_tag_content: metaTagContent(story.description),
  });
};
