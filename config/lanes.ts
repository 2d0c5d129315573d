/**
 * WORKERS=auto: how many lanes (Playwright workers) a full-depth walk runs, from the machine and
 * the walk's measured cost per card.
 *
 * A played card costs the walk `cpuMsPerCard` of CPU (the worker's node, its Chromium, the
 * evidence, the audit) and then waits: Oppia's player holds every answer for at least
 * MIN_CARD_LOADING_DELAY_MSEC = 950 ms (core/templates/pages/exploration-player-page/services/
 * conversation-skin.service.ts) before it shows the response. One lane therefore keeps
 * cpu / (cpu + wait) of a CPU busy, and `cpus` CPUs are kept busy by
 *
 *     byCpu = ceil(cpus × (cpu + wait) / cpu)
 *
 * lanes, with `cpus` the CPUs not already busy when the walk starts (the CPU count less the load
 * average, at least one: on a machine shared with other work, more lanes only wait for a CPU and
 * risk the card budget). Each lane also holds a worker and its own Chromium in memory, so no more lanes than fit in
 * `memoryShare` of the machine's memory:
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
   * Work already running on the machine when the walk starts (the 1-minute load average,
   * os.loadavg()[0]): on a shared machine only the CPUs it leaves free are counted, at least one.
   */
  loadAverage?: number;
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
 * Measured with `npm run bench -- --quick --sizes 4` on real-size generated lessons at 950 ms
 * (docs/bench.md, "Lanes from the machine").
 */
export const WALK_COST: WalkCost = {
  // full-2-right: 481 ms per card at 2 lanes (start-up and page tests included); the default walk
  // adds a wrong answer on a quarter of the cards, and more lanes cost more per card.
  cpuMsPerCard: 600,
  waitMsPerCard: 950,
  // full-auto at 7 lanes peaked 5.7 GiB above full-2-right at 2 (summed RSS of every process).
  memoryPerLaneBytes: 1150 * MiB,
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
  const cpus = Math.max(1, Math.floor(machine.cpus) - Math.max(0, machine.loadAverage ?? 0));
  const cpu = Math.max(1, cost.cpuMsPerCard);
  const byCpu = Math.ceil((cpus * (cpu + Math.max(0, cost.waitMsPerCard))) / cpu);
  const budget = machine.memoryBytes * LANE_MEMORY_SHARE - cost.baseMemoryBytes;
  const byMemory = Math.floor(budget / Math.max(1, cost.memoryPerLaneBytes));
  const lanes = Math.min(MAX_LANES, Math.max(1, Math.min(byCpu, byMemory)));
  return { lanes, byCpu, byMemory };
}
