import { randomBytes } from 'node:crypto';
import { param, type Handler } from '../app';
import { notFound, oppiaJson } from '../http';

/**
 * The `/explorehandler/<endpoint>/<exploration_id>` calls a logged-out playthrough makes
 * (oppia-corrections.md §7: STATS_REPORTING_URLS in exploration-player-page.constants.ts @ 1a9c8bc6,
 * handlers in reader.py). All POST; the logged-out checkpoint is PUT (and POST to create a
 * progress id).
 */
export const LEARNER_EVENT_ENDPOINTS = [
  'exploration_start_event',
  'exploration_actual_start_event',
  'state_hit_event',
  'state_complete_event',
  'answer_submitted_event',
  'solution_hit_event',
  'exploration_complete_event',
  'exploration_maybe_leave_event',
  'leave_for_refresher_exp_event',
  'stats_events',
  'store_playthrough',
  'checkpoint_reached_by_logged_out_user',
] as const;

/** Counts the event and answers `{}` as Oppia's handlers do (`render_json({})`). */
export const learnerEvent: Handler = (ctx, app) => {
  const endpoint = param(ctx, 'endpoint');
  if (!app.catalog.exploration(param(ctx, 'exploration_id'))) return notFound(ctx);
  app.events.recordLearnerEvent(endpoint);
  if (endpoint === 'checkpoint_reached_by_logged_out_user' && ctx.method === 'POST') {
    // Creating a progress URL: TransientCheckpointUrl ids are short random strings.
    return oppiaJson({ unique_progress_url_id: randomBytes(4).toString('hex').slice(0, 6) });
  }
  return oppiaJson({});
};
