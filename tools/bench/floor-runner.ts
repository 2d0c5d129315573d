/**
 * The floor as a child process: `node --import tsx tools/bench/floor-runner.ts <plan> <result>`.
 * Fetches every request of a FloorPlan, `concurrency` at a time; the bundle once (found in the
 * first page's shell), each chapter's images after its init.
 */
import { bundlePaths, imagePaths, initExplorationId } from './floor';
import { readJson, runnerFiles, writeJson, type FloorPlan, type RunnerResult } from './runner-io';

async function main(): Promise<void> {
  const [planFile, resultFile] = runnerFiles(
    process.argv.slice(2),
    'Usage: floor-runner.ts <plan.json> <result.json>',
  );
  const plan = readJson<FloorPlan>(planFile);
  const result: RunnerResult = { workMs: 0, done: 0, failures: [], requests: 0, bytes: 0 };

  const get = async (path: string): Promise<string> => {
    const url = `${plan.baseUrl}${path}`;
    result.requests! += 1;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(plan.timeoutMs) });
      const body = await response.text();
      result.bytes! += Buffer.byteLength(body);
      if (!response.ok) result.failures.push({ url, error: `HTTP ${response.status}` });
      else result.done++;
      return body;
    } catch (error) {
      result.failures.push({ url, error: (error as Error).message });
      return '';
    }
  };

  const started = performance.now();
  const [first, ...rest] = plan.paths;
  // Lanes pull from one queue (memory stays flat with N); a chapter's images go to the front.
  const queue = first === undefined ? [] : [...bundlePaths(await get(first)), ...rest];
  const lane = async (): Promise<void> => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const body = await get(path);
      const explorationId = initExplorationId(path);
      if (explorationId !== null) queue.unshift(...imagePaths(explorationId, body));
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, lane));
  result.workMs = performance.now() - started;
  writeJson(resultFile, result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
