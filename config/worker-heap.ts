/**
 * The heap cap of Playwright's workers.
 *
 * Why: a worker's live heap stays near 100 MiB however many chapters it walks (87-126 MiB after a
 * collection, measured at 1000 chapters), but V8 sizes its next collection on how fast it collects,
 * so on a long walk a worker's resident memory climbed to four times that with garbage: two
 * workers went from 491 MiB at 200 chapters to 864 MiB at 1000 (smoke). Capping the old space at
 * 256 MiB keeps them at 458 MiB at 1000 chapters, at no cost in time within the noise of the
 * measurement (docs/bench.md, "Where the memory grows"). A worker that ever needs more than its cap
 * fails loudly ("JavaScript heap out of memory", reported by Playwright as a worker crash), never
 * silently: raise WORKER_HEAP_MB then, or set it to 0 for no cap.
 *
 * Only the workers get the cap. The runner keeps every test's result until the end of the walk, so
 * its heap does grow with the catalog, and a cap could stop a large walk.
 */
const HEAP_FLAG = '--max-old-space-size';

/**
 * NODE_OPTIONS for the workers: `current` with the cap appended. A cap already in `current` (the
 * user's own) wins, and `heapMb` null leaves `current` as it is.
 */
export function workerNodeOptions(
  current: string | undefined,
  heapMb: number | null,
): string | undefined {
  if (heapMb === null) return current;
  const options = current?.trim() ?? '';
  // V8 reads `--max_old_space_size` the same way.
  const isCap = (option: string) => option.split('=')[0]!.replaceAll('_', '-') === HEAP_FLAG;
  if (options.split(/\s+/).some(isCap)) return current;
  return [options, `${HEAP_FLAG}=${heapMb}`].filter(Boolean).join(' ');
}
