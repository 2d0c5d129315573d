/**
 * NumberWithUnits: parsing and rules, after Oppia's NumberWithUnitsObjectFactory /
 * UnitsObjectFactory and
 * extensions/interactions/NumberWithUnits/directives/number-with-units-rules.service.ts @03c81170.
 * Oppia converts with math.js (`unit(a).equals(unit(b))`); the sandbox carries a table of the
 * common units (length, mass, time, volume, Oppia's dollar and rupee currencies) instead.
 */
import type { FractionAnswer, NumberWithUnitsAnswer, UnitDict } from '../types';
import { FractionParseError, fractionToFloat, parseFraction } from './fraction';

export class UnitsParseError extends Error {}

type Dimension = Record<string, number>;
interface UnitDef {
  factor: number;
  dim: Dimension;
}

const L = { length: 1 };
const M = { mass: 1 };
const T = { time: 1 };
const V = { length: 3 };
const USD = { dollar: 1 };
const INR = { rupee: 1 };

function names(list: string[], def: UnitDef): Array<[string, UnitDef]> {
  return list.map((n) => [n, def]);
}

const UNIT_TABLE = new Map<string, UnitDef>([
  ...names(['m', 'meter', 'meters', 'metre', 'metres'], { factor: 1, dim: L }),
  ...names(['cm', 'centimeter', 'centimeters', 'centimetre', 'centimetres'], {
    factor: 0.01,
    dim: L,
  }),
  ...names(['mm', 'millimeter', 'millimeters', 'millimetre', 'millimetres'], {
    factor: 0.001,
    dim: L,
  }),
  ...names(['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres'], { factor: 1000, dim: L }),
  ...names(['in', 'inch', 'inches'], { factor: 0.0254, dim: L }),
  ...names(['ft', 'foot', 'feet'], { factor: 0.3048, dim: L }),
  ...names(['yd', 'yard', 'yards'], { factor: 0.9144, dim: L }),
  ...names(['mi', 'mile', 'miles'], { factor: 1609.344, dim: L }),
  ...names(['g', 'gram', 'grams', 'gm'], { factor: 0.001, dim: M }),
  ...names(['kg', 'kilogram', 'kilograms'], { factor: 1, dim: M }),
  ...names(['mg', 'milligram', 'milligrams'], { factor: 1e-6, dim: M }),
  ...names(['lb', 'lbs', 'pound', 'pounds'], { factor: 0.45359237, dim: M }),
  ...names(['oz', 'ounce', 'ounces'], { factor: 0.028349523125, dim: M }),
  ...names(['s', 'sec', 'secs', 'second', 'seconds'], { factor: 1, dim: T }),
  ...names(['min', 'mins', 'minute', 'minutes'], { factor: 60, dim: T }),
  ...names(['h', 'hr', 'hrs', 'hour', 'hours'], { factor: 3600, dim: T }),
  ...names(['day', 'days'], { factor: 86400, dim: T }),
  ...names(['week', 'weeks'], { factor: 604800, dim: T }),
  ...names(['l', 'L', 'liter', 'liters', 'litre', 'litres'], { factor: 0.001, dim: V }),
  ...names(['ml', 'mL', 'milliliter', 'milliliters', 'millilitre', 'millilitres'], {
    factor: 1e-6,
    dim: V,
  }),
  ...names(['$', 'dollar', 'dollars', 'Dollar', 'Dollars', 'USD'], { factor: 1, dim: USD }),
  ...names(['cent', 'cents', 'Cents'], { factor: 0.01, dim: USD }),
  ...names(['Rs', 'rupee', 'rupees', 'Rupee', 'Rupees', '₹', 'INR'], { factor: 1, dim: INR }),
  ...names(['paise', 'Paise'], { factor: 0.01, dim: INR }),
]);

const CURRENCY_PREFIXES = ['$', 'Rs', '₹'];

/** Parses a units string such as "km/hr", "m^2", "kg m s^-2" or "km per hour" into Oppia's list. */
export function parseUnits(raw: string): UnitDict[] {
  const text = raw.replace(/\bper\b/g, '/').trim();
  if (text === '') return [];
  const tokens = text.match(/[A-Za-z$₹]+|\^\s*-?\d+|[*/]|\S/g) ?? [];
  const units: UnitDict[] = [];
  let divideNext = false;
  for (const token of tokens) {
    if (token === '/') {
      divideNext = true;
    } else if (token === '*') {
      divideNext = false;
    } else if (token.startsWith('^')) {
      const last = units[units.length - 1];
      if (!last) throw new UnitsParseError(`Unexpected "${token}" in units "${raw}".`);
      last.exponent *= Number(token.slice(1).replace(/\s/g, ''));
    } else if (/^[A-Za-z$₹]+$/.test(token)) {
      units.push({ unit: token, exponent: divideNext ? -1 : 1 });
      divideNext = false;
    } else {
      throw new UnitsParseError(`Unit "${token}" not found.`);
    }
  }
  return mergeUnits(units);
}

