import { expect, test } from '@playwright/test';
import {
  fitLinear,
  memoryGrowth,
  MEMORY_NOISE_SHARE,
  PARSED_SNAPSHOT_FACTOR,
} from '../../tools/bench/fit';

test.describe('bench fit', () => {
  test('two sizes: the line through them gives the per-chapter and fixed cost', () => {
    const fit = fitLinear([
      { n: 1000, ms: 210_000 },
      { n: 200, ms: 50_000 },
    ]);
    expect(fit.perChapterMs).toBeCloseTo(200);
    expect(fit.fixedMs).toBeCloseTo(10_000);
    expect(fit.averages).toEqual([
      { n: 200, msPerChapter: 250 },
      { n: 1000, msPerChapter: 210 },
    ]);
    expect(fit.linear).toBe(true);
  });

  test('more sizes: least squares', () => {
    const fit = fitLinear([
      { n: 100, ms: 1_100 },
      { n: 200, ms: 2_000 },
      { n: 300, ms: 3_100 },
    ]);
    expect(fit.perChapterMs).toBeCloseTo(10);
    expect(fit.fixedMs).toBeCloseTo(66.67, 1);
  });

  test('a per-chapter cost that rises with N is not linear', () => {
    const fit = fitLinear([
      { n: 200, ms: 40_000 },
      { n: 1000, ms: 400_000 },
    ]);
    expect(fit.averages.map((a) => a.msPerChapter)).toEqual([200, 400]);
    expect(fit.linear).toBe(false);
    // Within the tolerance for noise it still counts as linear.
    expect(
      fitLinear([
        { n: 200, ms: 40_000 },
        { n: 1000, ms: 229_000 },
      ]).linear,
    ).toBe(true);
  });

  test('one size: average only, linearity unknown; no size or one repeated size: an error', () => {
    expect(fitLinear([{ n: 50, ms: 5_000 }])).toEqual({
      perChapterMs: 100,
      fixedMs: 0,
      averages: [{ n: 50, msPerChapter: 100 }],
      linear: null,
    });
    expect(() => fitLinear([])).toThrow('at least one point');
    expect(() =>
      fitLinear([
        { n: 5, ms: 1 },
        { n: 5, ms: 2 },
      ]),
    ).toThrow('two different sizes');
  });

  test('memory: growth within the parsed snapshot in every loading process plus noise is flat', () => {
    const MiB = 2 ** 20;
    const small = { peakBytes: 1000 * MiB, snapshotBytes: 0.1 * MiB };
    const large = { peakBytes: 0, snapshotBytes: 0.5 * MiB };
    const allowed = 0.4 * MiB * PARSED_SNAPSHOT_FACTOR * 3 + 1000 * MiB * MEMORY_NOISE_SHARE;
    const flat = memoryGrowth(small, { ...large, peakBytes: 1000 * MiB + allowed }, 3);
    expect(flat).toEqual({ growthBytes: allowed, allowedBytes: allowed, flat: true });
    expect(memoryGrowth(small, { ...large, peakBytes: 1000 * MiB + allowed + 1 }, 3).flat).toBe(
      false,
    );
    // Less memory at the larger size is flat too.
    expect(memoryGrowth(small, { ...large, peakBytes: 900 * MiB }, 3).flat).toBe(true);
  });
});
