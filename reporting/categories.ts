/**
 * The kinds of failure a learner-journey test can end in. Every failure message starts with the
 * category's label and a colon ("Server error (5xx): HTTP 500 GET /explorehandler/init/..."), which is
 * what the Allure categories, the run summary and the fault-detection matrix key on.
 */
export const FAILURE_CATEGORIES = {
  'server-error': 'Server error (5xx)',
  'client-error': 'Client/API error (4xx)',
  'schema-drift': 'Schema drift',
  'front-end-exception': 'Front-end exception',
  slow: 'Slow or hung',
  'dead-end': 'Content dead end',
  'broken-asset': 'Broken image or asset',
  'unexpected-page': 'Unexpected page behaviour',
  accessibility: 'Accessibility',
  unreachable: 'Target unreachable',
  'suite-defect': 'Suite defect',
} as const;

export type FailureCategory = keyof typeof FAILURE_CATEGORIES;

export const CATEGORY_DESCRIPTIONS: Record<FailureCategory, string> = {
  'server-error': 'The target answered a page, handler or asset with HTTP 5xx.',
  'client-error': 'The target answered with HTTP 4xx where Oppia itself would not.',
  'schema-drift': "A JSON handler's body no longer matches the shape Oppia's frontend needs.",
  'front-end-exception': 'An uncaught exception or console error in the page.',
  slow: 'A page, handler or card took longer than its time budget, or never answered.',
  'dead-end': 'Chapter content offers no way from a card to the end of the chapter.',
  'broken-asset': 'An image or other asset on a card failed to load.',
  'unexpected-page':
    "The page did not show what Oppia's own API says, or did not behave as Oppia does for a learner.",
  accessibility:
    'A page or card breaks a WCAG 2.x A/AA rule (axe-core) at or above A11Y_MIN_IMPACT that the accessibility baseline does not accept.',
  unreachable: 'The target did not answer at all; nothing was walked.',
  'suite-defect': 'The suite itself failed (a bug in a page object, planner or fixture).',
};

const LABEL_TO_CATEGORY = new Map<string, FailureCategory>(
  Object.entries(FAILURE_CATEGORIES).map(([k, v]) => [v, k as FailureCategory]),
);

/** Reads the category back from a failure message; messages without one are suite defects. */
export function categoryOfMessage(message: string | undefined): FailureCategory {
  // Runners may prefix the error's class name ("Error: ", "JourneyFailure: ").
  const label = message?.replace(ERROR_NAME_PREFIX, '').split(':', 1)[0]?.trim();
  return (label && LABEL_TO_CATEGORY.get(label)) || 'suite-defect';
}

const ERROR_NAME_PREFIX = /^(?:[A-Za-z]*Error|JourneyFailure): /;

/** A regular expression source matching messages of a category (with or without the class name). */
export function categoryMessagePattern(category: FailureCategory): string {
  return `^(?:[A-Za-z]*Error: |JourneyFailure: )?${FAILURE_CATEGORIES[category].replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:`;
}

/** A failure message without the error class name a runner may have put before it. */
export function withoutErrorName(message: string): string {
  return message.replace(ERROR_NAME_PREFIX, '');
}
