/**
 * The classic player's supplemental card and help card, for interactions whose `display_mode` is
 * supplemental (Oppia: extensions/interactions/<Id>/<Id>.py, `display_mode = ...SUPPLEMENTAL`).
 * Oppia: core/templates/pages/exploration-player-page/learner-experience/
 * - conversation-skin.component.html @72a68541: wider than TWO_CARD_THRESHOLD_PX the card sits in
 *   `div.conversation-skin-supplemental-card-container > div.supplemental-card-parent-container`
 *   beside the tutor card, with its own Submit in `div.conversation-skin-supplemental-nav`
 *   (`isSupplementalNavShown`); narrower, `oppia-supplemental-card` sits in the tutor card's
 *   container between `oppia-tutor-card` and `oppia-progress-nav`, whose generic Submit then shows
 *   (progress-nav.component.ts @d1e6bffb, `shouldGenericSubmitButtonBeShown`).
 * - supplemental-card.component.html @bc361903 / .ts @17399c49: the help card and the interaction.
 * - tutor-card.component.html @493fa528: the tutor card shows the instructions instead of the
 *   interaction, and the answers only under the collapsed "previous responses" dropdown.
 */
import { h } from '../app/dom';

/** Interactions whose spec says `display_mode: supplemental` (interaction_specs.json). */
export const SUPPLEMENTAL_INTERACTIONS: ReadonlySet<string> = new Set([
  'CodeRepl',
  'DragAndDropSortInput',
  'GraphInput',
  'ImageClickInput',
  'InteractiveMap',
  'MusicNotesInput',
  'PencilCodeEditor',
]);

/** ExplorationPlayerConstants.TWO_CARD_THRESHOLD_PX (exploration-player-page.constants.ts). */
export const TWO_CARD_THRESHOLD_PX = 960;

/** conversation-skin `canWindowShowTwoCards()`: WindowDimensionsService width > the threshold. */
export function canWindowShowTwoCards(): boolean {
  return window.innerWidth > TWO_CARD_THRESHOLD_PX;
}

/**
 * `instructions` of each supplemental interaction's spec, as the I18N key Oppia translates. The
 * English words are the sandbox's (UNCONFIRMED against assets/i18n/en.json); only the container's
 * class is a hook.
 */
const INSTRUCTIONS: Record<string, string> = {
  CodeRepl: 'Type code in the editor',
  DragAndDropSortInput: 'Drag and drop items',
  GraphInput: 'Create a graph',
  ImageClickInput: 'Click on the image',
  InteractiveMap: 'Click on the map',
  MusicNotesInput: 'Drag notes to the staff to form a sequence',
  PencilCodeEditor: "Edit the code. Click 'Play' to check it!",
};

/** tutor-card.component.html: `.oppia-conversation-skin-instruction-container` and its arrow. */
export function instructionBlock(interactionId: string, twoCards: boolean): HTMLElement {
  return h(
    'div',
    { class: 'conversation-skin-inline-interaction' },
    h(
      'div',
      { class: 'oppia-conversation-skin-instruction-container' },
      h('span', {}, INSTRUCTIONS[interactionId] ?? interactionId),
      h('i', {
        class: `fas ${twoCards ? 'fa-arrow-right' : 'fa-arrow-down'} position-relative`,
        'aria-hidden': 'true',
      }),
    ),
  );
}

/**
 * One `oppia-supplemental-card`: the help card (absent until Oppia has feedback for it) above
 * `div.conversation-skin-interaction-container`, which holds the interaction host.
 */
export class SupplementalCard {
  readonly element: HTMLElement;
  private readonly helpSlot = h('div', { class: 'conversation-skin-help-card-slot' });

  constructor(host: HTMLElement) {
    this.element = h(
      'oppia-supplemental-card',
      {},
      h(
        'div',
        { class: 'conversation-skin-supplemental-card' },
        this.helpSlot,
        h('div', { class: 'conversation-skin-interaction-container' }, host),
      ),
    );
  }

  /**
   * onHelpCardAvailable: the feedback as the latest feedback, and either the close button (the
   * learner stays) or `oppia-continue-button` (the answer moves on; `continueButton` given).
   */
  showHelpCard(feedback: HTMLElement, continueButton: HTMLElement | null): void {
    const card = h(
      'div',
      {
        class:
          'conversation-skin-help-card help-card-standard e2e-test-conversation-skin-help-card',
      },
      h('div', { class: 'conversation-skin-oppia-avatar', 'aria-hidden': 'true' }, 'O'),
    );
    if (!continueButton) {
      const close = h(
        'button',
        {
          type: 'button',
          class: 'conversation-skin-close-help-card-button e2e-test-close-help-card-button',
          'aria-label': 'Close',
        },
        h('i', { class: 'fas fa-times', 'aria-hidden': 'true' }, '×'),
      );
      close.addEventListener('click', () => this.clearHelpCard());
      card.append(close);
    }
    card.append(h('div', {}, feedback), h('br', {}));
    if (continueButton) card.append(continueButton);
    this.helpSlot.replaceChildren(card);
  }

  /** clearHelpCard(): on the close button, before the next submit, and on a new card. */
  clearHelpCard(): void {
    this.helpSlot.replaceChildren();
  }
}

/**
 * The tutor card's "previous responses" dropdown for a supplemental card: every answer/response
 * pair of the card sits under it, collapsed until the learner opens it, and none is the latest
 * (`isLastPair` false), since the latest feedback is the help card's.
 */
export class PreviousResponses {
  readonly element = h('div', { class: 'conversation-skin-previous-responses' });
  private readonly pairs: HTMLElement[] = [];
  private shown = false;

  /** addNewInput: the learner's answer, counted at once. */
  add(pair: HTMLElement): void {
    this.pairs.push(pair);
    this.render();
  }

  /** addNewResponse: the pair now holds Oppia's response, which is never the latest here. */
  answered(pair: HTMLElement): void {
    pair
      .querySelectorAll('.e2e-test-conversation-feedback-latest')
      .forEach((e) => e.classList.remove('e2e-test-conversation-feedback-latest'));
  }

  private render(): void {
    if (this.pairs.length === 0) {
      this.element.replaceChildren();
      return;
    }
    // I18N_PLAYER_PREVIOUS_RESPONSES (English words UNCONFIRMED).
    const toggle = h(
      'h4',
      { class: 'conversation-skin-responses-dropdown-container' },
      h(
        'span',
        { class: 'conversation-skin-responses-dropdown-text e2e-test-previous-responses-text' },
        `Previous responses (${this.pairs.length})`,
      ),
    );
    toggle.addEventListener('click', () => {
      this.shown = !this.shown;
      this.render();
    });
    const middle = this.shown
      ? [h('div', { class: 'conversation-skin-tutor-card-middle-section' }, ...this.pairs)]
      : [];
    this.element.replaceChildren(toggle, ...middle);
  }
}
