/**
 * The conversation player, after Oppia's current-lesson-player conversation skin
 * (core/templates/pages/exploration-player-page/current-lesson-player/learner-experience/
 * conversation-skin.component.{ts,html} @074ed6c3/@167f4236, tutor-card, input-response-pair,
 * progress-nav, continue-button). One tutor card at a time: its content, the learner's answers with
 * Oppia's feedback, the interaction host and the navigation buttons.
 *
 * After a submit the loading dots show for the card delay, with an inline interaction and the
 * progress nav's buttons out of the page (as in Oppia), then the outcome decides:
 * dest = this card -> feedback, a new empty interaction, stay; another card with feedback -> CONTINUE button;
 * another card without feedback -> the next card appears by itself (moveToNewCard).
 * Rendering errors are not caught on purpose: a card Oppia's player cannot render breaks the page.
 */
import { webFaults } from '../app/config';
import { h } from '../app/dom';
import { getJson } from '../app/http';
import type { StoryContext } from '../pages/urls';
import { chapterUrl, storyUrl } from '../pages/urls';
import { isPublished, type StoryData } from '../pages/story';
import { classifyAnswer, type Classification } from './classify';
import { LearnerEvents } from './events';
import { createInteraction, hasInteraction } from './interactions/index';
import type { InteractionView } from './interactions/types';
import {
  communityEnd,
  newNavClasses,
  newPlayerLayout,
  nextLessonBar,
  storyEnd,
  type NewPlayerHooks,
} from './new-skin';
import { htmlOf, renderNotice, statePath } from './notice';
import { richText } from './rte';
import {
  canWindowShowTwoCards,
  instructionBlock,
  PreviousResponses,
  SUPPLEMENTAL_INTERACTIONS,
  SupplementalCard,
} from './supplemental';
import type { ExplorationInitResponse, StateDict } from './types';

/** ALERT_MESSAGE_TIMEOUT in conversation-skin.component.ts: the toast leaves the DOM after 6 s. */
export const COMPLETION_TOAST_MS = 6000;
export const COMPLETION_MESSAGE = 'Congratulations for completing this lesson!';

export interface StoryPlayContext extends StoryContext {
  nodeId: string;
}

/** Which player Oppia shows: the current one (/explore) or the new lesson player (/lesson). */
export type PlayerDesign = { kind: 'current' } | { kind: 'new'; hooks: NewPlayerHooks };

export interface PlayerOptions {
  init: ExplorationInitResponse;
  story: StoryPlayContext | null;
  cardDelayMs: number;
  /** Default: the current player. */
  design?: PlayerDesign;
}

/** The current card's supplemental interaction (classic player only; supplemental.ts). */
interface SupplementalState {
  interactionId: string;
  card: SupplementalCard;
  previous: PreviousResponses;
  /** `div.conversation-skin-supplemental-nav`: the Submit of the two-card layout. */
  nav: HTMLElement;
  /** The two-card layout's container, while it is in the page. */
  container: HTMLElement | null;
  /** The help card holds CONTINUE (helpCardHasContinueButton): no Submit any more. */
  movingOn: boolean;
}

interface NextChapter {
  title: string;
  href: string;
}

export class ConversationPlayer {
  private readonly explorationId: string;
  private readonly events: LearnerEvents;
  private currentStateName = '';
  private view: InteractionView | null = null;
  private busy = false;
  private completionShown = false;

