import { expect, test } from '@playwright/test';
import {
  EMPTY_READING,
  hasMovedOn,
  isSettled,
  responseTo,
  toReading,
  type RawReading,
} from '../../page-objects/player/reading';

/** How the walk reads the player's state, without a browser: one raw reading at a time. */
const raw = (over: Partial<RawReading> = {}): RawReading => ({
  cardShown: true,
  text: 'How many tens are in 42?',
  alts: [],
  answers: 0,
  feedbacks: 0,
  previousResponses: '',
  latestFeedback: '',
  continueShown: false,
  formError: '',
  loading: false,
  ...over,
});

const before = toReading(raw());

test('a shown card with no answer in hand is settled; loading or hidden is not', () => {
  expect(isSettled(before)).toBe(true);
  expect(isSettled(toReading(raw({ loading: true })))).toBe(false);
  expect(isSettled(toReading(raw({ cardShown: false })))).toBe(false);
  expect(isSettled(EMPTY_READING)).toBe(false);
});

test('CONTINUE wins over everything else: feedback came with the move to a new card', () => {
  const now = toReading(
    raw({ answers: 1, feedbacks: 1, latestFeedback: 'Yes!', continueShown: true }),
  );
  expect(responseTo(before, now)).toBe('continue');
});

test('a form error means the interaction rejected the input', () => {
  expect(responseTo(before, toReading(raw({ formError: ' Please enter a valid number. ' })))).toBe(
    'invalid',
  );
});

test('loading dots keep the response pending, even with new feedback', () => {
  const now = toReading(raw({ loading: true, answers: 1, feedbacks: 1, latestFeedback: 'Hmm' }));
  expect(responseTo(before, now)).toBe('pending');
});

test('a new card is "advanced"; a card that differs only by its images counts too', () => {
  expect(responseTo(before, toReading(raw({ text: 'Write 40 in words.' })))).toBe('advanced');
  const picture = toReading(raw({ text: '', alts: ['three apples'] }));
  const otherPicture = toReading(raw({ text: '', alts: ['four apples'] }));
  expect(hasMovedOn(picture, otherPicture)).toBe(true);
  expect(hasMovedOn(picture, picture)).toBe(false);
});

test('new feedback on the same card is "stayed"; the same feedback again still counts as new', () => {
  const once = toReading(
    raw({ answers: 1, feedbacks: 1, latestFeedback: 'That is the ones digit.' }),
  );
  expect(responseTo(before, once)).toBe('stayed');
  const twice = toReading(
    raw({ answers: 2, feedbacks: 2, latestFeedback: 'That is the ones digit.' }),
  );
  expect(responseTo(once, twice)).toBe('stayed');
});

test('nothing new yet is pending; an empty card never counts as moved on', () => {
  expect(responseTo(before, toReading(raw()))).toBe('pending');
  expect(hasMovedOn(before, EMPTY_READING)).toBe(false);
});

test('readings are whitespace-normalised, and responses fingerprint answers and feedback', () => {
  const reading = toReading(
    raw({ text: '  How many\n tens? ', answers: 2, feedbacks: 1, latestFeedback: ' Ok ' }),
  );
  expect(reading.text).toBe('How many tens?');
  expect(reading.responses).toBe('2/1//Ok');
});

test('a supplemental card (answers under the collapsed dropdown, feedback in the help card): the same help-card feedback again is "stayed" once the count moves', () => {
  // tutor-card.component.html: no answer/feedback pair is rendered; supplemental-card: help card.
  const once = toReading(
    raw({ previousResponses: 'Previous responses (1)', latestFeedback: 'Not in order yet.' }),
  );
  expect(responseTo(before, once)).toBe('stayed');
  // The next submit clears the help card (presubmit hook) and counts the answer at once.
  const cleared = toReading(raw({ previousResponses: 'Previous responses (2)' }));
  expect(responseTo(once, cleared)).toBe('pending');
  const again = toReading(
    raw({ previousResponses: 'Previous responses (2)', latestFeedback: 'Not in order yet.' }),
  );
  expect(responseTo(once, again)).toBe('stayed');
  // Without the count, the same feedback could not be told from no response at all.
  expect(responseTo(once, toReading(raw({ ...once.raw })))).toBe('pending');
});
