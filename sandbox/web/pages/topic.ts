/**
 * /learn/<c>/<t> (and its /story, /revision, /practice tab URLs) — Oppia's topic viewer:
 * GET /topic_data_handler/<c>/<t>; stories canonical then additional, each an
 * `oppia-story-summary-tile` (story-summary-tile.component.html @42534751). The story title link
 * carries `.e2e-test-story-title-in-topic-page` on desktop and `.e2e-test-mobile-story-title`
 * below 768 px (hooks of Oppia's acceptance util selectChapterWithinStoryToLearn; Oppia renders one
 * of the two tile layouts with *ngIf="checkTabletView()"). A failed fetch: warning toast, the
 * container stays half-rendered.
 */
import { webFaults } from '../app/config';
import { h } from '../app/dom';
import { getJson, isToastWorthy } from '../app/http';
import type { PageFlags } from '../app/flags';
import { showWarning } from '../app/toasts';
import { renderRedesignedTopicPage } from './topic-redesign';
import { thumbnail } from './art';
import { chapterUrl, type StoryContext, storyUrl, topicUrl } from './urls';

export interface StoryNode {
  id: string;
  title: string;
  exploration_id: string | null;
  status?: string;
  description?: string;
}

export interface StorySummary {
  id: string;
  title: string;
  description?: string;
  url_fragment: string;
  thumbnail_bg_color?: string;
  node_titles?: string[];
  all_node_dicts?: StoryNode[];
  /** With the story-grouping flag: the story's modules (sandbox shape, see topic-redesign.ts). */
  modules?: Array<{ id: string; title: string; node_ids: string[] }>;
}

export interface TopicData {
  topic_id: string;
  topic_name: string;
  topic_description: string;
  canonical_story_dicts: StorySummary[];
  additional_story_dicts?: StorySummary[];
  practice_tab_is_displayed?: boolean;
}

const TABLET_BREAKPOINT_PX = 768;

function isTabletView(): boolean {
  return window.innerWidth < TABLET_BREAKPOINT_PX;
}

function publishedNodes(story: StorySummary): StoryNode[] {
  return (story.all_node_dicts ?? []).filter(
    (n) => (n.status === undefined || n.status === 'Published') && n.exploration_id,
  );
}

