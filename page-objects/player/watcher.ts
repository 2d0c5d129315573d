import type { Page } from '@playwright/test';
import type { PlayerHooks } from './hooks';
import { EMPTY_READING, toReading, type PlayerReading, type RawReading } from './reading';

/**
 * Waits on the player from inside the page. Each look is one call into the page, which answers at
 * once when the player differs from the last reading, and otherwise watches the DOM itself (a
 * MutationObserver read at most once a frame, plus a 50 ms look for what changes without a
 * mutation, such as layout) and answers on the change. Each change is judged by the caller, where
 * the rules live (reading.ts). This is the one hand-written wait of the suite: it replaced a
 * `waitForFunction` polled every animation frame, which cost a protocol round trip per frame
 * (docs/bench.md, "in-page waits").
 */
export class PlayerWatcher {
  constructor(
    private readonly page: Page,
    private readonly hooks: PlayerHooks,
    private readonly timeoutMs: number,
  ) {}

  /**
   * Waits, within the card budget, until a reading of the player satisfies `done`; from `start`,
   * or from a first look when `start` is null. A document replaced mid-wait (the player page still
   * loading) is looked at again. Throws PlayerWaitTimeout with the last reading when time runs out.
   */
  async until(
    start: PlayerReading | null,
    done: (reading: PlayerReading) => boolean,
  ): Promise<PlayerReading> {
    const deadline = Date.now() + this.timeoutMs;
    let last = start;
    while (last === null || !done(last)) {
      const timeoutMs = deadline - Date.now();
      if (timeoutMs <= 0) throw new PlayerWaitTimeout(last ?? EMPTY_READING);
      let answer: WatchAnswer | null;
      try {
        answer = await this.look(last?.raw ?? null, timeoutMs);
      } catch (error) {
        if (isContextReplaced(error)) continue;
        throw error;
      }
      if (answer === null || !answer.changed) {
        throw new PlayerWaitTimeout(answer ? toReading(answer.reading) : (last ?? EMPTY_READING));
      }
      last = toReading(answer.reading);
    }
    return last;
  }

  /** Reads the player without waiting (safe while it re-renders). */
  async read(): Promise<PlayerReading> {
    const answer = await this.look(null, 0);
    if (!answer) throw new Error('The player could not be read.');
    return toReading(answer.reading);
  }

  /**
   * One look into the page (see watchPlayer). Null when the page has not answered by the time
   * plus a grace (a renderer that hangs), so a hung page still fails within the card budget.
   */
  private async look(unlike: RawReading | null, timeoutMs: number): Promise<WatchAnswer | null> {
    const looking = this.page.evaluate(watchPlayer, { hooks: this.hooks, unlike, timeoutMs });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), timeoutMs + WATCH_GRACE_MS);
    });
    try {
      return await Promise.race([looking, hung]);
    } finally {
      clearTimeout(timer);
      looking.catch(() => undefined); // a hung look that fails later must not go unhandled
    }
  }
}

/** The last reading of a wait that ran out of time. */
export class PlayerWaitTimeout extends Error {
  override readonly name = 'PlayerWaitTimeout';

  constructor(readonly last: PlayerReading) {
    super('The player did not change in time.');
  }
}

/** How long past its own deadline a look into the page may take before the page counts as hung. */
const WATCH_GRACE_MS = 2_000;

/** The page's document was replaced during a look (a navigation); the look is simply retried. */
function isContextReplaced(error: unknown): boolean {
  return (
    error instanceof Error &&
    /Execution context was destroyed|Cannot find context with specified id/.test(error.message)
  );
}

/** What one look into the page answers: the reading, and whether it differs from `unlike`. */
interface WatchAnswer {
  reading: RawReading;
  changed: boolean;
}

/**
 * Runs in the page: reads the player in one task. With `unlike` null, or when the reading differs
 * from it, answers at once; otherwise watches the document (MutationObserver, read at most once a
 * frame, plus a 50 ms look for changes no mutation announces) and answers on the first reading
 * that differs, or with `changed: false` after `timeoutMs`. Self-contained: it is sent to the page
 * as source.
 */
function watchPlayer({
  hooks,
  unlike,
  timeoutMs,
}: {
  hooks: PlayerHooks;
  unlike: RawReading | null;
  timeoutMs: number;
}): WatchAnswer | Promise<WatchAnswer> {
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  const all = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
  const read = (): RawReading => {
    const card = all(hooks.cardContent).at(-1);
    return {
      cardShown: card !== undefined && shown(card),
      text: card?.innerText ?? '',
      alts: [...(card?.querySelectorAll('img') ?? [])].map((img) => img.alt).filter(Boolean),
      answers: all(hooks.learnerAnswer).length,
      feedbacks: all(hooks.feedback).length,
      previousResponses: all(hooks.previousResponses).at(-1)?.innerText ?? '',
      latestFeedback: all(hooks.latestFeedback).at(-1)?.innerText ?? '',
      continueShown: all(hooks.nextCardButton).some(shown),
      formError: all(hooks.formError)
        .filter(shown)
        .map((element) => element.innerText)
        .join(' '),
      loading: all(hooks.loadingDots).some(shown),
    };
  };
  const differs = (reading: RawReading) =>
    unlike === null ||
    reading.cardShown !== unlike.cardShown ||
    reading.text !== unlike.text ||
    reading.alts.join('\n') !== unlike.alts.join('\n') ||
    reading.answers !== unlike.answers ||
    reading.feedbacks !== unlike.feedbacks ||
    reading.previousResponses !== unlike.previousResponses ||
    reading.latestFeedback !== unlike.latestFeedback ||
    reading.continueShown !== unlike.continueShown ||
    reading.formError !== unlike.formError ||
    reading.loading !== unlike.loading;
  const first = read();
  if (differs(first) || timeoutMs <= 0) return { reading: first, changed: differs(first) };
  return new Promise<WatchAnswer>((resolve) => {
    let finished = false;
    const finish = (answer: WatchAnswer) => {
      finished = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(answer);
    };
    const look = () => {
      if (finished) return;
      const reading = read();
      if (differs(reading)) finish({ reading, changed: true });
    };
    // A burst of mutations (a framework re-rendering) is read once, on the next frame, so the
    // reading never forces a layout per mutation.
    let lookScheduled = false;
    const observer = new MutationObserver(() => {
      if (lookScheduled) return;
      lookScheduled = true;
      requestAnimationFrame(() => {
        lookScheduled = false;
        look();
      });
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const poll = setInterval(look, 50);
    const timer = setTimeout(() => finish({ reading: read(), changed: false }), timeoutMs);
  });
}
