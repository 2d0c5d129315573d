/**
 * WORKERS=auto: how many lanes (Playwright workers) a full-depth walk runs, from the machine and
 * the walk's measured cost per card.
 *
 * A played card costs the walk `cpuMsPerCard` of CPU (the worker's node, its Chromium, the
 * evidence, the audit) and then waits: Oppia's player holds every answer for at least
 * MIN_CARD_LOADING_DELAY_MSEC = 950 ms before it shows the response (Oppia: core/templates/pages/
 * exploration-player-page/current-lesson-player/learner-experience/conversation-skin.component.ts
 * `submitAnswer`, a client-side timer; the new player's services/conversation-flow.service.ts
 * `_calculateDelayForNextCard`; supplemental interactions wait 1 ms instead). One lane therefore keeps
 * cpu / (cpu + wait) of a CPU busy, and `cpus` CPUs are kept busy by
 *
 *     byCpu = ceil(cpus × (cpu + wait) / cpu)
 *
 * lanes, with `cpus` the CPUs not already busy when the walk starts (the CPU count less the CPUs
 * other work keeps busy, at least one: on a machine shared with other work, more lanes only wait
 * for a CPU and risk the card budget). `npm run journey` measures that work over half a second
 * just before the browsers start (busyCpusBetween); a bare `playwright test` falls back to the
 * 1-minute load average, which still counts work that has just ended. `wait` is the target's card
 * delay: Oppia's 950 ms, or the embedded sandbox's own. Each lane also holds a worker and its own
 * Chromium in memory, so no more lanes than fit in `memoryShare` of the machine's memory:
 *
 *     byMemory = floor((memory × memoryShare − baseMemory) / memoryPerLane)
 *
 * The walk runs min(byCpu, byMemory) lanes, at least 1 and at most 64. More lanes than byCpu add
 * only waiting for a CPU (and the risk of timeouts from oversubscription); fewer leave CPUs idle
 * while every lane waits on the player. docs/bench.md has the figures the constants come from.
 */

export interface LaneMachine {
  /** CPUs this process may run on (os.availableParallelism()). */
  cpus: number;
  /** The machine's memory (os.totalmem()). */
  memoryBytes: number;
  /**
   * CPUs other work keeps busy when the walk starts (busyCpusBetween over a short sample, or the
   * 1-minute load average): on a shared machine only the CPUs it leaves free count, at least one.
   */
  busyCpus?: number;
}

/** One CPU's time counters, as os.cpus()[i].times gives them (milliseconds since boot). */
export interface CpuTimes {
  user: number;
  nice: number;
  sys: number;
  idle: number;
  irq: number;
}

/**
 * How many CPUs were busy between two readings of os.cpus() times: the busy share of every CPU's
 * elapsed time, summed. 0 when no time elapsed (the readings are the same).
 */
export function busyCpusBetween(before: readonly CpuTimes[], after: readonly CpuTimes[]): number {
  let busy = 0;
  for (const [i, end] of after.entries()) {
    const start = before[i];
    if (!start) continue;
    const total = (['user', 'nice', 'sys', 'idle', 'irq'] as const).reduce(
      (sum, key) => sum + Math.max(0, end[key] - start[key]),
      0,
    );
    if (total > 0) busy += 1 - Math.max(0, end.idle - start.idle) / total;
  }
  return busy;
}

export interface WalkCost {
  /** CPU time of the whole walk (runner, workers, every Chromium) per card played. */
  cpuMsPerCard: number;
  /** Time a card waits on the player per card, using no CPU: Oppia's minimum card delay. */
  waitMsPerCard: number;
  /** Peak resident memory one more lane adds (a worker and its Chromium, summed over processes). */
  memoryPerLaneBytes: number;
  /** What the walk holds whatever its lanes (npm, the runner). */
  baseMemoryBytes: number;
}

const MiB = 2 ** 20;

/**
 * Measured with `npm run bench` on 24 real-size generated lessons at 950 ms (docs/bench.md,
 * "Played lessons at Oppia's pace, on a quiet machine").
 */
export const WALK_COST: WalkCost = {
  // The default walk (wrong answers first on a quarter of the cards, the audit on) at 5 lanes:
  // 524-542 ms of CPU per card over three walks, start-up and page tests included (515 ms at 6
  // lanes in the lane sweep, 561 at 8: more lanes cost a little more per card).
  cpuMsPerCard: 530,
  waitMsPerCard: 950,
  // The lane sweep's peaks (summed RSS of every process): 3265 MiB at 2 lanes, 5734 at 4, 8252
  // at 6, 10743 at 8, about 1250 MiB a lane.
  memoryPerLaneBytes: 1250 * MiB,
  baseMemoryBytes: 600 * MiB,
};

/** The share of the machine's memory auto lanes may fill (the target: peak under 60%). */
export const LANE_MEMORY_SHARE = 0.5;
export const MAX_LANES = 64;

export interface AutoLanes {
  lanes: number;
  /** Lanes that keep every CPU busy at the walk's cost per card. */
  byCpu: number;
  /** Lanes that fit in LANE_MEMORY_SHARE of the memory. */
  byMemory: number;
}

export function autoLanes(machine: LaneMachine, cost: WalkCost = WALK_COST): AutoLanes {
  const cpus = Math.max(1, Math.floor(machine.cpus) - Math.max(0, machine.busyCpus ?? 0));
  const cpu = Math.max(1, cost.cpuMsPerCard);
  const byCpu = Math.ceil((cpus * (cpu + Math.max(0, cost.waitMsPerCard))) / cpu);
  const budget = machine.memoryBytes * LANE_MEMORY_SHARE - cost.baseMemoryBytes;
  const byMemory = Math.floor(budget / Math.max(1, cost.memoryPerLaneBytes));
  const lanes = Math.min(MAX_LANES, Math.max(1, Math.min(byCpu, byMemory)));
  return { lanes, byCpu, byMemory };
}