  private readonly content = h('div', { class: 'conversation-skin-tutor-card-content' });
  private readonly responses = h('div', { class: 'conversation-skin-responses' });
  private readonly host = h('oppia-interaction-display', { class: 'e2e-test-conversation-input' });
  /** Where the host was while an inline interaction's answer is handled (an Angular *ngIf anchor). */
  private readonly hostPlaceholder = document.createComment('ngIf: !waitingForOppiaFeedback');
  private readonly formError = h('div', {
    class: 'oppia-form-error-container e2e-test-form-error-container',
    role: 'alert',
  });
  private readonly nav = h('div', { class: 'conversation-skin-progress-nav' });
  /** Where the tutor card shows the inline interaction, or a supplemental one's instructions. */
  private readonly tutorInteraction = h('div', { class: 'conversation-skin-tutor-interaction' });
  /** One-card layout: the supplemental card, between the tutor card and the progress nav. */
  private readonly narrowSlot = h('div', { class: 'conversation-skin-narrow-supplemental' });
  private readonly cardsContainer = h('div', {
    class: 'conversation-skin-cards-container e2e-test-conversation-skin-cards-container',
  });
  private supplemental: SupplementalState | null = null;
  private readonly tutorCardContainerClass = 'conversation-skin-tutor-card-container';
  private readonly endSection = h('div', { class: 'conversation-skin-end-section' });
  private readonly toastArea = h('div', { class: 'conversation-skin-toasts' });
  private submitButton: HTMLButtonElement | null = null;
  private readonly design: PlayerDesign;
  /** The new player's header title and next-lesson bar. */
  private readonly headerTitle = h('p', {});
  private readonly nextLessonBar = h('div', {
    class: 'new-conversation-skin-next-lesson-wrapper',
    hidden: true,
  });
  /** The story's next published chapter (story mode); read once from the story handler. */
  private nextChapter: Promise<NextChapter | null> | null = null;

  constructor(
    private readonly main: HTMLElement,
    private readonly options: PlayerOptions,
  ) {
    this.explorationId = options.init.exploration_id;
    this.design = options.design ?? { kind: 'current' };
    this.events = new LearnerEvents(
      this.explorationId,
      options.init.version,
      options.init.session_id,
    );
  }

  start(): void {
    const exploration = this.options.init.exploration;
    document.title = `${exploration.title} - Oppia`;
    if (this.design.kind === 'new') this.startNew();
    else this.startCurrent();
    this.formError.hidden = true;
    this.events.start(exploration.init_state_name);
    this.showCard(exploration.init_state_name);
  }

  /**
   * The new player's layout (new-skin.ts). Its header says "Chapter N: <title>" in story mode, from
   * the story handler as player-header.component.ts reads it; a body Oppia's StoryPlaythrough
   * model cannot read (no story_nodes) throws, as Oppia's model would.
   */
  private startNew(): void {
    const exploration = this.options.init.exploration;
    const story = this.options.story;
    this.headerTitle.textContent = exploration.title;
    this.main.replaceChildren(
      newPlayerLayout({
        title: this.headerTitle,
        story,
        toastArea: this.toastArea,
        content: this.content,
        responses: this.responses,
        host: this.host,
        formError: this.formError,
        nav: this.nav,
        endSection: this.endSection,
        nextLessonBar: this.nextLessonBar,
      }),
    );
    if (!story) return;
    void getJson<StoryData>(`/story_data_handler/${story.classroom}/${story.topic}/${story.story}`)
      .then((data) => {
        if (!Array.isArray(data.story_nodes)) {
          setTimeout(() => {
            throw new TypeError("Cannot read properties of undefined (reading 'map')");
          }, 0);
          return;
        }
        const number = data.story_nodes.findIndex((n) => n.id === story.nodeId) + 1;
        if (number > 0) this.headerTitle.textContent = `Chapter ${number}: ${exploration.title}`;
      })
      // A failed story fetch leaves the lesson title; Oppia's header logs and carries on.
      .catch(() => undefined);
  }

