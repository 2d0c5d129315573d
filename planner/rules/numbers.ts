/** Number helpers shared by the numeric interactions. */

/**
 * A number as a learner types it: no trailing zeros, no exponent, float noise rounded away
 * (0.1 + 0.2 -> "0.3"). Null when the number cannot be typed in plain decimal notation.
 */
export function formatNumber(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const rounded = Number.isInteger(n) ? n : parseFloat(n.toPrecision(12));
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  if (Math.abs(rounded) >= 1e21) return null;
  return rounded.toFixed(20).replace(/\.?0+$/, '');
}

export function gcd(a: number, b: number): number {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** Equal up to float noise, relative to the size of the numbers. */
export function nearlyEqual(a: number, b: number, relative = 1e-9): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= relative * Math.max(1, Math.abs(a), Math.abs(b));
}

/** A rule input that must be a number (some old content stores numbers as strings). */
export function numberInput(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}
