import { randomBytes } from 'node:crypto';
import type { ExplorationEntry } from '../../content-loader';
import { param, type Handler, type SandboxApp } from '../app';
import { notFound, oppiaJson, type RequestContext } from '../http';

/** Every sandbox exploration is at version 1. */
const EXPLORATION_VERSION = 1;

/** The exploration a request names, or undefined when Oppia would answer 404. */
function requestedExploration(ctx: RequestContext, app: SandboxApp): ExplorationEntry | undefined {
  const exploration = app.catalog.exploration(param(ctx, 'exploration_id'));
  const version = ctx.url.searchParams.get('v');
  if (version !== null && Number(version) !== EXPLORATION_VERSION) return undefined;
  return exploration;
}

/**
 * `GET /explorehandler/init/<exploration_id>[?v=N]`: reader.py ExplorationHandler (typed version
 * using platform_parameter_services), values for a logged-out learner without a progress id
 * (oppia-corrections.md §8).
 */
export const explorationInit: Handler = (ctx, app) => {
  const exploration = requestedExploration(ctx, app);
  if (!exploration) return notFound(ctx);
  return oppiaJson({
    can_edit: false,
    exploration: exploration.player,
    exploration_metadata: exploration.metadata,
    exploration_id: exploration.id,
    is_logged_in: false,
    session_id: randomBytes(24).toString('base64url'),
    version: EXPLORATION_VERSION,
    preferred_audio_language_code: null,
    preferred_language_codes: null,
    auto_tts_enabled: exploration.metadata.auto_tts_enabled,
    // Platform parameter RECORD_PLAYTHROUGH_PROBABILITY; the sandbox never samples playthroughs.
    record_playthrough_probability: 0,
    has_viewed_lesson_info_modal_once: null,
    furthest_reached_checkpoint_exp_version: null,
    furthest_reached_checkpoint_state_name: null,
    most_recently_reached_checkpoint_exp_version: null,
    most_recently_reached_checkpoint_state_name: null,
    // translation_services.get_displayable_translation_languages: no translations in the sandbox.
    displayable_language_codes: [],
  });
};

/**
 * `GET /access_validation_handler/can_access_exploration_player_page/<exploration_id>`:
 * access_validators.ExplorationPlayerAccessValidationPage (`@can_play_exploration`), called by the
 * player route's guard (exploration-player-page-auth.guard.ts @ 323e21d1). 404 when the
 * exploration or version does not exist. The success body is not used by the guard; `{}` here.
 */
export const explorationAccessValidation: Handler = (ctx, app) =>
  requestedExploration(ctx, app) ? oppiaJson({}) : notFound(ctx);