  private startCurrent(): void {
    const exploration = this.options.init.exploration;
    this.main.replaceChildren(
      h(
        'div',
        { class: 'exploration-player-page' },
        this.toastArea,
        h(
          'div',
          { class: 'oppia-exploration-header' },
          h(
            'span',
            { class: 'oppia-exploration-header-text e2e-test-exploration-header' },
            exploration.title,
          ),
        ),
        this.cardsContainer,
      ),
    );
    // conversation-skin.component.html: the tutor card container holds the tutor card, the
    // supplemental card on narrow windows, then the progress nav; the two-card layout's
    // supplemental card container follows it (layoutSupplemental).
    this.cardsContainer.replaceChildren(
      h(
        'div',
        { class: this.tutorCardContainerClass },
        h(
          'oppia-tutor-card',
          {},
          h(
            'div',
            { class: 'conversation-skin-main-tutor-card' },
            h(
              'div',
              { class: 'conversation-skin-tutor-card-top-section' },
              h('div', { class: 'conversation-skin-oppia-avatar', 'aria-hidden': 'true' }, 'O'),
              h('span', { class: 'conversation-skin-tutor-card-title' }, exploration.title),
            ),
            this.content,
            this.responses,
            this.tutorInteraction,
            this.formError,
          ),
        ),
        this.narrowSlot,
        h('oppia-progress-nav', {}, this.nav),
      ),
      this.endSection,
    );
    this.tutorInteraction.append(this.host);
    // canWindowShowTwoCards() is read on every change detection in Oppia: a resize across the
    // threshold moves the supplemental card.
    window.addEventListener('resize', () => {
      if (this.supplemental) this.layoutSupplemental();
      else this.markTutorCardContainer(false);
    });
  }

  private state(name: string): StateDict {
    const state = this.options.init.exploration.states[name];
    if (!state) throw new Error(`The exploration has no card named "${name}".`);
    return state;
  }

  private where(stateName: string, field: string): string {
    return statePath(this.explorationId, stateName, field);
  }

  private showCard(stateName: string): void {
    this.view = null;
    this.submitButton = null;
    if (this.hostPlaceholder.isConnected) this.hostPlaceholder.replaceWith(this.host);
    this.responses.replaceChildren();
    this.nav.replaceChildren();
    this.host.replaceChildren();
    this.placeInteraction(null);
    this.showError(null);
    const state = this.options.init.exploration.states[stateName];
    if (!state) {
      this.content.replaceChildren(
        renderNotice(`there is no card ${this.where(stateName, '')} for the player to show`),
      );
      return;
    }
    this.currentStateName = stateName;
    this.content.replaceChildren(
      richText(
        htmlOf(state.content),
        this.explorationId,
        'e2e-test-conversation-content',
        this.where(stateName, 'content.html'),
      ),
    );
    this.events.stateHit(stateName);
    const interactionId = state.interaction.id ?? 'EndExploration';
    if (!hasInteraction(interactionId)) {
      this.host.append(
        renderNotice(
          `cannot render the interaction "${interactionId}" of ${this.where(stateName, 'interaction.id')}`,
        ),
      );
      return;
    }
    // May throw (e.g. MultipleChoiceInput without `choices`): the card stays half-rendered.
    const view = this.createView(stateName, interactionId);
    this.host.append(view.element);
    this.placeInteraction(interactionId);
    this.renderNav(view);
    this.layoutSupplemental();
    view.focus?.();
    if (interactionId === 'EndExploration') this.showCompletion(stateName);
  }

  private createView(stateName: string, interactionId: string): InteractionView {
    const view = createInteraction(interactionId, {
      explorationId: this.explorationId,
      where: this.where(stateName, 'interaction'),
      args: this.state(stateName).interaction.customization_args ?? {},
      changed: () => this.refreshSubmit(),
      requestSubmit: () => this.submitFromButton(),
      submit: (answer, echo) => this.submitAnswer(answer, echo),
    });
    this.view = view;
    return view;
  }

  /**
   * While Oppia handles an inline interaction's answer, the interaction and the progress nav's
   * buttons are not in the page: tutor-card.component.html renders the interaction under
   * `*ngIf="... && !waitingForOppiaFeedback && ..."` (a presubmit hook sets it), and
   * progress-nav.component.html its Submit and Continue under `submitButtonIsShown`
   * (`!answerIsBeingProcessed`). The conversation display of the new player does the same.
   */
  private removeInlineInteraction(): void {
    this.host.replaceWith(this.hostPlaceholder);
    this.nav.replaceChildren();
  }

