/**
 * The feature flags the pages read, from `GET /feature_flags_evaluation_handler` as Oppia's
 * PlatformFeatureService does (core/templates/domain/feature-flag/feature-status-summary.model.ts:
 * `status.NewLessonPlayer.isEnabled`, `status.RedesignedTopicViewerPage.isEnabled`). A failed
 * fetch leaves every flag off, as Oppia's service falls back to its defaults.
 */
import { getJson } from './http';

export interface PageFlags {
  newLessonPlayer: boolean;
  redesignedTopicViewerPage: boolean;
  /** story_editor_modules, or its older names story_editor_adventures / story_editor_arcs. */
  storyGrouping: boolean;
}

export const NO_FLAGS: PageFlags = {
  newLessonPlayer: false,
  redesignedTopicViewerPage: false,
  storyGrouping: false,
};

export async function fetchFlags(): Promise<PageFlags> {
  try {
    const body = await getJson<Record<string, unknown>>('/feature_flags_evaluation_handler');
    const on = (name: string) => body[name] === true;
    return {
      newLessonPlayer: on('new_lesson_player'),
      redesignedTopicViewerPage: on('redesigned_topic_viewer_page'),
      storyGrouping:
        on('story_editor_modules') || on('story_editor_adventures') || on('story_editor_arcs'),
    };
  } catch {
    return NO_FLAGS;
  }
}

/** `<meta name="sandbox-new-player-hooks">` (build.ts): which template version's hooks to render. */
export function newPlayerHooks(): 'latest' | 'older' {
  return document
    .querySelector('meta[name="sandbox-new-player-hooks"]')
    ?.getAttribute('content') === 'older'
    ? 'older'
    : 'latest';
}
