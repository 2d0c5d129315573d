/**
 * The concept card a skill-review link opens, as Oppia's learner sees it:
 * oppia-noninteractive-skillreview.component.ts `openConceptCard` opens
 * OppiaNoninteractiveSkillreviewConceptCardModalComponent with NgbModal (`backdrop: true`), whose
 * template (Skillreview/directives/noninteractive-skillreview-concept-card-modal.component.html) is
 * `div.modal-header > h3 "Concept Card"`, `div.modal-body > oppia-concept-card` and
 * `div.modal-footer > button.e2e-test-close-concept-card "Close"` (the Next / Retry Test buttons
 * are for the question player's test mode only). The card itself is
 * core/templates/components/concept-card/concept-card.component.{ts,html}: "Loading" with loading
 * dots while ConceptCardBackendApiService fetches `GET /concept_card_handler/<JSON list of skill
 * ids>`, then the explanation and the first worked example (its explanation behind "Show
 * Explanation", more behind "+ Worked Examples"); a failed fetch shows "Oops, it looks like this
 * skill has been deleted.". The modal window and backdrop are NgbModal's
 * (`ngb-modal-backdrop.modal-backdrop`, `ngb-modal-window.modal[role=dialog]`): Escape, a click
 * outside the dialog or Close dismisses it.
 */
import { h } from '../app/dom';
import { getJson } from '../app/http';
import { entityRichText } from './rte';

interface SubtitledHtml {
  html: string;
}
interface ConceptCardDict {
  explanation: SubtitledHtml;
  worked_examples: { question: SubtitledHtml; explanation: SubtitledHtml }[];
}

/** SkillDomainConstants.CONCEPT_CARD_DATA_URL_TEMPLATE with `selected_skill_ids: JSON.stringify(skillIds)`. */
export function conceptCardUrl(skillIds: readonly string[]): string {
  return `/concept_card_handler/${encodeURIComponent(JSON.stringify(skillIds))}`;
}

export function openConceptCard(skillId: string): void {
  const body = h('oppia-concept-card');
  const close = (): void => {
    backdrop.remove();
    modalWindow.remove();
    document.body.classList.remove('modal-open');
    document.removeEventListener('keydown', onKey);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
  };
  const backdrop = h('ngb-modal-backdrop', { class: 'modal-backdrop fade show' });
  const modalWindow = h(
    'ngb-modal-window',
    {
      role: 'dialog',
      tabindex: -1,
      'aria-modal': 'true',
      class: 'modal fade show d-block',
      onclick: (event: Event) => {
        // NgbModal: a click on the window outside the dialog is a backdrop click.
        if (event.target === modalWindow) close();
      },
    },
    h(
      'div',
      { role: 'document', class: 'modal-dialog' },
      h(
        'div',
        { class: 'modal-content' },
        h(
          'oppia-noninteractive-skillreview-concept-card-modal',
          {},
          h('div', { class: 'modal-header' }, h('h3', {}, ' Concept Card ')),
          h('div', { class: 'modal-body' }, body),
          h(
            'div',
            { class: 'modal-footer' },
            h(
              'button',
              { class: 'btn btn-default e2e-test-close-concept-card', onclick: close },
              ' Close ',
            ),
          ),
        ),
      ),
    ),
  );
  document.body.classList.add('modal-open');
  document.body.append(backdrop, modalWindow);
  document.addEventListener('keydown', onKey);
  modalWindow.focus();
  void loadConceptCard(body, skillId);
}

async function loadConceptCard(host: HTMLElement, skillId: string): Promise<void> {
  host.replaceChildren(
    h(
      'div',
      {},
      h(
        'div',
        { class: 'oppia-align-center' },
        h('span', {}, 'Loading'),
        h('loading-dots', {}, '...'),
      ),
    ),
  );
  let card: ConceptCardDict | undefined;
  try {
    const response = await getJson<{ concept_card_dicts: ConceptCardDict[] }>(
      conceptCardUrl([skillId]),
    );
    card = response.concept_card_dicts[0];
  } catch {
    card = undefined;
  }
  if (!card) {
    // concept-card.component.ts: the error callback sets skillDeletedMessage.
    host.replaceChildren(
      h(
        'div',
        { class: 'oppia-concept-card-viewer e2e-test-concept-card-viewer' },
        h(
          'div',
          { class: 'concept-card-explanation' },
          h(
            'div',
            { class: 'oppia-concept-card-explanation-container' },
            h('div', {}, h('div', { class: 'oppia-align-center' }, SKILL_DELETED_MESSAGE)),
          ),
        ),
      ),
    );
    return;
  }
  renderCard(host, card, skillId);
}

const SKILL_DELETED_MESSAGE = 'Oops, it looks like this skill has been deleted.';

function renderCard(host: HTMLElement, card: ConceptCardDict, skillId: string): void {
  const rich = (markup: string, className: string, where: string): HTMLElement =>
    entityRichText(markup, { entityType: 'skill', entityId: skillId, where }, className);
  const examples = card.worked_examples;
  let shown = examples.length > 0 ? 1 : 0;
  let explanationIsShown = false;
  const examplesSection = h('div', { class: 'concept-card-worked-examples' });
  const renderExamples = (): void => {
    if (shown === 0) {
      examplesSection.remove();
      return;
    }
    examplesSection.replaceChildren(h('strong', {}, ' Worked Examples '));
    examples.slice(0, shown).forEach((example, idx) => {
      const isLastShown = idx === shown - 1;
      examplesSection.append(
        h(
          'div',
          { class: 'oppia-worked-examples-container' },
          h('strong', {}, ' Question: '),
          rich(example.question.html, 'example-content', `worked example ${idx + 1} question`),
          !explanationIsShown &&
            isLastShown &&
            h(
              'button',
              {
                class: 'btn btn-secondary show-example-explanation-button',
                onclick: () => {
                  explanationIsShown = true;
                  renderExamples();
                },
              },
              ' Show Explanation ',
            ),
          (explanationIsShown || !isLastShown) &&
            h(
              'div',
              {},
              h('strong', {}, ' Explanation: '),
              rich(
                example.explanation.html,
                'example-content',
                `worked example ${idx + 1} explanation`,
              ),
            ),
        ),
      );
    });
    if (shown < examples.length) {
      examplesSection.append(
        h(
          'button',
          {
            class: 'btn btn-secondary show-more-worked-examples-button',
            onclick: () => {
              explanationIsShown = false;
              shown++;
              renderExamples();
            },
          },
          ' + Worked Examples ',
        ),
      );
    }
  };
  // `e2e-test-concept-card-viewer` is the hook Oppia's acceptance tests read the card's text from
  // (core/tests/puppeteer-acceptance-tests logged-out-user.ts conceptCardViewerSelector); the
  // stored template predates it, so it sits on the viewer root that holds that text.
  const viewer = h(
    'div',
    { class: 'oppia-concept-card-viewer e2e-test-concept-card-viewer' },
    h(
      'div',
      { class: 'concept-card-explanation' },
      h(
        'div',
        { class: 'oppia-concept-card-explanation-container' },
        rich(card.explanation.html, 'e2e-test-concept-card-explanation', 'explanation'),
      ),
    ),
    examplesSection,
  );
  renderExamples();
  host.replaceChildren(viewer);
}
