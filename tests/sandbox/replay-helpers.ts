import { fileURLToPath } from 'node:url';

/** Shared by the tests/sandbox/replay-*.spec.ts files. */

/**
 * A record directory written by hand (docs/record-replay.md): classroom math with topic
 * place-values, whose story jaime-arcade has chapters 1-4 recorded in shapes from several Oppia
 * years, chapter 5 not recorded and a Ready To Publish node 6; topic fractions and the unpublished
 * classroom draft are not recorded; `oddInteract1` is an exploration with an interaction the
 * sandbox cannot render; `noStates0001` an init body without its states.
 */
export const HANDMADE = fileURLToPath(new URL('./fixtures/replay/handmade', import.meta.url));