  /**
   * giveFeedbackAndStayOnCurrentCard for an inline interaction: a new instance of it, empty
   * (`refreshInteraction` is always true for inline ones), and the progress nav's buttons again.
   */
  private restoreInlineInteraction(): void {
    const interactionId = this.state(this.currentStateName).interaction.id ?? 'EndExploration';
    const view = this.createView(this.currentStateName, interactionId);
    this.host.replaceChildren(view.element);
    if (this.hostPlaceholder.isConnected) this.hostPlaceholder.replaceWith(this.host);
    this.nav.replaceChildren();
    this.renderNav(view);
    view.focus?.();
  }

  /**
   * Puts the host where Oppia renders this interaction: in the tutor card (inline), or in an
   * `oppia-supplemental-card` (supplemental, classic player only), with the instructions in the
   * tutor card and the card's answers under its "previous responses" dropdown.
   */
  private placeInteraction(interactionId: string | null): void {
    this.supplemental?.container?.remove();
    this.narrowSlot.replaceChildren();
    this.supplemental = null;
    if (
      this.design.kind !== 'current' ||
      interactionId === null ||
      !SUPPLEMENTAL_INTERACTIONS.has(interactionId)
    ) {
      if (this.design.kind === 'current') {
        this.tutorInteraction.replaceChildren(this.host);
        this.markTutorCardContainer(false);
      }
      return;
    }
    const previous = new PreviousResponses();
    this.responses.append(previous.element);
    this.supplemental = {
      interactionId,
      card: new SupplementalCard(this.host),
      previous,
      nav: h('div', { class: 'conversation-skin-supplemental-nav' }),
      container: null,
      movingOn: false,
    };
  }

  /**
   * The tutor card container's classes on a one-card window: `conversation-skin-animate-tutor-card-
   * on-narrow` with a supplemental card, `conversation-skin-tutor-card-alone` without.
   */
  private markTutorCardContainer(withSupplemental: boolean): void {
    const container = this.cardsContainer.querySelector(`.${this.tutorCardContainerClass}`);
    const narrow = !canWindowShowTwoCards();
    container?.classList.toggle(
      'conversation-skin-animate-tutor-card-on-narrow',
      narrow && withSupplemental,
    );
    container?.classList.toggle('conversation-skin-tutor-card-alone', narrow && !withSupplemental);
  }

  /**
   * The supplemental card beside the tutor card (wider than TWO_CARD_THRESHOLD_PX, with the
   * Submit of `conversation-skin-supplemental-nav`), or under it (the progress nav's Submit).
   */
  private layoutSupplemental(): void {
    const s = this.supplemental;
    if (!s) return;
    const twoCards = canWindowShowTwoCards();
    this.markTutorCardContainer(true);
    this.tutorInteraction.replaceChildren(instructionBlock(s.interactionId, twoCards));
    // isSupplementalNavShown() keeps the two-card Submit after the card is completed (Oppia then
    // ignores it; here it is disabled); the progress nav drops its Submit for the help card's
    // CONTINUE (helpCardHasContinueButton).
    const submit =
      this.view?.submit === 'generic' && (twoCards || !s.movingOn) ? this.submitButton : null;
    submit?.classList.toggle('conversation-skin-supplemental-nav-submit-button', twoCards);
    if (twoCards) {
      this.narrowSlot.replaceChildren();
      s.nav.replaceChildren(...(submit ? [submit] : []));
      s.container ??= h(
        'div',
        { class: 'conversation-skin-supplemental-card-container' },
        h('div', { class: 'supplemental-card-parent-container' }, s.card.element, s.nav),
      );
      s.container
        .querySelector('.supplemental-card-parent-container')
        ?.replaceChildren(s.card.element, s.nav);
      this.endSection.before(s.container);
    } else {
      s.container?.remove();
      s.container = null;
      this.narrowSlot.replaceChildren(h('div', {}, s.card.element));
      this.nav.replaceChildren(...(submit ? [submit] : []));
    }
  }

