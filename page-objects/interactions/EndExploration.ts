import type { Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import type { InteractionComponent } from './InteractionComponent';

/** EndExploration (`oppia-interactive-end-exploration`): the terminal card, nothing to enter. */
export class EndExploration implements InteractionComponent {
  constructor(readonly root: Locator) {}

  answer(a: Answer): Promise<void> {
    return Promise.reject(
      new Error(
        `The EndExploration card takes no answer (asked to enter a ${a.kind} answer): ` +
          `the chapter is over once this card shows.`,
      ),
    );
  }
}
