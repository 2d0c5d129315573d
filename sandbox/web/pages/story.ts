/**
 * /learn/<c>/<t>/story/<s> — Oppia's story viewer (story-viewer-page.component.{html,ts}
 * @68c3bbe5/@828d06c0): GET /story_data_handler/<c>/<t>/<s>; published nodes as chapter links
 * "Chapter N: <title>" to the player URL; a logged-out learner first sees the "Save your progress"
 * overlay over the chapter list, until SKIP.
 */
import { h } from '../app/dom';
import { getJson, isToastWorthy } from '../app/http';
import { showWarning } from '../app/toasts';
import { thumbnail } from './art';
import { chapterUrl, type StoryContext, topicUrl } from './urls';

export interface StoryNodeDict {
  id: string;
  title: string;
  description?: string;
  exploration_id: string | null;
  status?: string;
  thumbnail_bg_color?: string;
}

export interface StoryData {
  story_id: string;
  story_title: string;
  story_description?: string;
  topic_name?: string;
  story_nodes: StoryNodeDict[];
}

export function isPublished(node: StoryNodeDict): boolean {
  return (node.status === undefined || node.status === 'Published') && !!node.exploration_id;
}

function loginOverlay(): HTMLElement {
  const overlay = h('div', {
    class: 'story-viewer-login-container',
    role: 'dialog',
    'aria-label': 'Save your progress',
  });
  overlay.append(
    h(
      'div',
      { class: 'story-viewer-login-box' },
      h('h2', { class: 'story-viewer-login-title' }, 'Save your progress'),
      h(
        'p',
        { class: 'story-viewer-login-text' },
        'Sign in or create an account to save your progress through the chapters.',
      ),
      h(
        'div',
        { class: 'story-viewer-login-buttons' },
        h('button', { type: 'button', class: 'login-btn e2e-test-login-button' }, 'LOG IN'),
        h('button', { type: 'button', class: 'sign-up-btn' }, 'SIGN UP'),
        h('button', { type: 'button', class: 'skip-btn', onclick: () => overlay.remove() }, 'SKIP'),
      ),
    ),
  );
  return overlay;
}

function chapterEntry(ctx: StoryContext, node: StoryNodeDict, number: number): HTMLElement {
  const icon = h('div', {
    class:
      number === 1
        ? 'oppia-lesson-icon-uncompleted e2e-test-lesson-icon-uncompleted'
        : 'oppia-lesson-icon-uncompleted oppia-lesson-icon-unavailable e2e-test-lesson-icon-uncompleted',
  });
  return h(
    'div',
    { class: 'story-chapter' },
    icon,
    h(
      'a',
      {
        class: 'story-chapter-card',
        href: chapterUrl(node.exploration_id as string, ctx, node.id),
      },
      thumbnail(node.thumbnail_bg_color ?? '#a6dacf', node.id, 'chapter-thumbnail'),
      h(
        'div',
        { class: 'chapter-text' },
        h(
          'span',
          { class: 'oppia-chapter-title e2e-test-chapter-title' },
          `Chapter ${number}: ${node.title}`,
        ),
        h('p', { class: 'chapter-description' }, node.description ?? ''),
      ),
    ),
  );
}

function comingSoonEntry(node: StoryNodeDict): HTMLElement {
  return h(
    'div',
    { class: 'story-chapter story-chapter-coming-soon' },
    h('div', { class: 'oppia-lesson-icon-uncompleted oppia-lesson-icon-unavailable' }),
    h(
      'div',
      { class: 'story-chapter-card' },
      h('span', { class: 'oppia-chapter-coming-soon-label' }, 'Coming soon'),
      h('span', { class: 'chapter-coming-soon-title' }, node.title),
    ),
  );
}

export async function renderStoryPage(main: HTMLElement, ctx: StoryContext): Promise<void> {
  document.title = 'Story | Oppia';
  const breadcrumb = h('a', {
    class: 'story-viewer-topic-link',
    href: topicUrl(ctx.classroom, ctx.topic),
  });
  const title = h('h1', { class: 'oppia-story-title e2e-test-story-title' });
  const description = h('p', { class: 'story-viewer-description' });
  const track = h('div', { class: 'oppia-lesson-track e2e-test-lesson-track' });
  const chapters = h('div', { class: 'story-viewer-chapters' }, track, loginOverlay());
  main.replaceChildren(
    h(
      'div',
      { class: 'story-viewer-page e2e-test-story-viewer-container' },
      h('div', { class: 'story-viewer-header' }, breadcrumb, title, description),
      chapters,
    ),
  );
  let data: StoryData;
  try {
    data = await getJson<StoryData>(
      `/story_data_handler/${ctx.classroom}/${ctx.topic}/${ctx.story}`,
    );
  } catch (error) {
    if (isToastWorthy(error)) showWarning('Failed to get dashboard data');
    return;
  }
  // Built before anything is shown: a body without story_nodes throws here, as Oppia's model does.
  let number = 0;
  const entries = data.story_nodes.flatMap((node) => {
    if (isPublished(node)) return [chapterEntry(ctx, node, ++number)];
    if (node.status === 'Ready To Publish') return [comingSoonEntry(node)];
    return [];
  });
  document.title = `${data.story_title} | Oppia`;
  breadcrumb.textContent = data.topic_name ? `‹ ${data.topic_name}` : '‹ Back to topic';
  title.textContent = data.story_title;
  description.textContent = data.story_description ?? '';
  track.replaceChildren(...entries);
}
