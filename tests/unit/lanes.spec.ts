import { expect, test } from '@playwright/test';
import {
  autoLanes,
  busyCpusBetween,
  LANE_MEMORY_SHARE,
  MAX_LANES,
  type CpuTimes,
  type WalkCost,
} from '../../config/lanes';
import { loadConfig, walkEnvironment } from '../../config';
import { cardDelayOf } from '../../scripts/target';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
/** A walk that spends 250 ms of CPU per card and waits 950 ms on the player. */
const COST: WalkCost = {
  cpuMsPerCard: 250,
  waitMsPerCard: 950,
  memoryPerLaneBytes: 500 * MiB,
  baseMemoryBytes: 500 * MiB,
};

test.describe('WORKERS=auto: lanes from the machine and the cost per card', () => {
  test('enough lanes to keep every CPU busy while each lane waits on the player', () => {
    // 2 CPUs × (250 + 950) / 250 = 9.6 → 10 lanes; memory allows far more.
    expect(autoLanes({ cpus: 2, memoryBytes: 64 * GiB }, COST)).toEqual({
      lanes: 10,
      byCpu: 10,
      byMemory: Math.floor((64 * GiB * LANE_MEMORY_SHARE - 500 * MiB) / (500 * MiB)),
    });
    expect(autoLanes({ cpus: 4, memoryBytes: 64 * GiB }, COST).lanes).toBe(20);
  });

  test('a costlier card or a shorter wait means fewer lanes', () => {
    expect(
      autoLanes({ cpus: 2, memoryBytes: 64 * GiB }, { ...COST, cpuMsPerCard: 950 }).lanes,
    ).toBe(4);
    expect(autoLanes({ cpus: 2, memoryBytes: 64 * GiB }, { ...COST, waitMsPerCard: 0 }).lanes).toBe(
      2,
    );
  });

  test('no more lanes than fit in the memory budget', () => {
    // 4 GiB × 0.5 − 500 MiB = 1548 MiB → 3 lanes of 500 MiB.
    expect(autoLanes({ cpus: 2, memoryBytes: 4 * GiB }, COST)).toMatchObject({
      lanes: 3,
      byMemory: 3,
    });
  });

  test('at least one lane, at most the cap', () => {
    expect(autoLanes({ cpus: 1, memoryBytes: 512 * MiB }, COST).lanes).toBe(1);
    expect(autoLanes({ cpus: 256, memoryBytes: 4096 * GiB }, COST).lanes).toBe(MAX_LANES);
  });

  test('an explicit WORKERS wins; auto is the default in full depth only', () => {
    expect(loadConfig({ WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ DEPTH: 'full', WORKERS: '1' }).workers).toBe(1);
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBe(loadConfig({}).workers);
    expect(loadConfig({ DEPTH: 'full' }).workers).toBeGreaterThanOrEqual(1);
    expect(() => loadConfig({ WORKERS: 'many' })).toThrow(
      'WORKERS="many" is not allowed: use auto (lanes from the CPUs, the memory and the cost per card) or a whole number from 1 to 64',
    );
  });
});

test('on a shared machine only the CPUs left free count, at least one', () => {
  const machine = { cpus: 4, memoryBytes: 64 * GiB };
  // 4 − 2 busy = 2 free CPUs: 2 × 1200 / 250 = 9.6 → 10 lanes.
  expect(autoLanes({ ...machine, busyCpus: 2 }, COST).lanes).toBe(10);
  expect(autoLanes({ ...machine, busyCpus: 2.5 }, COST).lanes).toBe(8);
  expect(autoLanes({ ...machine, busyCpus: 13 }, COST).lanes).toBe(5);
  expect(autoLanes({ ...machine, busyCpus: 0 }, COST).lanes).toBe(20);
});

test('the CPUs other work keeps busy, from two readings of the CPU time counters', () => {
  const at = (user: number, idle: number): CpuTimes => ({ user, nice: 0, sys: 0, idle, irq: 0 });
  // CPU 0: 400 of 500 ms busy; CPU 1: 100 of 500 ms busy → 0.8 + 0.2 = 1 CPU busy.
  expect(busyCpusBetween([at(0, 0), at(0, 0)], [at(400, 100), at(100, 400)])).toBeCloseTo(1);
  // An idle machine, and readings taken too close together to tell (no time elapsed).
  expect(busyCpusBetween([at(5, 5), at(5, 5)], [at(5, 505), at(5, 505)])).toBe(0);
  expect(busyCpusBetween([at(5, 5)], [at(5, 5)])).toBe(0);
  // A CPU that appears between the readings is not counted.
  expect(busyCpusBetween([at(0, 0)], [at(500, 0), at(500, 0)])).toBe(1);
});

test('WORKERS=auto is marked, so that the journey chooses the lanes again as browsers start', () => {
  expect(loadConfig({ DEPTH: 'full' }).lanesAuto).toBe(true);
  expect(loadConfig({ DEPTH: 'smoke', WORKERS: 'auto' }).lanesAuto).toBe(true);
  expect(loadConfig({ DEPTH: 'full', WORKERS: '2' }).lanesAuto).toBe(false);
  expect(loadConfig({ DEPTH: 'smoke' }).lanesAuto).toBe(false);
  const config = loadConfig({ DEPTH: 'full' });
  const run = { baseUrl: 'http://127.0.0.1:1', snapshotPath: '/tmp/s.json' };
  expect(walkEnvironment(config, { ...run, workers: 5 })['WORKERS']).toBe('5');
  // The chosen lanes reach Playwright as a plain number, which its config takes as is.
  expect(loadConfig({ DEPTH: 'full', WORKERS: '5' }).workers).toBe(5);
});

test("the embedded sandbox's card delay is read from its ready line, else Oppia's is assumed", () => {
  expect(
    cardDelayOf(
      'Oppia sandbox ready at http://127.0.0.1:4180 (scenario: healthy, 47 chapters, card delay 300 ms)',
    ),
  ).toBe(300);
  expect(
    cardDelayOf('Oppia sandbox ready at http://127.0.0.1:4180 (scenario: healthy)'),
  ).toBeNull();
});