  private renderNav(view: InteractionView): void {
    const classes =
      this.design.kind === 'new'
        ? newNavClasses(this.design.hooks)
        : {
            continue: 'oppia-learner-confirm-button e2e-test-continue-button',
            submit: 'oppia-learner-submit-answer-button e2e-test-submit-answer-button',
          };
    if (view.submit === 'continue') {
      const button = h(
        'button',
        { type: 'button', class: classes.continue },
        view.continueLabel ?? 'Continue',
      ) as HTMLButtonElement;
      button.addEventListener('click', () => {
        button.disabled = true;
        this.submitFromButton();
      });
      this.submitButton = button;
      this.nav.append(button);
    } else if (view.submit === 'generic') {
      // Scenario a11y-regression: an icon-only button (the glyph hidden from assistive
      // technology) with no label, so it has no accessible name.
      const label = webFaults().has('submit-button-name')
        ? h('span', { class: 'material-icons', 'aria-hidden': 'true' }, '➤')
        : 'Submit';
      const button = h(
        'button',
        { type: 'button', class: classes.submit },
        label,
      ) as HTMLButtonElement;
      button.addEventListener('click', () => this.submitFromButton());
      this.submitButton = button;
      this.nav.append(button);
      this.refreshSubmit();
    }
  }

  private showError(message: string | null): void {
    this.formError.textContent = message ?? '';
    this.formError.hidden = message === null;
  }

  private refreshSubmit(): void {
    if (!this.view || !this.submitButton || this.view.submit !== 'generic') return;
    const entry = this.view.read();
    this.submitButton.disabled = this.busy || entry.kind !== 'ready';
    this.showError(entry.kind === 'invalid' ? entry.error : null);
  }

  private submitFromButton(): void {
    if (!this.view || this.busy) return;
    const entry = this.view.read();
    if (entry.kind === 'ready') this.submitAnswer(entry.answer, entry.echo);
    else if (entry.kind === 'invalid') this.showError(entry.error);
  }

  private submitAnswer(answer: unknown, echo: Node | string): void {
    if (this.busy || !this.view) return;
    // The supplemental card's presubmit hook: the help card goes before the answer is handled.
    this.supplemental?.card.clearHelpCard();
    const stateName = this.currentStateName;
    const classification = classifyAnswer(this.state(stateName).interaction, answer);
    this.busy = true;
    if (this.supplemental) {
      this.view.setEnabled(false);
      if (this.submitButton) this.submitButton.disabled = true;
    } else {
      this.removeInlineInteraction();
    }
    this.showError(null);
    this.events.answerSubmitted({
      stateName,
      answer,
      answerGroupIndex: classification.answerGroupIndex,
      ruleSpecIndex: classification.ruleSpecIndex,
      category: classification.category,
    });
    const pair = h(
      'div',
      { class: 'conversation-skin-input-response-pair' },
      h(
        'div',
        { class: 'conversation-skin-learner-answer-container' },
        h('div', { class: 'conversation-skin-learner-answer-content' }, echo),
      ),
    );
    const dots = h(
      'div',
      {
        class: 'conversation-skin-response-loading e2e-test-input-response-loading-dots',
        'aria-label': 'Loading',
      },
      h('span', { class: 'oppia-loading-dot' }),
      h('span', { class: 'oppia-loading-dot' }),
      h('span', { class: 'oppia-loading-dot' }),
    );
    // A supplemental card's answers go under its collapsed dropdown once answered, without dots;
    // Oppia waits 1 ms for them ("there's already a delay bringing in the help card").
    const supplemental = this.supplemental !== null;
    // addNewInput: the pair counts at once (the dropdown's "Previous responses (N)").
    if (this.supplemental) this.supplemental.previous.add(pair);
    else this.responses.append(pair, dots);
    // MIN_CARD_LOADING_DELAY_MSEC: Oppia waits before it answers; the sandbox's delay is configurable.
    setTimeout(
      () => {
        dots.remove();
        this.busy = false;
        this.respond(classification, pair, stateName);
      },
      supplemental ? 1 : this.options.cardDelayMs,
    );
  }

