/**
 * /explore/<id> — loads `/explorehandler/init/<id>` and starts the conversation player. An error
 * status shows the error page for that code with the URL kept (as Oppia's
 * exploration-player-page-auth.guard.ts: navigate to /error/<status>, then replaceState back).
 */
import { h } from '../app/dom';
import { getJson, HttpError } from '../app/http';
import { showWarning } from '../app/toasts';
import { renderErrorPage } from '../pages/error';
import { renderNotice } from './notice';
import { ConversationPlayer, type StoryPlayContext } from './player';
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

export async function renderPlayerPage(
  main: HTMLElement,
  explorationId: string,
  cardDelayMs: number,
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
