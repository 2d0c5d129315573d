/**
 * /explore/<id> — loads `/explorehandler/init/<id>` and starts the conversation player. An error
 * status shows the error page for that code with the URL kept (as Oppia's
 * exploration-player-page-auth.guard.ts: navigate to /error/<status>, then replaceState back).
 *
 * With `new_lesson_player` on, the guard
 * (current-lesson-player/exploration-player-page-auth.guard.ts @ 323e21d1) validates access and
 * then goes on to `/lesson/<id>` with every query parameter (`router.createUrlTree(['/lesson', id],
 * {queryParams})`): a client-side redirect, no HTTP 3xx. /lesson/<id> has its own guards
 * (new-lesson-player/lesson-player-flag.guard.ts: 404 when the flag is off;
 * lesson-player-auth.guard.ts @ 326d9ece: the same access validation).
 */
import { h } from '../app/dom';
import { getJson, HttpError } from '../app/http';
import { showWarning } from '../app/toasts';
import { newPlayerHooks, type PageFlags } from '../app/flags';
import { renderErrorPage } from '../pages/error';
import { renderNotice } from './notice';
import { ConversationPlayer, type PlayerDesign, type StoryPlayContext } from './player';
import type { ExplorationInitResponse } from './types';

/** Story mode: the URL carries all four of topic, classroom, story and node_id. */
export function storyContextFrom(search: string): StoryPlayContext | null {
  const query = new URLSearchParams(search);
  const topic = query.get('topic_url_fragment');
  const classroom = query.get('classroom_url_fragment');
  const story = query.get('story_url_fragment');
  const nodeId = query.get('node_id');
  return topic && classroom && story && nodeId ? { topic, classroom, story, nodeId } : null;
}

/**
 * AccessValidationBackendApiService.validateAccessToExplorationPlayerPage(id, v): true when the
 * learner may play; otherwise the error page for the status has been rendered.
 */
async function accessGranted(main: HTMLElement, explorationId: string): Promise<boolean> {
  const version = new URLSearchParams(location.search).get('v');
  try {
    await getJson(
      `/access_validation_handler/can_access_exploration_player_page/${encodeURIComponent(explorationId)}${version === null ? '' : `?v=${encodeURIComponent(version)}`}`,
    );
    return true;
  } catch (error) {
    renderErrorPage(main, error instanceof HttpError ? error.status : 500);
    return false;
  }
}

export async function renderExplorePage(
  main: HTMLElement,
  explorationId: string,
  cardDelayMs: number,
  flags: PageFlags,
): Promise<void> {
  if (!flags.newLessonPlayer) {
    await renderPlayerPage(main, explorationId, cardDelayMs, { kind: 'current' });
    return;
  }
  if (!(await accessGranted(main, explorationId))) return;
  // The initial navigation is redirected before it commits: the /explore URL leaves no history entry.
  history.replaceState(
    null,
    '',
    `/lesson/${encodeURIComponent(explorationId)}${location.search}${location.hash}`,
  );
  await renderPlayerPage(main, explorationId, cardDelayMs, {
    kind: 'new',
    hooks: newPlayerHooks(),
  });
}

export async function renderLessonPage(
  main: HTMLElement,
  explorationId: string,
  cardDelayMs: number,
  flags: PageFlags,
): Promise<void> {
  if (!flags.newLessonPlayer) {
    renderErrorPage(main, 404);
    return;
  }
  if (!(await accessGranted(main, explorationId))) return;
  await renderPlayerPage(main, explorationId, cardDelayMs, {
    kind: 'new',
    hooks: newPlayerHooks(),
  });
}

export async function renderPlayerPage(
  main: HTMLElement,
  explorationId: string,
  cardDelayMs: number,
  design: PlayerDesign,
): Promise<void> {
  document.title = 'Oppia';
  main.replaceChildren(
    h(
      'div',
      { class: 'oppia-loading-fullscreen', 'aria-live': 'polite' },
      h('span', { class: 'oppia-loading-text' }, 'Loading'),
      h('span', { class: 'oppia-loading-dot' }),
      h('span', { class: 'oppia-loading-dot' }),
      h('span', { class: 'oppia-loading-dot' }),
    ),
  );
  let init: ExplorationInitResponse;
  try {
    init = await getJson<ExplorationInitResponse>(
      `/explorehandler/init/${encodeURIComponent(explorationId)}`,
    );
  } catch (error) {
    if (error instanceof HttpError) {
      renderErrorPage(main, error.status);
      return;
    }
    showWarning('Failed to load the exploration.');
    return;
  }
  const missing = missingPlayerField(init);
  if (missing) {
    main.replaceChildren(
      renderNotice(
        `cannot play /explorehandler/init/${explorationId}: ${missing} is missing or not of Oppia's shape`,
      ),
    );
    return;
  }
  const player = new ConversationPlayer(main, {
    init,
    story: storyContextFrom(location.search),
    cardDelayMs,
    design,
  });
  // Started from a timer so that a card the player cannot render is an uncaught exception.
  setTimeout(() => player.start(), 0);
}

/** The first field the player cannot start without, or null (a replay may hold any body). */
function missingPlayerField(init: ExplorationInitResponse): string | null {
  const exploration = (init as Partial<ExplorationInitResponse> | null)?.exploration;
  if (!exploration || typeof exploration !== 'object') return 'exploration';
  if (!exploration.states || typeof exploration.states !== 'object') return 'exploration.states';
  if (typeof exploration.init_state_name !== 'string') return 'exploration.init_state_name';
  if (typeof init.exploration_id !== 'string') return 'exploration_id';
  return null;
}