function desktopTile(ctx: StoryContext, story: StorySummary): HTMLElement {
  const nodes = publishedNodes(story);
  const link = storyUrl(ctx);
  return h(
    'div',
    { class: 'e2e-test-story-summary-title story-summary-tile-desktop' },
    h(
      'div',
      { class: 'oppia-story-title', dir: 'auto' },
      h(
        'strong',
        { class: 'title-text' },
        h(
          'a',
          { class: 'e2e-test-story-title-in-topic-page', href: link },
          h('span', {}, story.title),
        ),
      ),
      h(
        'span',
        { class: 'oppia-chapters-count' },
        `${nodes.length} ${nodes.length === 1 ? 'Chapter' : 'Chapters'}`,
      ),
    ),
    h(
      'div',
      { class: 'story-details' },
      h(
        'div',
        { class: 'story-thumbnail e2e-test-story-thumbnail' },
        h(
          'a',
          { href: link, 'aria-label': `Link to the story ${story.title}` },
          thumbnail(story.thumbnail_bg_color ?? '#F8BF74', story.id, 'img-thumbnail'),
        ),
      ),
      h(
        'div',
        { class: 'chapter-details' },
        ...nodes.map((node, i) =>
          h(
            'div',
            { class: 'chapter-title' },
            h(
              'div',
              {
                class:
                  i === 0
                    ? 'border-bottom pending-chapter incomplete-chapter'
                    : 'border-bottom incomplete-chapter',
              },
              h(
                'a',
                { href: chapterUrl(node.exploration_id as string, ctx, node.id), rel: 'noopener' },
                h('span', { class: 'chapter-identifier' }, 'Chapter'),
                '\u00a0',
                h('span', { class: 'chapter-identifier' }, `${i + 1}:`),
                '\u00a0',
                h('span', { dir: 'auto' }, node.title),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function mobileTile(ctx: StoryContext, story: StorySummary): HTMLElement {
  const nodes = publishedNodes(story);
  const link = storyUrl(ctx);
  return h(
    'div',
    { class: 'e2e-test-story-summary-title story-summary-tile-mobile' },
    h(
      'div',
      { class: 'story-details' },
      h(
        'div',
        { class: 'story-thumbnail e2e-test-story-thumbnail' },
        h(
          'a',
          { href: link, 'aria-label': `Link to the story ${story.title}` },
          thumbnail(story.thumbnail_bg_color ?? '#F8BF74', story.id, 'img-thumbnail'),
        ),
      ),
      h(
        'div',
        { class: 'story-details-box bottom-edge-shadow' },
        h(
          'div',
          { class: 'oppia-story-title', dir: 'ltr' },
          h(
            'strong',
            { class: 'title-text' },
            h('a', { class: 'e2e-test-mobile-story-title', href: link }, story.title),
          ),
          h(
            'span',
            { class: 'oppia-chapters-count' },
            h(
              'p',
              { class: 'oppia-chapters-count-text' },
              `${nodes.length} ${nodes.length === 1 ? 'Chapter' : 'Chapters'}`,
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: 'chapters-container-box chapter-container' },
        ...nodes.map((node, i) =>
          h(
            'div',
            { class: 'story-details-box chapter-specific-box' },
            h(
              'div',
              { class: 'chapter-icon' },
              h('span', { class: 'chapter-icon-number' }, String(i + 1)),
            ),
            h(
              'div',
              { class: 'chapter-text' },
              h(
                'a',
                {
                  href: chapterUrl(node.exploration_id as string, ctx, node.id),
                  rel: 'noopener',
                  target: '_blank',
                },
                h('span', { dir: 'auto' }, node.title),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function renderStories(
  list: HTMLElement,
  classroom: string,
  topic: string,
  stories: StorySummary[],
): void {
  const tablet = isTabletView();
  list.dataset.layout = tablet ? 'tablet' : 'desktop';
  list.replaceChildren(
    ...stories.map((story) => {
      const ctx = { classroom, topic, story: story.url_fragment };
      return h(
        'oppia-story-summary-tile',
        {},
        tablet ? mobileTile(ctx, story) : desktopTile(ctx, story),
      );
    }),
  );
}

export async function renderTopicPage(
  main: HTMLElement,
  classroom: string,
  topic: string,
  flags: PageFlags,
): Promise<void> {
  // topic-viewer-page.component.html @ 0091f9bd: *ngIf="isRedesignedTopicViewerPageFeatureEnabled()".
  if (flags.redesignedTopicViewerPage) {
    await renderRedesignedTopicPage(main, classroom, topic, flags);
    return;
  }
  document.title = 'Topic | Oppia';
  const name = h('h1', { class: 'oppia-topic-name' });
  const description = h('p', {
    class: 'topic-description e2e-test-topic-description',
    // Scenario a11y-regression: light grey on white, below WCAG's 4.5:1 (styles.css).
    'data-sandbox-fault': webFaults().has('topic-description-contrast') ? 'low-contrast' : null,
  });
  const stories = h('div', { class: 'topic-stories-list' });
  const base = topicUrl(classroom, topic);
  const practiceTab = h(
    'a',
    {
      class: 'topic-tab e2e-test-practice-tab-link',
      href: `${base}/practice`,
      role: 'tab',
      'aria-selected': 'false',
    },
    'Practice',
  );
  main.replaceChildren(
    h(
      'div',
      { class: 'oppia-topic-viewer-container e2e-test-topic-viewer-container' },
      h('div', { class: 'topic-viewer-header' }, name, description),
      h(
        'div',
        { class: 'topic-viewer-tabs', role: 'tablist' },
        h(
          'a',
          {
            class: 'topic-tab topic-tab-active e2e-test-lesson-tab-link',
            href: `${base}/story`,
            // A tablist holds tabs, and only a tab may say it is selected (WAI-ARIA).
            role: 'tab',
            'aria-selected': 'true',
          },
          'Lessons',
        ),
        h(
          'a',
          {
            class: 'topic-tab e2e-test-study-tab-link',
            href: `${base}/revision`,
            role: 'tab',
            'aria-selected': 'false',
          },
          'Study',
        ),
        practiceTab,
      ),
      h(
        'div',
        { class: 'topic-lessons-tab e2e-test-lessons-tab-container' },
        h('h2', { class: 'topic-section-heading' }, 'Stories'),
        stories,
      ),
    ),
  );
  let data: TopicData;
  try {
    data = await getJson<TopicData>(`/topic_data_handler/${classroom}/${topic}`);
  } catch (error) {
    if (isToastWorthy(error)) showWarning('Failed to get dashboard data');
    return;
  }
  document.title = `Learn ${data.topic_name} | Oppia`;
  name.textContent = data.topic_name;
  description.textContent = data.topic_description;
  if (data.practice_tab_is_displayed === false) practiceTab.remove();
  const all = [...data.canonical_story_dicts, ...(data.additional_story_dicts ?? [])];
  renderStories(stories, classroom, topic, all);
  window.addEventListener('resize', () => {
    if ((stories.dataset.layout === 'tablet') !== isTabletView())
      renderStories(stories, classroom, topic, all);
  });
}
