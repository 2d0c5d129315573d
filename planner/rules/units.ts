/**
 * The units a NumberWithUnits answer may carry, enough to decide IsEquivalentTo for the common
 * cases: length, mass, time, volume and money, with any exponents (areas, rates such as km/hr).
 * Oppia converts with mathjs `unit(...).equals(...)` after adding its currency units (dollar with
 * cents, rupee with paise: NumberWithUnitsObjectFactory.createCurrencyUnits); mathjs's factors are
 * the international definitions used here. A unit outside this table makes IsEquivalentTo
 * unevaluable rather than guessed.
 */
import type { UnitDict } from '../types';

type Dimension = 'length' | 'mass' | 'time' | 'usd' | 'inr';

interface UnitDefinition {
  /** Canonical name, used to compare units written differently ("$", "dollars"). */
  name: string;
  /** Size in base units (m, kg, s, dollar, rupee). */
  factor: number;
  dimensions: Partial<Record<Dimension, number>>;
}

const LENGTH = { length: 1 };
const MASS = { mass: 1 };
const TIME = { time: 1 };
const VOLUME = { length: 3 };

const DEFINITIONS: Array<[names: string[], factor: number, dims: UnitDefinition['dimensions']]> = [
  [['m', 'meter', 'meters', 'metre', 'metres'], 1, LENGTH],
  [['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'], 1000, LENGTH],
  [['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'], 0.01, LENGTH],
  [['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'], 0.001, LENGTH],
  [['in', 'inch', 'inches'], 0.0254, LENGTH],
  [['ft', 'foot', 'feet'], 0.3048, LENGTH],
  [['yd', 'yard', 'yards'], 0.9144, LENGTH],
  [['mi', 'mile', 'miles'], 1609.344, LENGTH],
  [['g', 'gram', 'grams', 'gm'], 0.001, MASS],
  [['kg', 'kilogram', 'kilograms'], 1, MASS],
  [['mg', 'milligram', 'milligrams'], 1e-6, MASS],
  [['lb', 'lbs', 'pound', 'pounds'], 0.45359237, MASS],
  [['oz', 'ounce', 'ounces'], 0.028349523125, MASS],
  [['tonne', 'tonnes'], 1000, MASS],
  [['ton', 'tons'], 907.18474, MASS],
  [['s', 'sec', 'secs', 'second', 'seconds'], 1, TIME],
  [['ms', 'millisecond', 'milliseconds'], 0.001, TIME],
  [['min', 'mins', 'minute', 'minutes'], 60, TIME],
  [['h', 'hr', 'hrs', 'hour', 'hours'], 3600, TIME],
  [['day', 'days'], 86400, TIME],
  [['week', 'weeks'], 604800, TIME],
  [['year', 'years', 'yr', 'yrs'], 31557600, TIME],
  [['l', 'L', 'liter', 'liters', 'litre', 'litres'], 0.001, VOLUME],
  [['ml', 'mL', 'milliliter', 'milliliters', 'millilitre', 'millilitres'], 1e-6, VOLUME],
  [['dollar', 'dollars', '$', 'USD'], 1, { usd: 1 }],
  [['cent', 'cents'], 0.01, { usd: 1 }],
  [['rupee', 'rupees', 'Rs', '₹', 'INR'], 1, { inr: 1 }],
  [['paise', 'paisa'], 0.01, { inr: 1 }],
];

const BY_NAME = new Map<string, UnitDefinition>();
for (const [names, factor, dimensions] of DEFINITIONS) {
  const definition = { name: names[0] as string, factor, dimensions };
  for (const name of names) BY_NAME.set(name, definition);
}

export function findUnit(name: string): UnitDefinition | null {
  return BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase()) ?? null;
}

/** Currency symbols are typed before the number: "$5", "Rs 5", "₹5". */
export const CURRENCY_PREFIXES: Record<string, string> = { $: 'dollar', Rs: 'rupee', '₹': 'rupee' };

/** The units list with names made canonical, merged and sorted, for IsEqualTo-style comparison. */
export function canonicalUnits(units: UnitDict[]): string {
  const exponents = new Map<string, number>();
  for (const u of units) {
    const name = findUnit(u.unit)?.name ?? u.unit;
    exponents.set(name, (exponents.get(name) ?? 0) + u.exponent);
  }
  return [...exponents.entries()]
    .filter(([, e]) => e !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, e]) => `${name}^${e}`)
    .join(' ');
}

/** A quantity in base units, or null when a unit is not in the table. */
export function toBase(
  value: number,
  units: UnitDict[],
): { value: number; dimensions: string } | null {
  let scaled = value;
  const dims = new Map<Dimension, number>();
  for (const u of units) {
    const definition = findUnit(u.unit);
    if (!definition) return null;
    scaled *= definition.factor ** u.exponent;
    for (const [dim, power] of Object.entries(definition.dimensions) as Array<
      [Dimension, number]
    >) {
      dims.set(dim, (dims.get(dim) ?? 0) + power * u.exponent);
    }
  }
  const dimensions = [...dims.entries()]
    .filter(([, e]) => e !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([d, e]) => `${d}^${e}`)
    .join(' ');
  return { value: scaled, dimensions };
}

/**
 * Units as a learner types them after the number: "km/hr", "m^2", "kg*m/s^2". Currency units
 * that are written as symbols are left to the caller (they go before the number).
 */
export function unitsToString(units: UnitDict[]): string {
  const power = (u: UnitDict, e: number) => (e === 1 ? u.unit : `${u.unit}^${e}`);
  const top = units.filter((u) => u.exponent > 0).map((u) => power(u, u.exponent));
  const bottom = units.filter((u) => u.exponent < 0).map((u) => power(u, -u.exponent));
  if (top.length === 0 && bottom.length > 0) {
    return units.map((u) => `${u.unit}^${u.exponent}`).join('*');
  }
  return [top.join('*'), ...bottom].filter(Boolean).join('/');
}

/**
 * Parses the units part of what a learner typed ("km/hr", "m^2", "kg*m/s^2", "km per hour" is
 * not supported). Null when the text is not a units expression this parser understands.
 */
export function parseUnits(text: string): UnitDict[] | null {
  const cleaned = text.replace(/[()]/g, ' ').trim();
  if (cleaned === '') return [];
  const [numerator = '', ...denominators] = cleaned.split('/');
  const units: UnitDict[] = [];
  const addFactors = (segment: string, sign: 1 | -1): boolean => {
    const factors = segment.split(/[*\s]+/).filter(Boolean);
    for (const factor of factors) {
      const match = /^([A-Za-z$₹µμ]+)(?:\^(-?\d+))?$/.exec(factor);
      if (!match) return false;
      units.push({ unit: match[1] as string, exponent: sign * Number(match[2] ?? 1) });
    }
    return factors.length > 0 || sign === 1;
  };
  if (!addFactors(numerator, 1)) return null;
  for (const segment of denominators) if (!addFactors(segment, -1)) return null;
  return units;
}
