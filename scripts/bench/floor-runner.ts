/**
 * The floor as a child process: `node --import tsx scripts/bench/floor-runner.ts <plan> <result>`.
 * Fetches every request of a FloorPlan with bounded concurrency; the bundle once (found in the
 * first page's shell), each chapter's images after its init.
 */
import { createLimiter } from '../../catalog/limit';
import { bundlePaths, imagePaths, initExplorationId } from './floor';
import { readJson, runnerFiles, writeJson, type FloorPlan, type RunnerResult } from './runner-io';

async function main(): Promise<void> {
  const [planFile, resultFile] = runnerFiles(
    process.argv.slice(2),
    'Usage: floor-runner.ts <plan.json> <result.json>',
  );
  const plan = readJson<FloorPlan>(planFile);
  const limit = createLimiter(plan.concurrency);
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
  if (first !== undefined) {
    const shell = await get(first);
    await Promise.all(bundlePaths(shell).map((path) => limit(() => get(path))));
  }
  await Promise.all(
    rest.map((path) =>
      limit(() => get(path)).then(async (body) => {
        const explorationId = initExplorationId(path);
        if (explorationId === null) return;
        await Promise.all(imagePaths(explorationId, body).map((image) => limit(() => get(image))));
      }),
    ),
  );
  result.workMs = performance.now() - started;
  writeJson(resultFile, result);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
