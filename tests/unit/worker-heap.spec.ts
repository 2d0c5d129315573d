import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { inheritedEnv } from '../../config';
import { workerNodeOptions } from '../../config/worker-heap';

test.describe('the workers’ heap cap', () => {
  test('is appended to NODE_OPTIONS, keeping what is there', () => {
    expect(workerNodeOptions(undefined, 256)).toBe('--max-old-space-size=256');
    expect(workerNodeOptions('  ', 256)).toBe('--max-old-space-size=256');
    expect(workerNodeOptions('--enable-source-maps', 512)).toBe(
      '--enable-source-maps --max-old-space-size=512',
    );
  });

  test('a cap the user set wins, and none means NODE_OPTIONS as it is', () => {
    expect(workerNodeOptions('--max-old-space-size=1024', 256)).toBe('--max-old-space-size=1024');
    expect(workerNodeOptions('--trace-gc --max-old-space-size 1024', 256)).toBe(
      '--trace-gc --max-old-space-size 1024',
    );
    expect(workerNodeOptions('--max_old_space_size=2048', 256)).toBe('--max_old_space_size=2048');
    expect(workerNodeOptions('--trace-gc', null)).toBe('--trace-gc');
    expect(workerNodeOptions(undefined, null)).toBeUndefined();
  });

  test('Node takes it: a process started with it has that heap limit', () => {
    const limitMb = (nodeOptions: string | undefined): number =>
      Number(
        execFileSync(
          process.execPath,
          ['-e', 'process.stdout.write(String(require("v8").getHeapStatistics().heap_size_limit))'],
          { env: inheritedEnv({ NODE_OPTIONS: nodeOptions ?? '' }) },
        ),
      ) /
      2 ** 20;
    const capped = limitMb(workerNodeOptions(undefined, 256));
    // heap_size_limit is the old space plus the young generation's share.
    expect(capped).toBeGreaterThanOrEqual(256);
    expect(capped).toBeLessThan(256 + 64);
    expect(limitMb(workerNodeOptions(undefined, null))).toBeGreaterThan(capped);
  });
});
