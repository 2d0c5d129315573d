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
  formError: '.e2e-test-form-error-container',
} as const;

export type PlayerHooks = typeof PLAYER_HOOKS;
