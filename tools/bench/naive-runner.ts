/**
 * The naive baseline, and the walk's page handling without its runner, as a child process:
 * `node --import tsx tools/bench/naive-runner.ts <plan> <result>`.
 *
 * - naive (`reusePage: false`): what a plain Playwright script does to open every chapter: one
 *   browser; per chapter a fresh context and page, go to the chapter URL, wait for the first card.
 *   No resource blocking, no reuse.
 * - session (`reusePage: true`): per lane one learner session (fixtures/learner-session.ts, the
 *   walk's own code: one context and page, renewed every TESTS_PER_CONTEXT chapters); per chapter
 *   go to its URL, wait for the first card, then the session's reset, exactly as between two tests
 *   of the walk.
 *
 * - naive-full (`play: true`): fresh context and page per chapter as naive, and the chapter played
 *   to its end by naive-player.ts.
 *
 * `parallel` lanes (pages) at a time.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { openLearnerSession } from '../../fixtures/learner-session';
import { playChapterNaively } from './naive-player';
import {
  FIRST_CARD,
  readJson,
  runnerFiles,
  writeJson,
  type NaivePlan,
  type RunnerResult,
} from './runner-io';

/** Where a lane gets the page for its next chapter, and what it does after it. */
interface Lane {
  page(): Promise<Page>;
  done(): Promise<void>;
  close(): Promise<void>;
}

function freshPages(browser: Browser): Lane {
  let context: Awaited<ReturnType<Browser['newContext']>> | null = null;
  return {
    async page() {
      context = await browser.newContext();
      // tsx compiles this runner with esbuild's keepNames, which wraps functions in `__name(...)`;
      // the interaction components hand some functions to the page (evaluateAll), where no
      // `__name` exists. Playwright's own test runner compiles without it, so the walk needs none.
      await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
      return context.newPage();
    },
    async done() {
      await context?.close();
      context = null;
    },
    close: () => Promise.resolve(),
  };
}

async function learnerSession(browser: Browser, origin: string): Promise<Lane> {
  const session = await openLearnerSession(browser, {}, origin);
  return {
    page: () => session.page(),
    done: async () => void (await session.reset()),
    close: () => session.context.close(),
  };
}

async function main(): Promise<void> {
  const [planFile, resultFile] = runnerFiles(
    process.argv.slice(2),
    'Usage: naive-runner.ts <plan.json> <result.json>',
  );
  const plan = readJson<NaivePlan>(planFile);
  const result: RunnerResult = { workMs: 0, done: 0, failures: [] };
  const started = performance.now();
  const browser = await chromium.launch({ executablePath: plan.executablePath });
  const queue = [...plan.chapterUrls];
  const origin = new URL(plan.chapterUrls[0] ?? 'http://localhost').origin;

  const runLane = async (): Promise<void> => {
    const lane = plan.reusePage ? await learnerSession(browser, origin) : freshPages(browser);
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const page = await lane.page();
        if (plan.play) {
          // Added after the await: lanes finish chapters in any order.
          const cards = await playChapterNaively(page, url, plan.timeoutMs);
          result.cards = (result.cards ?? 0) + cards;
        } else {
          await page.goto(url, { timeout: plan.timeoutMs });
          await page
            .locator(FIRST_CARD)
            .first()
            .waitFor({ state: 'visible', timeout: plan.timeoutMs });
        }
        result.done++;
      } catch (error) {
        // The first lines say what was awaited and where (Playwright's locator and timeout).
        const message = (error as Error).message.split('\n').filter((line) => line.trim());
        result.failures.push({ url, error: message.slice(0, 4).join(' | ') || 'failed' });
      } finally {
        await lane.done();
      }
    }
    await lane.close();
  };
  await Promise.all(Array.from({ length: plan.parallel }, runLane));
  await browser.close();
  result.workMs = performance.now() - started;
  writeJson(resultFile, result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
