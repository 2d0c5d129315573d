/**
 * The new lesson player's page (flag `new_lesson_player`, route /lesson/<id>), after Oppia's
 * core/templates/pages/exploration-player-page/new-lesson-player/:
 * - lesson-player-page.component.html @ 23a75b47 (oppia-new-lesson-player-page: oppia-player-header,
 *   div.oppia-new-player-content > div.oppia-new-player-main-content > div.conversation-wrapper >
 *   oppia-new-conversation-skin);
 * - conversation-skin-components/new-conversation-skin.component.html @ 0dd73b6d (latest) and
 *   @ fcbfe75a (older, with e2e-test-next-lesson-button / e2e-test-lesson-completion-message);
 * - conversation-display-components/conversation-display.component.html @ 0294809d (the card);
 * - card-navigation-control.component.html @ 019789f0 (latest, no hooks) and @ 35a8a7e6 (older,
 *   e2e-test-continue-button e2e-test-next-card-button / e2e-test-submit-answer-button);
 * - header-components/player-header.component.{html,ts} (`.lesson-player-header-left p`,
 *   `button.lesson-player-close-modal-button`, closePlayer() -> window.confirm, then the story page);
 * - conversation-display-components/new-ratings-and-recommendations.component.html @ 24928b78 (end of
 *   lesson: community `a[href="/community-library"] > button.community-library-btn`, story mode
 *   oppia-post-chapter-recommendations; its buttons `.next-lesson-btn`, `.review-card-btn`,
 *   `.more-practice-btn`, `.signup-btn` are the classes Oppia's acceptance utility
 *   logged-out-user.ts @ 004f9c88 clicks: their template version is not in the store, UNCONFIRMED).
 * The player's logic (cards, classification, learner events) is ConversationPlayer's: the new player
 * uses the same services, handlers and interaction components (lesson-player-page.component.ts).
 */
import { h } from '../app/dom';
import type { StoryContext } from '../pages/urls';
import { storyUrl } from '../pages/urls';
import { navigateInApp } from '../app/navigate';

export type NewPlayerHooks = 'latest' | 'older';

/** player-header.component.ts @ 1e6324eb confirmExit(); its spec pins the text. */
export const EXIT_CONFIRM_MESSAGE =
  'If you exit, your progress will be lost. Do you still want to exit?';

/** Classes of the nav buttons, per template version. */
export function newNavClasses(hooks: NewPlayerHooks): { continue: string; submit: string } {
  return hooks === 'older'
    ? {
        continue: 'oppia-learner-confirm-button e2e-test-continue-button e2e-test-next-card-button',
        submit: 'oppia-learner-submit-answer-button e2e-test-submit-answer-button',
      }
    : { continue: 'oppia-learner-confirm-button', submit: 'oppia-learner-submit-answer-button' };
}

export interface NewLayoutParts {
  title: HTMLElement;
  story: StoryContext | null;
  toastArea: HTMLElement;
  content: HTMLElement;
  responses: HTMLElement;
  host: HTMLElement;
  formError: HTMLElement;
  nav: HTMLElement;
  endSection: HTMLElement;
  nextLessonBar: HTMLElement;
}

/**
 * The header's close "X": confirm, then the story page (story mode) or the library, by
 * `router.navigate` (player-header.component.ts closePlayer()): an in-app navigation, so the
 * completion event the player has just fired is not cancelled by leaving.
 */
function closeButton(story: StoryContext | null): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'lesson-player-close-modal-button',
      'aria-label': 'Close player',
      onclick: () => {
        if (!window.confirm(EXIT_CONFIRM_MESSAGE)) return;
        navigateInApp(story ? storyUrl(story) : '/community-library');
      },
    },
    h('span', { 'aria-hidden': 'true' }, '✕'),
  );
}