function mergeUnits(units: UnitDict[]): UnitDict[] {
  const merged: UnitDict[] = [];
  for (const u of units) {
    const same = merged.find((m) => m.unit === u.unit);
    if (same) same.exponent += u.exponent;
    else merged.push({ ...u });
  }
  return merged.filter((u) => u.exponent !== 0);
}

const EMPTY_FRACTION: FractionAnswer = {
  isNegative: false,
  wholeNumber: 0,
  numerator: 0,
  denominator: 1,
};

/** Parses learner text such as "2 km", "3 km/hr", "$ 5", "1/2 kg" into Oppia's NumberWithUnits dict. */
export function parseNumberWithUnits(raw: string): NumberWithUnitsAnswer {
  let text = raw.trim();
  if (text === '') throw new UnitsParseError('Please enter a valid number');
  let currency: string | null = null;
  for (const prefix of CURRENCY_PREFIXES) {
    if (text.startsWith(prefix)) {
      currency = prefix;
      text = text.slice(prefix.length).trim();
      break;
    }
  }
  const numberMatch = /^-?\s*(\d+\s+\d+\s*\/\s*\d+|\d+\s*\/\s*\d+|\d*\.?\d+)/.exec(text);
  if (!numberMatch) throw new UnitsParseError('Please enter a valid number');
  const numberText = numberMatch[0];
  const unitsText = text.slice(numberText.length);
  const units = parseUnits(unitsText);
  if (currency !== null) units.unshift({ unit: currency, exponent: 1 });
  if (numberText.includes('/')) {
    try {
      return { type: 'fraction', real: 0, fraction: parseFraction(numberText), units };
    } catch (e) {
      if (e instanceof FractionParseError) throw new UnitsParseError(e.message);
      throw e;
    }
  }
  const real = Number(numberText.replace(/\s/g, ''));
  if (!Number.isFinite(real)) throw new UnitsParseError('Please enter a valid number');
  return { type: 'real', real, fraction: { ...EMPTY_FRACTION }, units };
}

function valueOf(n: NumberWithUnitsAnswer): number {
  return n.type === 'fraction' ? fractionToFloat(n.fraction) : n.real;
}

/** Value in base units and the dimension vector, for IsEquivalentTo. */
function toBase(n: NumberWithUnitsAnswer): { value: number; dim: Dimension } {
  let value = valueOf(n);
  const dim: Dimension = {};
  for (const u of n.units) {
    const def = UNIT_TABLE.get(u.unit) ?? { factor: 1, dim: { [`unit:${u.unit}`]: 1 } };
    value *= def.factor ** u.exponent;
    for (const [d, power] of Object.entries(def.dim)) {
      dim[d] = (dim[d] ?? 0) + power * u.exponent;
    }
  }
  for (const d of Object.keys(dim)) if (dim[d] === 0) delete dim[d];
  return { value, dim };
}

function sameDimension(a: Dimension, b: Dimension): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

function closeEnough(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameUnits(a: UnitDict[], b: UnitDict[]): boolean {
  const ma = mergeUnits(a);
  const mb = mergeUnits(b);
  return (
    ma.length === mb.length &&
    ma.every((u) => mb.some((v) => v.unit === u.unit && v.exponent === u.exponent))
  );
}

type UnitsInputs = { f: NumberWithUnitsAnswer };

export const numberWithUnitsRules = {
  /** Same number (same type and value) and the same units. */
  IsEqualTo: (a: NumberWithUnitsAnswer, i: UnitsInputs) =>
    a.type === i.f.type && valueOf(a) === valueOf(i.f) && sameUnits(a.units, i.f.units),
  /** Equal after conversion (2 km == 2000 m); fractions compared as their float values. */
  IsEquivalentTo: (a: NumberWithUnitsAnswer, i: UnitsInputs) => {
    const x = toBase(a);
    const y = toBase(i.f);
    return sameDimension(x.dim, y.dim) && closeEnough(x.value, y.value);
  },
};
