/**
 * The classic player's hooks, named once. Oppia: core/templates/pages/exploration-player-page/
 * current-lesson-player/learner-experience/ (conversation-skin, tutor-card, input-response-pair,
 * continue-button .component.html) and layout-directives/progress-nav.component.html.
 */
export const PLAYER_HOOKS = {
  header: '.e2e-test-exploration-header',
  cardsContainer: '.e2e-test-conversation-skin-cards-container',
  /** `oppia-rte-output-display`, one per card shown; the last is the current card. */
  cardContent: '.e2e-test-conversation-content',
  interactionHost: 'oppia-interaction-display.e2e-test-conversation-input',
  loadingDots: '.e2e-test-input-response-loading-dots',
  /** "CONTINUE" (span.e2e-test-next-card-button) after feedback that moves on. */
  nextCardButton: 'button.e2e-test-continue-to-next-card-button',
  latestFeedback: '.e2e-test-conversation-feedback-latest',
  feedback: '.conversation-skin-oppia-feedback-content',
  /** The learner's answer, echoed back once per submission. */
  learnerAnswer: '.conversation-skin-learner-answer-content',
  /**
   * "Previous responses (N)" (tutor-card.component.html @493fa528). A supplemental interaction
   * (DragAndDropSortInput, ImageClickInput, InteractiveMap, ...) keeps every answer of its card
   * under this collapsed dropdown and shows its feedback in the supplemental card's help card
   * (supplemental-card.component.html @bc361903: `.e2e-test-conversation-feedback-latest`), so the
   * count is what tells two equal feedbacks apart there.
   */
  previousResponses: '.conversation-skin-responses-dropdown-text',
  formError: '.e2e-test-form-error-container',
} as const satisfies Record<string, string>;

export type PlayerHooks = { readonly [K in keyof typeof PLAYER_HOOKS]: string };

/**
 * The new lesson player's hooks (flag `new_lesson_player`, route `/lesson/<id>`). Oppia:
 * core/templates/pages/exploration-player-page/new-lesson-player/ — the page
 * (lesson-player-page.component.html @23a75b47), conversation-skin-components/
 * new-conversation-skin.component.html @0dd73b6d, conversation-display.component.html @0294809d,
 * new-input-response-pair.component.html @1f11f41c. Its cards keep the conversation hooks; the
 * cards container is a plain class. The post-answer CONTINUE is the shared `oppia-continue-button`
 * (current-lesson-player/learner-experience/continue-button.component.html @6b6f7ab7), which kept
 * its hook. Comma lists are CSS unions, read in the page by the watcher.
 */
export const NEW_PLAYER_HOOKS: PlayerHooks = {
  /** `oppia-player-header` (player-header.component.html @0a7c6266); no e2e hook. */
  header: 'oppia-player-header',
  /** `div.new-conversation-skin-cards-container`: rendered once the lesson has fully loaded. */
  cardsContainer: '.new-conversation-skin-cards-container',
  cardContent: '.e2e-test-conversation-content',
  interactionHost: 'oppia-interaction-display.e2e-test-conversation-input',
  loadingDots: '.e2e-test-input-response-loading-dots',
  nextCardButton: 'button.e2e-test-continue-to-next-card-button',
  latestFeedback: '.e2e-test-conversation-feedback-latest',
  feedback: '.conversation-skin-oppia-feedback-content',
  /** UNCONFIRMED in new-input-response-pair: the class the classic pair gives the echoed answer. */
  learnerAnswer: '.conversation-skin-learner-answer-content',
  /** UNCONFIRMED in conversation-display: the classic tutor card's dropdown class. */
  previousResponses: '.conversation-skin-responses-dropdown-text',
  formError: '.e2e-test-form-error-container',
};
