/**
 * NumberWithUnits. Submits `{type: 'real'|'fraction', real, fraction, units[{unit, exponent}]}`
 * parsed from text such as "2 km", "5 km/hr", "1 1/2 kg", "$5". Rules as in
 * extensions/interactions/NumberWithUnits/directives/number-with-units-rules.service.ts
 * @ fcff0cf9: IsEqualTo compares the dicts after a round trip through mathjs-compatible text (same
 * type, same number, same units); IsEquivalentTo converts fractions to reals and compares with
 * mathjs `unit(a).equals(unit(b))` (same quantity in base units), here through `units.ts`.
 */
import type { Rule } from '../normalize';
import { randomInt } from '../random';
import type { FractionDict, NumberWithUnitsDict, UnitDict } from '../types';
import {
  fractionToFloat,
  fractionToString,
  isFractionDict,
  parseFraction,
  sameFraction,
} from './fraction';
import { formatNumber, nearlyEqual, numberInput } from './numbers';
import { UnevaluableRuleError, defineRules, unenterable } from './types';
import {
  CURRENCY_PREFIXES,
  canonicalUnits,
  findUnit,
  parseUnits,
  toBase,
  unitsToString,
} from './units';

const ZERO_FRACTION: FractionDict = {
  isNegative: false,
  wholeNumber: 0,
  numerator: 0,
  denominator: 1,
};

function isNumberWithUnits(value: unknown): value is NumberWithUnitsDict {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    (v['type'] === 'real' || v['type'] === 'fraction') &&
    Array.isArray(v['units']) &&
    (v['type'] === 'real' ? numberInput(v['real']) !== null : isFractionDict(v['fraction']))
  );
}

function quantity(rule: Rule): NumberWithUnitsDict {
  const f = rule.inputs['f'];
  if (!isNumberWithUnits(f))
    throw new UnevaluableRuleError(`${rule.type} needs a number with units f`);
  return f;
}

function numericValue(v: NumberWithUnitsDict): number {
  return v.type === 'fraction' ? fractionToFloat(v.fraction) : Number(v.real);
}

function real(value: number, units: UnitDict[]): NumberWithUnitsDict {
  return { type: 'real', real: value, fraction: ZERO_FRACTION, units };
}

function isEqualTo(a: NumberWithUnitsDict, f: NumberWithUnitsDict): boolean {
  if (a.type !== f.type || canonicalUnits(a.units) !== canonicalUnits(f.units)) return false;
  return a.type === 'real'
    ? Number(a.real) === Number(f.real)
    : sameFraction(a.fraction, f.fraction);
}

function isEquivalentTo(a: NumberWithUnitsDict, f: NumberWithUnitsDict): boolean {
  // Same units: no conversion needed, even for units outside the table.
  if (canonicalUnits(a.units) === canonicalUnits(f.units)) {
    return nearlyEqual(numericValue(a), numericValue(f));
  }
  const left = toBase(numericValue(a), a.units);
  const right = toBase(numericValue(f), f.units);
  if (!left || !right) {
    const unknown = [...a.units, ...f.units].find((u) => !findUnit(u.unit));
    throw new UnevaluableRuleError(`unit "${unknown?.unit}" is not one the planner converts`);
  }
  return left.dimensions === right.dimensions && nearlyEqual(left.value, right.value);
}

/** "$", "Rs " or "₹" when the units start with a currency written before the number. */
function currencyPrefix(unit: UnitDict | undefined): string | null {
  if (!unit || unit.exponent !== 1) return null;
  if (unit.unit === '₹') return '₹';
  const canonical = findUnit(unit.unit)?.name;
  if (canonical === 'dollar') return '$';
  if (canonical === 'rupee') return 'Rs ';
  return null;
}

export function formatNumberWithUnits(v: NumberWithUnitsDict): string | null {
  const number =
    v.type === 'fraction' ? fractionToString(v.fraction) : formatNumber(Number(v.real));
  if (number === null) return null;
  const prefix = currencyPrefix(v.units[0]);
  const rest = prefix === null ? v.units : v.units.slice(1);
  const units = unitsToString(rest);
  return `${prefix ?? ''}${number}${units ? ` ${units}` : ''}`;
}

export function parseNumberWithUnits(raw: string): NumberWithUnitsDict | null {
  let text = raw.trim();
  const units: UnitDict[] = [];
  for (const [symbol, name] of Object.entries(CURRENCY_PREFIXES)) {
    if (text.startsWith(symbol)) {
      units.push({ unit: name, exponent: 1 });
      text = text.slice(symbol.length).trim();
      break;
    }
  }
  const match = /^(-?\s*\d+(?:\.\d+)?(?:\s+\d+\s*\/\s*\d+|\s*\/\s*\d+)?)(.*)$/.exec(text);
  if (!match) return null;
  const [, numberText = '', unitsText = ''] = match;
  const rest = parseUnits(unitsText);
  if (rest === null) return null;
  units.push(...rest);
  if (numberText.includes('/')) {
    const fraction = parseFraction(numberText);
    return fraction ? { type: 'fraction', real: 0, fraction, units } : null;
  }
  const value = Number(numberText.replace(/\s+/g, ''));
  return Number.isFinite(value) ? real(value, units) : null;
}

export const numberWithUnitsRules = defineRules<NumberWithUnitsDict>({
  id: 'NumberWithUnits',
  prepare(interaction) {
    const quantities = interaction.groups
      .flatMap((g) => g.rules)
      .map((r) => r.inputs['f'])
      .filter(isNumberWithUnits);
    return {
      matches(rule, value) {
        if (rule.type === 'IsEqualTo') return isEqualTo(value, quantity(rule));
        if (rule.type === 'IsEquivalentTo') return isEquivalentTo(value, quantity(rule));
        throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
      },
      fromSolution: (correct) => (isNumberWithUnits(correct) ? correct : null),
      *candidatesFor(rule) {
        if (rule.type !== 'IsEqualTo' && rule.type !== 'IsEquivalentTo') return;
        const f = quantity(rule);
        yield f;
        if (rule.type === 'IsEquivalentTo' && f.type === 'fraction')
          yield real(numericValue(f), f.units);
      },
      *fillers() {
        for (const f of quantities) {
          const n = numericValue(f);
          yield* [real(n + 1, f.units), real(n * 2 + 3, f.units), real(n + 1000, f.units)];
        }
        yield real(12345, []);
      },
      *randomValues(rng) {
        for (let i = 0; i < 30 && quantities.length > 0; i++) {
          const f = quantities[i % quantities.length] as NumberWithUnitsDict;
          yield real(
            Math.round(numericValue(f)) + randomInt(rng, 1, 50) * (i % 2 ? -1 : 1),
            f.units,
          );
        }
      },
      toAnswer(value) {
        const text = formatNumberWithUnits(value);
        return text === null
          ? unenterable(`${JSON.stringify(value)} cannot be typed`)
          : { kind: 'NumberWithUnits', text };
      },
      submitted(answer) {
        if (answer.kind !== 'NumberWithUnits') return unenterable('not a NumberWithUnits answer');
        return parseNumberWithUnits(answer.text) ?? unenterable(`cannot read “${answer.text}”`);
      },
    };
  },
});
