/** URLs as Oppia's frontend builds them. */

export interface StoryContext {
  classroom: string;
  topic: string;
  story: string;
}

/**
 * Chapter player URL with the query parameters in the order Oppia's story viewer writes them
 * (story-viewer-page.component.ts getExplorationUrl, and its spec:
 * `/explore/<id>?topic_url_fragment=..&classroom_url_fragment=..&story_url_fragment=..&node_id=..`).
 */
export function chapterUrl(explorationId: string, ctx: StoryContext, nodeId: string): string {
  const query = new URLSearchParams();
  query.set('topic_url_fragment', ctx.topic);
  query.set('classroom_url_fragment', ctx.classroom);
  query.set('story_url_fragment', ctx.story);
  query.set('node_id', nodeId);
  return `/explore/${encodeURIComponent(explorationId)}?${query.toString()}`;
}

export function storyUrl(ctx: StoryContext): string {
  return `/learn/${ctx.classroom}/${ctx.topic}/story/${ctx.story}`;
}

export function topicUrl(classroom: string, topic: string): string {
  return `/learn/${classroom}/${topic}`;
}

/** /assetsdevhandler/<entity_type>/<entity_id>/assets/<asset_type>/<filename> (AssetsBackendApiService). */
export function assetUrl(
  entityType: string,
  entityId: string,
  assetType: string,
  filename: string,
): string {
  return `/assetsdevhandler/${entityType}/${encodeURIComponent(entityId)}/assets/${assetType}/${encodeURIComponent(filename)}`;
}
