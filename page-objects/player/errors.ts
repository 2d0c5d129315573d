/**
 * The kinds of failure the player model names itself (keys of reporting/categories.ts, which
 * fixtures/diagnosis.ts reads from an error's `category`).
 */
export type PlayerErrorCategory = 'slow' | 'unexpected-page';

/** A card that did not behave as a learner needs: the category travels with the error. */
export class PlayerError extends Error {
  override readonly name = 'PlayerError';

  constructor(
    readonly category: PlayerErrorCategory,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
