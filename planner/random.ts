/**
 * Small helpers over an injected `rng` (a function returning floats in [0, 1), as Math.random
 * does). The suite passes a faker-seeded rng so a run's wrong answers are reproducible from its seed.
 */
export type Rng = () => number;

/** An integer in [min, max], both inclusive. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[randomInt(rng, 0, items.length - 1)];
  if (item === undefined) throw new Error('pick() needs at least one item');
  return item;
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(rng, 0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const SYLLABLES = [
  'zor',
  'blat',
  'quix',
  'vep',
  'drum',
  'kal',
  'mif',
  'yorp',
  'snab',
  'gliv',
  'trox',
];

/** A made-up word such as "quixvepdrum": unlikely to match any rule a creator wrote. */
export function randomWord(rng: Rng): string {
  const count = randomInt(rng, 2, 3);
  return Array.from({ length: count }, () => pick(rng, SYLLABLES)).join('');
}

/** A deterministic generator (mulberry32) for the planner's own sampling, e.g. of test points. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