export function newPlayerLayout(parts: NewLayoutParts): HTMLElement {
  return h(
    'oppia-new-lesson-player-page',
    {},
    h(
      'oppia-player-header',
      {},
      h(
        'div',
        { class: 'lesson-player-header' },
        h('div', { class: 'lesson-player-header-left' }, parts.title),
        h('div', { class: 'lesson-player-header-right' }, closeButton(parts.story)),
      ),
    ),
    parts.toastArea,
    h(
      'div',
      { class: 'oppia-new-player-content' },
      h(
        'div',
        { class: 'oppia-new-player-main-content' },
        h(
          'div',
          { class: 'conversation-wrapper' },
          h(
            'oppia-new-conversation-skin',
            {},
            h(
              'div',
              { class: 'new-conversation-skin-cards-container', role: 'main' },
              h(
                'div',
                { class: 'new-conversation-skin-tutor-card-container' },
                h(
                  'oppia-conversation-display',
                  {},
                  h(
                    'div',
                    { class: 'oppia-learner-view-card' },
                    h(
                      'div',
                      { class: 'oppia-learner-view-card-top-section' },
                      h(
                        'div',
                        { class: 'oppia-rte-viewer oppia-learner-view-card-top-content' },
                        parts.content,
                      ),
                    ),
                    parts.responses,
                  ),
                  h('div', { class: 'conversation-skin-inline-interaction' }, parts.host),
                  parts.formError,
                  parts.endSection,
                ),
                parts.nextLessonBar,
              ),
            ),
            h(
              'div',
              { class: 'new-progress-nav-bar-container' },
              h('oppia-card-navigation-control', {}, parts.nav),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The next-lesson bar of new-conversation-skin (story mode, a next chapter exists). */
export function nextLessonBar(
  hooks: NewPlayerHooks,
  next: { title: string; href: string },
): HTMLElement[] {
  return [
    h(
      'div',
      { class: 'new-conversation-skin-next-lesson-text-container' },
      h('span', { class: 'new-conversation-skin-next-lesson-text' }, 'Next Lesson: '),
      h('span', {}, next.title),
    ),
    h(
      'div',
      {},
      h(
        'a',
        { href: next.href },
        h(
          'button',
          {
            type: 'button',
            class: `oppia-new-button-raised${hooks === 'older' ? ' e2e-test-next-lesson-button' : ''}`,
            'aria-label': `Next lesson: ${next.title}`,
          },
          h('span', { 'aria-hidden': 'true' }, '›'),
        ),
      ),
    ),
  ];
}

/** new-ratings-and-recommendations, community mode. */
export function communityEnd(): HTMLElement {
  return h(
    'a',
    { href: '/community-library' },
    h('button', { type: 'button', class: 'community-library-btn' }, h('p', {}, 'Go To Library')),
  );
}

/** oppia-post-chapter-recommendations (story mode): sign up, next lesson, study guide, practice. */
export function storyEnd(
  story: StoryContext,
  next: { title: string; href: string } | null,
): HTMLElement {
  const topicBase = `/learn/${story.classroom}/${story.topic}`;
  return h(
    'oppia-post-chapter-recommendations',
    {},
    h(
      'div',
      { class: 'post-chapter-recommendations-container' },
      h('p', { class: 'post-chapter-recommendation-text' }, "Here's what you could do next!"),
      next
        ? h(
            'a',
            { href: next.href },
            h(
              'button',
              { type: 'button', class: 'next-lesson-btn' },
              h('span', {}, 'Next Lesson'),
              h('p', {}, next.title),
            ),
          )
        : null,
      h(
        'a',
        { href: `${topicBase}/studyguide` },
        h('button', { type: 'button', class: 'review-card-btn' }, 'Review Card'),
      ),
      h(
        'a',
        { href: `${topicBase}/practice` },
        h('button', { type: 'button', class: 'more-practice-btn' }, 'More Practice'),
      ),
      h('button', { type: 'button', class: 'signup-btn' }, 'Sign Up'),
    ),
  );
}
