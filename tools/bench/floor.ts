import type { Snapshot } from '../../catalog/snapshot';

/**
 * The floor: every page and JSON handler the walk loads, fetched as plain HTTP (no browser, no
 * rendering, no answers), with bounded concurrency. What a page loads is what Oppia's SPA fetches
 * on it (sandbox/web/README.md, "What is rendered"): the shell, `/userinfohandler`,
 * `/feature_flags_evaluation_handler` and the page's own handler(s). The bundle is fetched once (a
 * browser caches it); the learner event POSTs of a full walk are writes, not loads, and are left out.
 */

/** Every Oppia page's start-up calls (main.ts of the sandbox app; Oppia's root component). */
const START_UP = ['/userinfohandler', '/feature_flags_evaluation_handler'];

const enc = encodeURIComponent;

/**
 * The requests of one walk, in walk order, repeats included (each chapter test reloads its story
 * page): the classroom, topic and story page tests, then per chapter the story page and the
 * chapter page (shell, init, the story handler the end card reads, the CSRF token for events).
 */
export function floorRequests(snapshot: Snapshot): string[] {
  const requests: string[] = [];
  const page = (shell: string, ...handlers: string[]): void => {
    requests.push(shell, ...START_UP, ...handlers);
  };
  for (const classroom of snapshot.classrooms) {
    const c = enc(classroom.urlFragment);
    page(`/learn/${c}`, `/classroom_data_handler/${c}`);
    for (const topic of classroom.topics) {
      const t = enc(topic.urlFragment);
      page(`/learn/${c}/${t}`, `/topic_data_handler/${c}/${t}`);
      for (const story of topic.stories) {
        const s = enc(story.urlFragment);
        page(`/learn/${c}/${t}/story/${s}`, `/story_data_handler/${c}/${t}/${s}`);
      }
    }
  }
  for (const classroom of snapshot.classrooms) {
    const c = enc(classroom.urlFragment);
    for (const topic of classroom.topics) {
      const t = enc(topic.urlFragment);
      for (const story of topic.stories) {
        const s = enc(story.urlFragment);
        const storyHandler = `/story_data_handler/${c}/${t}/${s}`;
        for (const chapter of story.chapters) {
          page(`/learn/${c}/${t}/story/${s}`, storyHandler);
          const url = new URL(chapter.url);
          page(
            `${url.pathname}${url.search}`,
            `/explorehandler/init/${enc(chapter.explorationId)}`,
            storyHandler,
            '/csrfhandler',
          );
        }
      }
    }
  }
  return requests;
}

/** The exploration id of an init handler path, or null for any other path. */
export function initExplorationId(path: string): string | null {
  const match = /^\/explorehandler\/init\/([^/?]+)/.exec(path);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** Same-site scripts and stylesheets an HTML shell loads (the bundle). */
export function bundlePaths(shellHtml: string): string[] {
  const paths = new Set<string>();
  for (const match of shellHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) paths.add(match[1]!);
  for (const match of shellHtml.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)) {
    paths.add(match[1]!);
  }
  return [...paths].filter((path) => path.startsWith('/') && !path.startsWith('//'));
}

/**
 * The image requests a chapter's cards make: every `oppia-noninteractive-image` in the init body,
 * at AssetsBackendApiService's dev URL (as the player requests them). Rich text keeps RTE
 * attribute values JSON-encoded and HTML-escaped (`filepath-with-value="&amp;quot;a.svg&amp;quot;"`).
 */
export function imagePaths(explorationId: string, initBodyText: string): string[] {
  const files = new Set<string>();
  for (const match of initBodyText.matchAll(/filepath-with-value=\\?"([^"\\]*)\\?"/g)) {
    const file = decodeRteValue(match[1]!);
    if (file) files.add(file);
  }
  return [...files].map(
    (file) => `/assetsdevhandler/exploration/${enc(explorationId)}/assets/image/${enc(file)}`,
  );
}

function decodeRteValue(raw: string): string | null {
  let text = raw;
  // The HTML parser unescapes once, Oppia's HtmlEscaperService once more.
  for (let i = 0; i < 2; i++) text = unescapeHtml(text);
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' && value !== '' ? value : null;
  } catch {
    return null;
  }
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
