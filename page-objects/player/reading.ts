import { normaliseText } from '../text';

/**
 * The player's state as the walk judges it: pure functions over one reading of the page, with no
 * browser (watcher.ts takes the readings; tests/unit/player-reading.spec.ts tests these alone).
 */

/** What the page reports in one look, before normalising (watcher.ts builds it in the page). */
export interface RawReading {
  /** The current card's content element is shown (laid out and not hidden). */
  cardShown: boolean;
  text: string;
  alts: string[];
  answers: number;
  feedbacks: number;
  /** The "Previous responses (N)" dropdown's text ('' when absent). */
  previousResponses: string;
  latestFeedback: string;
  continueShown: boolean;
  formError: string;
  loading: boolean;
}

/** One consistent reading of the player, taken in a single browser task. */
export interface PlayerReading {
  /** What the page reported; the next wait watches for anything different. */
  raw: RawReading;
  /** The current card's content is shown. */
  cardShown: boolean;
  /** The current card's text, whitespace-normalised. */
  text: string;
  /** The text plus image alt texts, so that image-only cards differ too. */
  card: string;
  /**
   * Changes whenever a new answer/response pair is rendered, or (a supplemental interaction, whose
   * pairs sit in a collapsed dropdown) counted.
   */
  responses: string;
  feedback: string;
  continueShown: boolean;
  formError: string;
  loading: boolean;
}

/** What the player shows while and after it handles an answer. */
export type PlayerResponse = 'pending' | 'continue' | 'advanced' | 'stayed' | 'invalid';

export function toReading(raw: RawReading): PlayerReading {
  const text = normaliseText(raw.text);
  const feedback = normaliseText(raw.latestFeedback);
  return {
    raw,
    cardShown: raw.cardShown,
    text,
    card: [text, ...raw.alts].join(' | '),
    responses: `${raw.answers}/${raw.feedbacks}/${normaliseText(raw.previousResponses)}/${feedback}`,
    feedback,
    continueShown: raw.continueShown,
    formError: normaliseText(raw.formError),
    loading: raw.loading,
  };
}

/** The reading of a page that never answered. */
export const EMPTY_READING: PlayerReading = toReading({
  cardShown: false,
  text: '',
  alts: [],
  answers: 0,
  feedbacks: 0,
  previousResponses: '',
  latestFeedback: '',
  continueShown: false,
  formError: '',
  loading: false,
});

/** The card is shown and no answer is being handled. */
export function isSettled(reading: PlayerReading): boolean {
  return reading.cardShown && !reading.loading;
}

/**
 * How the player has answered so far. Feedback without CONTINUE means "stay": Oppia renders the
 * feedback and the CONTINUE of a move in the same update, which one reading sees together.
 */
export function responseTo(before: PlayerReading, now: PlayerReading): PlayerResponse {
  if (now.continueShown) return 'continue';
  if (now.formError !== '') return 'invalid';
  if (now.loading) return 'pending';
  if (hasMovedOn(before, now)) return 'advanced';
  if (now.responses !== before.responses && now.feedback !== '') return 'stayed';
  return 'pending';
}

/** A different card is shown than before (its text or its images' alt texts changed). */
export function hasMovedOn(before: PlayerReading, now: PlayerReading): boolean {
  return now.card !== '' && now.card !== before.card;
}