  private respond(classification: Classification, pair: HTMLElement, stateName: string): void {
    const { outcome } = classification;
    const feedbackHtml = htmlOf(outcome.feedback);
    const feedbackField =
      classification.category === 'default_outcome'
        ? 'interaction.default_outcome.feedback'
        : `interaction.answer_groups[${classification.answerGroupIndex}].outcome.feedback`;
    if (feedbackHtml) {
      this.responses
        .querySelectorAll('.e2e-test-conversation-feedback-latest')
        .forEach((e) => e.classList.remove('e2e-test-conversation-feedback-latest'));
      pair.append(
        h(
          'div',
          { class: 'conversation-skin-oppia-response-container' },
          richText(
            feedbackHtml,
            this.explorationId,
            'conversation-skin-oppia-feedback-content e2e-test-conversation-feedback-latest',
            this.where(stateName, feedbackField),
          ),
        ),
      );
    }
    const s = this.supplemental;
    if (s) {
      s.previous.answered(pair);
      this.respondSupplemental(s, outcome.dest, stateName, feedbackHtml, feedbackField);
      return;
    }
    if (outcome.dest === stateName) {
      // giveFeedbackAndStayOnCurrentCard: the interaction comes back, a new one, empty.
      this.restoreInlineInteraction();
      return;
    }
    if (!feedbackHtml) {
      this.showCard(outcome.dest);
      return;
    }
    this.nav.replaceChildren();
    this.host.replaceChildren();
    const next = this.continueButton(outcome.dest, 'd-block continue-button');
    this.nav.append(next);
    next.querySelector('button')?.focus();
  }

  /** `oppia-continue-button` (continue-button.component.html @04706e08) to the card `dest`. */
  private continueButton(dest: string, hostClass: string): HTMLElement {
    const next = h(
      'button',
      {
        type: 'button',
        class: 'oppia-learner-confirm-button e2e-test-continue-to-next-card-button',
      },
      h('span', { class: 'e2e-test-next-card-button' }, 'CONTINUE'),
    ) as HTMLButtonElement;
    next.addEventListener('click', () => this.showCard(dest));
    return h('oppia-continue-button', { class: hostClass }, next);
  }

  /**
   * conversation-skin.component.ts @8a8e7e14 for a supplemental interaction: feedback goes to the
   * help card (onHelpCardAvailable) as the latest feedback; staying gives it a close button
   * (giveFeedbackAndStayOnCurrentCard), moving on gives it CONTINUE and the progress nav shows
   * neither Submit nor CONTINUE (moveToNewCard; progress-nav `helpCardHasContinueButton`,
   * `shouldContinueButtonBeShown` only for inline interactions). No feedback: the next card at once.
   */
  private respondSupplemental(
    s: SupplementalState,
    dest: string,
    stateName: string,
    feedbackHtml: string,
    feedbackField: string,
  ): void {
    const feedback = () =>
      richText(
        feedbackHtml,
        this.explorationId,
        'oppia-rte-viewer conversation-skin-help-card-content e2e-test-conversation-feedback-latest',
        this.where(stateName, feedbackField),
      );
    if (dest === stateName) {
      if (feedbackHtml) s.card.showHelpCard(feedback(), null);
      this.view?.reset();
      this.view?.setEnabled(true);
      if (this.submitButton) this.submitButton.disabled = false;
      this.refreshSubmit();
      return;
    }
    if (!feedbackHtml) {
      this.showCard(dest);
      return;
    }
    // The card is completed: its interaction stays in view, no longer answerable.
    s.movingOn = true;
    this.view?.setEnabled(false);
    if (this.submitButton) this.submitButton.disabled = true;
    this.layoutSupplemental();
    const next = this.continueButton(dest, 'd-inline-block');
    s.card.showHelpCard(feedback(), next);
    next.querySelector('button')?.focus();
  }

