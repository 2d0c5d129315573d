import type { Page } from '@playwright/test';
import type { Designs } from '../catalog/flags';

/**
 * What every page model is built from: the learner's page and how long one card (or one page's
 * answer) may take. One small context instead of options threaded through each model.
 */
export interface LearnerCtx {
  readonly page: Page;
  /** How long one card may take to answer and move on (loading, feedback, next card). */
  readonly cardTimeoutMs: number;
  /**
   * Which designs the target serves (from its feature flags, catalog/flags.ts): the models that
   * lead into a chapter hand back the player it has. Absent: the classic designs.
   */
  readonly designs?: Designs;
}
