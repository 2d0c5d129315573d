/**
 * The sandbox SPA: routes on location.pathname like Oppia's Angular router
 * (core/templates/pages/oppia-root/routing/app.routing.module.ts) and renders each page from the
 * JSON handlers it fetches. Startup calls every Oppia page makes: /userinfohandler and
 * /feature_flags_evaluation_handler; the flags choose the design of the topic page and the player
 * as Oppia's components do (sandbox/README.md "Designs").
 */
import { renderClassroomPage } from '../pages/classroom';
import { renderClassroomsPage } from '../pages/classrooms';
import { renderErrorPage } from '../pages/error';
import { renderStoryPage } from '../pages/story';
import { renderTopicPage } from '../pages/topic';
import { renderExplorePage, renderLessonPage } from '../player/page';
import { cardDelayMs } from './config';
import { fetchFlags, type PageFlags } from './flags';
import { h } from './dom';
import { getJson } from './http';
import { setInAppNavigator } from './navigate';
import { renderShell } from './shell';

type Route = {
  pattern: RegExp;
  render: (main: HTMLElement, params: string[], flags: PageFlags) => Promise<void> | void;
};

const ROUTES: Route[] = [
  { pattern: /^\/learn$/, render: (main) => renderClassroomsPage(main) },
  { pattern: /^\/learn\/([^/]+)$/, render: (main, [c]) => renderClassroomPage(main, c as string) },
  {
    pattern: /^\/learn\/([^/]+)\/([^/]+)(?:\/(?:story|revision|practice|studyguide))?$/,
    render: (main, [c, t], flags) => renderTopicPage(main, c as string, t as string, flags),
  },
  {
    pattern: /^\/learn\/([^/]+)\/([^/]+)\/story\/([^/]+)$/,
    render: (main, [c, t, s]) =>
      renderStoryPage(main, { classroom: c as string, topic: t as string, story: s as string }),
  },
  {
    pattern: /^\/explore\/([^/]+)$/,
    render: (main, [id], flags) => renderExplorePage(main, id as string, cardDelayMs(), flags),
  },
  {
    pattern: /^\/lesson\/([^/]+)$/,
    render: (main, [id], flags) => renderLessonPage(main, id as string, cardDelayMs(), flags),
  },
  { pattern: /^\/error\/(\d{3})$/, render: (main, [code]) => renderErrorPage(main, Number(code)) },
  {
    pattern: /^\/$/,
    render: (main) => {
      main.replaceChildren(
        h(
          'div',
          { class: 'oppia-splash' },
          h('h1', {}, 'Free, effective lessons for anyone, anywhere'),
          h('a', { class: 'oppia-splash-cta', href: '/learn' }, 'Start learning'),
        ),
      );
    },
  },
];

async function startupCalls(): Promise<PageFlags> {
  // Oppia reads these before rendering; the flags choose the designs.
  const [, flags] = await Promise.all([
    getJson('/userinfohandler').catch(() => undefined),
    fetchFlags(),
  ]);
  return flags;
}

export async function route(main: HTMLElement, pathname: string, flags: PageFlags): Promise<void> {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const { pattern, render } of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      await render(main, match.slice(1).map(decodeURIComponent), flags);
      return;
    }
  }
  renderErrorPage(main, 404);
}

async function boot(): Promise<void> {
  const main = renderShell();
  const flags = await startupCalls();
  // Oppia's Router: router.navigate pushes the URL and renders the route in the same document; the
  // browser's back and forward buttons render the route of the entry they land on.
  setInAppNavigator((url) => {
    history.pushState(null, '', url);
    window.scrollTo(0, 0);
    void route(main, location.pathname, flags);
  });
  window.addEventListener('popstate', () => void route(main, location.pathname, flags));
  await route(main, location.pathname, flags);
}

void boot();
