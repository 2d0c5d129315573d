/**
 * The redesigned topic page (flag `redesigned_topic_viewer_page`), after Oppia's
 * core/templates/pages/topic-viewer-page/:
 * - topic-viewer-page.component.html @ 0091f9bd / topic-viewer-content.component.html @ 712614ae:
 *   `div.oppia-redesigned-topic-viewer-container.e2e-test-redesigned-topic-viewer-container`, one
 *   `topic-story-section` per canonical story;
 * - topic-header/topic-header.component.html @ 0490b534 (`h1.topic-header-title`,
 *   `p.topic-header-description`);
 * - topic-story-section (module version @ 17324971): `div.story-card.e2e-test-story-card`,
 *   `h3.story-title.e2e-test-story-title` 'Story: "<title>"', the lesson cards (wrappers
 *   `#lesson-<n>`), `.module-group` / `.module-header` / `h4.module-title` with the grouping flag,
 *   `section.coming-soon-chapters-section.e2e-test-coming-soon-chapters` with
 *   `h4.e2e-test-coming-soon-chapters-title` and wrappers `#coming-soon-lesson-<n>`;
 * - topic-lesson-card/topic-lesson-card.component.html @ 0230a416: `div.topic-lesson-card`
 *   (`.collapsed` unless active), `.topic-lesson-card-title`, `.topic-lesson-card-description`,
 *   `.topic-lesson-card-new-label`, `.topic-lesson-card-coming-soon-label`,
 *   `button.topic-lesson-card-start-button` (no e2e hooks on the card in any stored version);
 * - topic-story-section-backend-data.service.ts @ 17324971 getLessonStartUrl: `/explore/<exp>?
 *   topic_url_fragment&classroom_url_fragment&story_url_fragment&node_id`, then
 *   `window.location.assign(startUrl)`; coming-soon lessons get '#' (no navigation);
 * - module-skip-confirmation-modal.component.html @ d2f28112 (ngbModal windowClass
 *   `oppia-module-skip-confirmation-modal`; `.module-skip-confirmation-proceed` /
 *   `.module-skip-confirmation-cancel`): starting a lesson in a later module while an earlier one is
 *   incomplete asks first (topic-story-section.component.ts onLessonStartClick).
 * A logged-out learner has completed nothing, so every lesson of a later module asks.
 */
import { webFaults } from '../app/config';
import { h } from '../app/dom';
import type { PageFlags } from '../app/flags';
import { getJson, isToastWorthy } from '../app/http';
import { showWarning } from '../app/toasts';
import type { StoryNode, StorySummary, TopicData } from './topic';
import { chapterUrl, topicUrl } from './urls';

const PUBLISHED = (node: StoryNode) =>
  (node.status === undefined || node.status === 'Published') && !!node.exploration_id;

/** The skip-confirmation modal; resolves true on proceed. */
function confirmSkip(): Promise<boolean> {
  return new Promise((resolve) => {
    const close = (proceed: boolean) => {
      backdrop.remove();
      window_.remove();
      resolve(proceed);
    };
    const backdrop = h('div', { class: 'modal-backdrop' });
    const window_ = h(
      'div',
      {
        class: 'modal oppia-module-skip-confirmation-modal',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-label': 'Skip earlier lessons?',
      },
      h(
        'oppia-module-skip-confirmation-modal',
        {},
        h('h2', { class: 'module-skip-confirmation-title' }, 'Skip earlier lessons?'),
        h(
          'p',
          { class: 'module-skip-confirmation-text' },
          'You have not finished the earlier lessons of this story. Do you want to skip them?',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'module-skip-confirmation-cancel',
            onclick: () => close(false),
          },
          'Cancel',
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'module-skip-confirmation-proceed',
            onclick: () => close(true),
          },
          'Continue',
        ),
      ),
    );
    document.body.append(backdrop, window_);
  });
}

function lessonCard(
  node: StoryNode,
  number: number,
  opts: { active: boolean; startUrl: string; askFirst: boolean },
): HTMLElement {
  const start = h(
    'button',
    {
      type: 'button',
      class: 'topic-lesson-card-start-button',
      onclick: () => {
        const go = () => window.location.assign(opts.startUrl);
        if (!opts.askFirst) go();
        else void confirmSkip().then((proceed) => proceed && go());
      },
    },
    h('span', { 'aria-hidden': 'true' }, '▶'),
    ' Start',
  );
  return h(
    'div',
    { id: `lesson-${number}` },
    h(
      'topic-lesson-card',
      {},
      h(
        'div',
        { class: `topic-lesson-card${opts.active ? '' : ' collapsed'}` },
        opts.active ? h('span', { class: 'topic-lesson-card-new-label' }, 'NEW') : null,
        h('h5', { class: 'topic-lesson-card-title' }, node.title),
        h('p', { class: 'topic-lesson-card-description' }, node.description ?? ''),
        start,
      ),
    ),
  );
}

