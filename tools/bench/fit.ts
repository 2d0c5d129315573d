/** How cost grows with the catalog: a straight line through (chapters, time) and memory growth. */

export interface Point {
  /** Chapters. */
  n: number;
  ms: number;
}

export interface LinearFit {
  /** Marginal cost of one more chapter (slope of time vs N). */
  perChapterMs: number;
  /** What the line puts at N = 0: start-up and other once-per-run work. */
  fixedMs: number;
  /** Average cost per chapter at each size (time / N). */
  averages: Array<{ n: number; msPerChapter: number }>;
  /**
   * Each chapter costs no more in the largest catalog than in the smallest (average per chapter at
   * the largest N at most `LINEAR_TOLERANCE` above the smallest's); null with fewer than two sizes.
   */
  linear: boolean | null;
}

/** Room for a noisy machine: the per-chapter average may rise this much before growth counts as worse than linear. */
export const LINEAR_TOLERANCE = 0.15;

/** Least squares through the points (an exact line through two). Throws on no points or a repeated single N. */
export function fitLinear(points: readonly Point[]): LinearFit {
  if (points.length === 0) throw new Error('fitLinear needs at least one point');
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const averages = sorted.map((p) => ({ n: p.n, msPerChapter: p.ms / p.n }));
  if (sorted.length === 1) {
    const only = sorted[0]!;
    return { perChapterMs: only.ms / only.n, fixedMs: 0, averages, linear: null };
  }
  const meanN = mean(sorted.map((p) => p.n));
  const meanMs = mean(sorted.map((p) => p.ms));
  const sxx = sorted.reduce((sum, p) => sum + (p.n - meanN) ** 2, 0);
  if (sxx === 0) throw new Error('fitLinear needs at least two different sizes');
  const sxy = sorted.reduce((sum, p) => sum + (p.n - meanN) * (p.ms - meanMs), 0);
  const perChapterMs = sxy / sxx;
  const first = averages[0]!.msPerChapter;
  const last = averages[averages.length - 1]!.msPerChapter;
  return {
    perChapterMs,
    fixedMs: meanMs - perChapterMs * meanN,
    averages,
    linear: last <= first * (1 + LINEAR_TOLERANCE),
  };
}

export interface MemoryGrowth {
  /** Peak RSS at the largest size minus at the smallest. */
  growthBytes: number;
  /** What the snapshot's growth allows (see memoryGrowth). */
  allowedBytes: number;
  flat: boolean;
}

/** A parsed JSON catalog takes several times its text in V8's heap; this many is generous. */
export const PARSED_SNAPSHOT_FACTOR = 10;
/** Run-to-run RSS noise allowed on top, as a share of the smaller peak. */
export const MEMORY_NOISE_SHARE = 0.05;

/**
 * "Peak memory does not grow with N beyond the size of the catalog snapshot": the growth of the
 * peak from the smallest to the largest size may be at most the snapshot's growth, parsed
 * (PARSED_SNAPSHOT_FACTOR times its JSON), in every process that loads it (the runner and each
 * worker), plus MEMORY_NOISE_SHARE of the smaller peak.
 */
export function memoryGrowth(
  smallest: { peakBytes: number; snapshotBytes: number },
  largest: { peakBytes: number; snapshotBytes: number },
  processesLoadingSnapshot: number,
): MemoryGrowth {
  const snapshotGrowth = Math.max(0, largest.snapshotBytes - smallest.snapshotBytes);
  const allowedBytes =
    snapshotGrowth * PARSED_SNAPSHOT_FACTOR * processesLoadingSnapshot +
    smallest.peakBytes * MEMORY_NOISE_SHARE;
  const growthBytes = largest.peakBytes - smallest.peakBytes;
  return { growthBytes, allowedBytes, flat: growthBytes <= allowedBytes };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
