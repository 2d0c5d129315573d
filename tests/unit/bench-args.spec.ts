import { expect, test } from '@playwright/test';
import {
  BenchArgsError,
  DEFAULT_SIZES,
  MODES,
  parseBenchArgs,
  QUICK_MODES,
  QUICK_SIZES,
} from '../../tools/bench/args';

test.describe('bench arguments', () => {
  test('defaults: 24 real-size lessons at Oppia’s 950 ms, the played-lessons modes, reports/bench', () => {
    const options = parseBenchArgs([]);
    expect(options.sizes).toEqual(DEFAULT_SIZES);
    expect(options.sizes).toEqual([24]);
    expect(options.modes).toEqual([
      'naive-full-1',
      'naive-full-2',
      'full-2-right',
      'full-2-right-noaudit',
      'full-auto',
    ]);
    expect(options.outDir).toBe('reports/bench');
    expect(options.cardDelayMs).toBe(950);
    expect(options.autoRuns).toBe(1);
    expect(options.quick).toBe(false);
  });

  test('the played-lessons aliases and --auto-runs', () => {
    expect(parseBenchArgs(['--modes', 'naive-full,audit']).modes).toEqual([
      'naive-full-1',
      'naive-full-2',
      'full-2-right',
      'full-2-right-noaudit',
    ]);
    expect(parseBenchArgs(['--auto-runs', '3']).autoRuns).toBe(3);
    expect(() => parseBenchArgs(['--auto-runs', '0'])).toThrow(
      '--auto-runs "0" is not allowed: use a whole number from 1 to 10',
    );
  });

  test('--quick: small sizes and fewer modes, each overridable', () => {
    const quick = parseBenchArgs(['--quick']);
    expect(quick.sizes).toEqual(QUICK_SIZES);
    expect(quick.modes).toEqual([...QUICK_MODES]);
    expect(quick.modes.length).toBeLessThan(MODES.length);
    expect(parseBenchArgs(['--quick', '--sizes', '10']).sizes).toEqual([10]);
    expect(parseBenchArgs(['--modes', 'floor', '--quick']).modes).toEqual(['floor']);
  });

  test('sizes are sorted; modes keep the canonical order and "naive" means both naive runs', () => {
    expect(parseBenchArgs(['--sizes', '1000, 200']).sizes).toEqual([200, 1000]);
    expect(parseBenchArgs(['--modes=full-2,naive,floor']).modes).toEqual([
      'naive-1',
      'naive-2',
      'floor',
      'full-2',
    ]);
    expect(parseBenchArgs(['--modes', 'naive-2,naive']).modes).toEqual(['naive-1', 'naive-2']);
  });

  test('values: --out, --card-delay, --mode-timeout in minutes, --floor-concurrency', () => {
    const options = parseBenchArgs([
      '--out',
      '/tmp/b',
      '--card-delay=0',
      '--mode-timeout',
      '30',
      '--floor-concurrency',
      '12',
    ]);
    expect(options.outDir).toBe('/tmp/b');
    expect(options.cardDelayMs).toBe(0);
    expect(options.modeTimeoutMs).toBe(30 * 60_000);
    expect(options.floorConcurrency).toBe(12);
  });

  const refused: Array<[string[], string]> = [
    [['--size', '200'], 'unknown argument "--size": use --sizes, --modes'],
    [['200'], 'unknown argument "200"'],
    [['--sizes'], '--sizes needs a value, e.g. --sizes 200,1000'],
    [['--sizes', '--quick'], '--sizes needs a value'],
    [['--sizes', '200,abc'], '--sizes "abc" is not allowed: use a whole number from 1 to 100000'],
    [['--sizes', '0'], '--sizes "0" is not allowed'],
    [['--sizes', '200,200'], '--sizes "200,200" repeats a size: give each size once'],
    [['--sizes', ','], '--sizes "," is empty'],
    [
      ['--modes', 'full-3'],
      '--modes: unknown mode "full-3": use naive, naive-full, audit, lanes, naive-1, naive-2, naive-full-1',
    ],
    [
      ['--card-delay', '-5'],
      '--card-delay "-5" is not allowed: use a whole number from 0 to 60000',
    ],
    [['--mode-timeout', '1.5'], '--mode-timeout "1.5" is not allowed'],
    [
      ['--floor-concurrency', '0'],
      '--floor-concurrency "0" is not allowed: use a whole number from 1 to 64',
    ],
  ];
  for (const [argv, message] of refused) {
    test(`refuses ${argv.join(' ')} naming the problem and the fix`, () => {
      expect(() => parseBenchArgs(argv)).toThrow(BenchArgsError);
      expect(() => parseBenchArgs(argv)).toThrow(message);
    });
  }
});