function comingSoonCard(node: StoryNode, number: number): HTMLElement {
  return h(
    'div',
    { id: `coming-soon-lesson-${number}` },
    h(
      'topic-lesson-card',
      {},
      h(
        'div',
        { class: 'topic-lesson-card collapsed' },
        h('span', { class: 'topic-lesson-card-coming-soon-label' }, 'COMING SOON'),
        h('h5', { class: 'topic-lesson-card-title' }, node.title),
      ),
    ),
  );
}

function storySection(
  story: StorySummary,
  classroom: string,
  topic: string,
  flags: PageFlags,
): HTMLElement {
  const ctx = { classroom, topic, story: story.url_fragment };
  const nodes = story.all_node_dicts ?? [];
  const published = nodes.filter(PUBLISHED);
  const comingSoon = nodes.filter((n) => n.status === 'Ready To Publish');
  const number = (node: StoryNode) => published.indexOf(node) + 1;
  const card = (node: StoryNode, askFirst: boolean) =>
    lessonCard(node, number(node), {
      active: number(node) === 1,
      startUrl: chapterUrl(node.exploration_id as string, ctx, node.id),
      askFirst,
    });
  const lessons = h('div', { class: 'topic-story-lessons' });
  const modules = flags.storyGrouping ? (story.modules ?? []) : [];
  if (modules.length > 0) {
    modules.forEach((module, index) => {
      const members = published.filter((n) => module.node_ids.includes(n.id));
      lessons.append(
        h(
          'div',
          { class: 'module-group' },
          h(
            'div',
            { class: 'module-header', role: 'button', 'aria-expanded': 'true' },
            h('h4', { class: 'module-title' }, module.title),
          ),
          h('div', { class: 'module-lessons' }, ...members.map((n) => card(n, index > 0))),
        ),
      );
    });
  } else {
    lessons.append(...published.map((n) => card(n, false)));
  }
  return h(
    'topic-story-section',
    {},
    h(
      'section',
      { class: 'redesigned-stories-section' },
      h(
        'div',
        { class: 'story-card e2e-test-story-card' },
        h('h3', { class: 'story-title e2e-test-story-title' }, `Story: "${story.title}"`),
        h('p', { class: 'story-description' }, story.description ?? ''),
        h(
          'a',
          {
            class: 'study-skills-cta e2e-test-study-skills-cta',
            href: `${topicUrl(classroom, topic)}/studyguide`,
          },
          'Study the skills',
        ),
      ),
      lessons,
      comingSoon.length > 0
        ? h(
            'section',
            { class: 'coming-soon-chapters-section e2e-test-coming-soon-chapters' },
            h(
              'h4',
              { class: 'coming-soon-chapters-title e2e-test-coming-soon-chapters-title' },
              'COMING SOON CHAPTERS',
            ),
            ...comingSoon.map((n, i) => comingSoonCard(n, published.length + i + 1)),
          )
        : null,
    ),
  );
}

export async function renderRedesignedTopicPage(
  main: HTMLElement,
  classroom: string,
  topic: string,
  flags: PageFlags,
): Promise<void> {
  document.title = 'Topic | Oppia';
  const title = h('h1', { class: 'topic-header-title' });
  const description = h('p', {
    class: 'topic-header-description',
    // Scenario a11y-regression: light grey on white, below WCAG's 4.5:1 (styles.css), in this
    // design as in the classic one.
    'data-sandbox-fault': webFaults().has('topic-description-contrast') ? 'low-contrast' : null,
  });
  const stories = h('div', { class: 'redesigned-topic-stories' });
  main.replaceChildren(
    h(
      'div',
      {
        class: 'oppia-redesigned-topic-viewer-container e2e-test-redesigned-topic-viewer-container',
      },
      h(
        'topic-header',
        {},
        h(
          'a',
          { class: 'e2e-test-mobile-breadcrumbs-classroom', href: `/learn/${classroom}` },
          'Back',
        ),
        title,
        description,
      ),
      stories,
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
  title.textContent = data.topic_name;
  description.textContent = data.topic_description;
  // Only canonical stories (topic-viewer-content.component.html iterates canonicalStorySummaries).
  stories.replaceChildren(
    ...data.canonical_story_dicts.map((story) => storySection(story, classroom, topic, flags)),
  );
}