  private showCompletion(stateName: string): void {
    this.events.complete(stateName);
    if (!this.completionShown) {
      this.completionShown = true;
      // Both players show this toast; the latest new-conversation-skin (@ 0dd73b6d) without the hook.
      const messageClass =
        this.design.kind === 'new' && this.design.hooks === 'latest'
          ? 'toast-message'
          : 'toast-message e2e-test-lesson-completion-message';
      const toast = h(
        'div',
        { class: 'oppia-exploration-checkpoints-message' },
        h(
          'div',
          { id: 'toast-container', class: 'toast-top-center' },
          h(
            'div',
            {
              class: messageClass,
              role: 'alertdialog',
              'aria-live': 'polite',
              'aria-label': COMPLETION_MESSAGE,
            },
            COMPLETION_MESSAGE,
          ),
        ),
      );
      this.toastArea.append(toast);
      setTimeout(() => toast.remove(), COMPLETION_TOAST_MS);
    }
    if (this.design.kind === 'new') void this.renderNewEnd(this.design.hooks);
    else this.renderEndSection();
  }

  /** The story's next published chapter after this one, from the story handler (story mode). */
  private findNextChapter(): Promise<NextChapter | null> {
    const story = this.options.story;
    if (!story) return Promise.resolve(null);
    this.nextChapter ??= getJson<StoryData>(
      `/story_data_handler/${story.classroom}/${story.topic}/${story.story}`,
    )
      .then((data) => {
        const nodes = data.story_nodes;
        const at = nodes.findIndex((n) => n.id === story.nodeId);
        const node = at === -1 ? undefined : nodes.slice(at + 1).find(isPublished);
        return node
          ? { title: node.title, href: chapterUrl(node.exploration_id as string, story, node.id) }
          : null;
      })
      // Without the story data there is no next chapter; the rest of the end screen stands.
      .catch(() => null);
    return this.nextChapter;
  }

  /** new-ratings-and-recommendations (+ the next-lesson bar) of the new player. */
  private async renderNewEnd(hooks: NewPlayerHooks): Promise<void> {
    const story = this.options.story;
    const summary = h('div', { class: 'conversation-skin-final-summary' });
    this.endSection.replaceChildren(h('oppia-new-ratings-and-recommendations', {}, summary));
    if (!story) {
      summary.append(communityEnd());
      return;
    }
    const next = await this.findNextChapter();
    summary.append(storyEnd(story, next));
    if (next) {
      this.nextLessonBar.replaceChildren(...nextLessonBar(hooks, next));
      this.nextLessonBar.hidden = false;
    }
  }

