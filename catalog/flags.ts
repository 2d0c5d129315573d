import { z } from 'zod';
import { isOppiaRequestError, type OppiaClient } from './client';

/**
 * The feature flags a target serves its anonymous learner, and the designs they choose.
 *
 * Oppia: `GET /feature_flags_evaluation_handler` (core/controllers/feature_flag.py,
 * FeatureFlagsEvaluationHandler: open access, no arguments, `render_json` of
 * `feature_flag_services.evaluate_all_feature_flag_configs(user_id)`), a flat `{name: bool}` map of
 * every flag; the frontend reads it in FeatureFlagBackendApiService.fetchFeatureFlags
 * (core/templates/domain/feature-flag/feature-flag-backend-api.service.ts, URL from
 * FeatureFlagDomainConstants.FEATURE_FLAGS_EVALUATION_HANDLER_URL).
 */
export const FEATURE_FLAGS_PATH = '/feature_flags_evaluation_handler';

/** The handler's body: one boolean per flag name (core/controllers/feature_flag_test.py). */
export const featureFlagsSchema = z.record(z.string(), z.boolean());

/**
 * The flags that change a logged-out learner's path (core/feature_flag_list.py,
 * core/web_feature_flag_list.py): the new lesson player, the redesigned topic page, and the story
 * grouping on it, whose name changed twice (arcs -> adventures -> modules; all three are aliases).
 */
export const FLAGS_THAT_MATTER = [
  'new_lesson_player',
  'redesigned_topic_viewer_page',
  'story_editor_arcs',
  'story_editor_adventures',
  'story_editor_modules',
] as const;

export type ServedFlags = Record<string, boolean>;

/** Which design each learner page has, as the served flags decide it. */
export interface Designs {
  /** `/explore/<id>` goes on to `/lesson/<id>`: the new lesson player. */
  newLessonPlayer: boolean;
  /** The topic page is the redesign: lesson cards start chapters, no story tiles. */
  redesignedTopicPage: boolean;
  /** The redesigned page groups lessons (under whichever of the three names the target knows). */
  storyGrouping: boolean;
}

export function designsOf(flags: ServedFlags): Designs {
  return {
    newLessonPlayer: flags.new_lesson_player === true,
    redesignedTopicPage: flags.redesigned_topic_viewer_page === true,
    storyGrouping:
      flags.story_editor_arcs === true ||
      flags.story_editor_adventures === true ||
      flags.story_editor_modules === true,
  };
}

/** Keeps the flags that matter, as served (a flag the target does not know is left out). */
export function flagsThatMatter(all: ServedFlags): ServedFlags {
  const kept: ServedFlags = {};
  for (const name of FLAGS_THAT_MATTER) {
    if (name in all) kept[name] = all[name]!;
  }
  return kept;
}

/** "new_lesson_player, redesigned_topic_viewer_page" (the flags on), or "none". */
export function describeFlags(flags: ServedFlags): string {
  const on = Object.keys(flags).filter((name) => flags[name]);
  return on.length ? on.join(', ') : 'none';
}

/** Oppia from before the handler existed answers 404: it serves the classic designs, no flags. */
export function isHandlerAbsent(error: unknown): boolean {
  return isOppiaRequestError(error) && 'status' in error && error.status === 404;
}

/** Reads the flags the target serves its anonymous learner and keeps those that matter. */
export async function readServedFlags(client: OppiaClient): Promise<ServedFlags> {
  try {
    return flagsThatMatter(await client.getJson(FEATURE_FLAGS_PATH, featureFlagsSchema));
  } catch (error) {
    if (isHandlerAbsent(error)) return {};
    throw error;
  }
}
