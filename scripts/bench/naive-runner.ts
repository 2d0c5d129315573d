/**
 * The naive baseline as a child process: `node --import tsx scripts/bench/naive-runner.ts <plan>
 * <result>`. What a plain Playwright script does to open every chapter: one browser; per chapter
 * a fresh context and page, go to the chapter URL, wait for the first card. No resource blocking,
 * no reuse; `parallel` pages at a time.
 */
import { chromium } from '@playwright/test';
import { readJson, runnerFiles, writeJson, type NaivePlan, type RunnerResult } from './runner-io';

/** The player's card (sandbox/web/README.md "Player"; Oppia's conversation skin hook). */
const FIRST_CARD = '.e2e-test-conversation-content';

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

  const lane = async (): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(url, { timeout: plan.timeoutMs });
        await page
          .locator(FIRST_CARD)
          .first()
          .waitFor({ state: 'visible', timeout: plan.timeoutMs });
        result.done++;
      } catch (error) {
        result.failures.push({ url, error: (error as Error).message.split('\n')[0] ?? 'failed' });
      } finally {
        await context.close();
      }
    }
  };
  await Promise.all(Array.from({ length: plan.parallel }, lane));
  await browser.close();
  result.workMs = performance.now() - started;
  writeJson(resultFile, result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