  /** oppia-ratings-and-recommendations (ratings-and-recommendations.component.html @1c148d46). */
  private renderEndSection(): void {
    const story = this.options.story;
    const summary = h('div', { class: 'conversation-skin-final-summary' });
    this.endSection.replaceChildren(h('oppia-ratings-and-recommendations', {}, summary));
    if (!story) {
      summary.append(
        h(
          'div',
          {
            class:
              'conversation-skin-back-to-collection-container e2e-test-exploration-return-to-library',
          },
          h(
            'a',
            { class: 'conversation-skin-back-to-collection', href: '/community-library' },
            'Return to the Library',
          ),
        ),
      );
      return;
    }
    const signUp = h(
      'div',
      { class: 'conversation-skin-login-container e2e-test-end-chapter-sign-up-section' },
      h(
        'div',
        { class: 'conversation-skin-congratulations-text' },
        'Congratulations on completing this chapter!',
      ),
      h(
        'span',
        { class: 'conversation-skin-login-text text-secondary' },
        'Sign up to save your progress and continue from where you left off.',
      ),
      h(
        'div',
        { class: 'mt-2' },
        h(
          'button',
          { type: 'button', class: 'oppia-sign-up-button e2e-test-login-button' },
          'SIGN UP',
        ),
      ),
    );
    signUp.append(
      h(
        'div',
        { class: 'conversation-skin-login-secondary-options' },
        h(
          'button',
          { type: 'button', class: 'conversation-skin-login-button' },
          'Already have an account? ',
          h('span', { class: 'conversation-skin-login-button-text' }, 'Sign In'),
        ),
        h(
          'button',
          {
            type: 'button',
            class:
              'conversation-skin-hide-sign-up-section-button e2e-test-dismiss-sign-up-section-button',
            onclick: () => signUp.remove(),
          },
          h('span', { class: 'conversation-skin-hide-sign-up-section-text' }, "Don't ask me again"),
        ),
      ),
    );
    const recommendations = h('oppia-post-chapter-recommendations');
    summary.append(
      signUp,
      recommendations,
      h(
        'div',
        { class: 'conversation-skin-back-to-collection-container' },
        h(
          'a',
          {
            class: 'conversation-skin-back-to-collection e2e-test-end-chapter-return-to-story',
            href: storyUrl(story),
          },
          'Return to Story',
        ),
      ),
    );
    void this.fillRecommendations(recommendations, story);
  }

  /** post-chapter-recommendations.component.html @fd785b60, the next node from the story handler. */
  private async fillRecommendations(target: HTMLElement, story: StoryPlayContext): Promise<void> {
    let next: { title: string; href: string } | null = null;
    try {
      const data = await getJson<StoryData>(
        `/story_data_handler/${story.classroom}/${story.topic}/${story.story}`,
      );
      const nodes = data.story_nodes;
      const at = nodes.findIndex((n) => n.id === story.nodeId);
      const node = at === -1 ? undefined : nodes.slice(at + 1).find(isPublished);
      if (node)
        next = {
          title: node.title,
          href: chapterUrl(node.exploration_id as string, story, node.id),
        };
    } catch {
      // Without the story data there is no next-chapter card; the rest of the end card stands.
    }
    const cards = h('div', { class: 'post-chapter-recommendation-cards-container' });
    if (next) {
      cards.append(
        h(
          'div',
          { class: 'recommendation-card-wrapper' },
          h(
            'div',
            { class: 'recommendation-card' },
            h(
              'a',
              {
                class: 'recommendation-card-link e2e-test-recommended-next-chapter-button',
                href: next.href,
                'aria-label': `Next chapter: ${next.title}`,
              },
              h('span', { class: 'recommendation-card-art', 'aria-hidden': 'true' }, '▶'),
            ),
          ),
          h('p', { class: 'to-the-next-lesson-text' }, 'Next Chapter'),
          h('p', { class: 'next-chapter-title' }, h('i', {}, next.title)),
        ),
        h('p', { class: 'or-text' }, 'Or'),
      );
    }
    cards.append(
      h(
        'div',
        { class: 'recommendation-card-wrapper' },
        h(
          'div',
          { class: 'recommendation-card recommendation-card-practice' },
          h(
            'a',
            {
              class: 'recommendation-card-link',
              href: `/learn/${story.classroom}/${story.topic}/practice`,
              'aria-label': 'Practice',
            },
            h('span', { class: 'recommendation-card-art', 'aria-hidden': 'true' }, '✎'),
          ),
        ),
        h('p', {}, h('i', {}, 'Practice the skills of this chapter')),
      ),
    );
    target.replaceChildren(
      h(
        'div',
        { class: 'post-chapter-recommendations-container' },
        h('p', { class: 'post-chapter-recommendation-text' }, "Here's what you could do next!"),
        cards,
      ),
    );
  }
}
