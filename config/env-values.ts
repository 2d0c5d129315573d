import { z } from 'zod';

/**
 * Zod building blocks for environment variables. Each one reads a raw string (unset and blank both
 * mean "not given", so `SEED=` in a .env file falls back to the default) and either yields a typed
 * value or an issue whose message says what is allowed; `loadConfig` turns that into
 * `NAME="value" is not allowed: <allowed>`.
 */

function envVar<T>(allowed: string, parse: (text: string) => T | undefined) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T | undefined => {
      const text = raw?.trim();
      if (!text) return undefined;
      const value = parse(text);
      if (value === undefined) {
        ctx.addIssue({ code: 'custom', message: allowed });
        return z.NEVER;
      }
      return value;
    });
}

/** "a", "a or b", "a, b or c". */
export function formatChoices(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

export function oneOf<const T extends string>(values: readonly T[]) {
  return envVar(`use ${formatChoices(values)}`, (text) => values.find((value) => value === text));
}

/** Only the four spellings people mean; z.coerce.boolean() would read "false" as true. */
export function strictBoolean() {
  return envVar('use true, false, 1 or 0', (text) => {
    if (text === 'true' || text === '1') return true;
    if (text === 'false' || text === '0') return false;
    return undefined;
  });
}

/** The digits as a number when it lies from min to max. */
function wholeIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

export function wholeNumber(min: number, max: number) {
  return envVar(`use a whole number from ${min} to ${max}`, (text) => wholeIn(text, min, max));
}

/** `auto` or a whole number from min to max. */
export function autoOrWholeNumber(min: number, max: number, auto: string) {
  return envVar(`use auto (${auto}) or a whole number from ${min} to ${max}`, (text) =>
    text === 'auto' ? ('auto' as const) : wholeIn(text, min, max),
  );
}

/** 0 (meaning "none") or a whole number from min to max. */
export function noneOrWholeNumber(min: number, max: number, none: string) {
  return envVar(`use 0 (${none}) or a whole number from ${min} to ${max}`, (text) =>
    /^0+$/.test(text) ? 0 : wholeIn(text, min, max),
  );
}

/** A factor above 1, such as 2 or 1.5 (at most `max`). */
export function factor(max: number) {
  return envVar(`use a number above 1 and at most ${max}, such as 2 or 1.5`, (text) => {
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
    const value = Number(text);
    return value > 1 && value <= max ? value : undefined;
  });
}

export function share() {
  return envVar('use a number from 0 to 1, such as 0.25', (text) => {
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
    const value = Number(text);
    return value <= 1 ? value : undefined;
  });
}

/** Comma-separated names (filters): order kept, blanks and repeats dropped. */
export function nameList() {
  return envVar('use names separated by commas', (text) => splitList(text));
}

/** Comma-separated snake_case names (Oppia feature flags such as new_lesson_player). */
export function snakeCaseList(allowed: string) {
  return envVar(allowed, (text) => {
    const items = splitList(text);
    return items.length > 0 && items.every((item) => /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(item))
      ? items
      : undefined;
  });
}

/** Comma-separated subset of `values`, e.g. PROJECTS=desktop,mobile. */
export function subsetOf<const T extends string>(values: readonly T[]) {
  return envVar(`use ${formatChoices(values)}, separated by commas`, (text) => {
    const items = splitList(text);
    const known = items.filter((item): item is T => (values as readonly string[]).includes(item));
    return known.length === items.length && known.length > 0 ? known : undefined;
  });
}

export function matching(pattern: RegExp, allowed: string) {
  return envVar(allowed, (text) => (pattern.test(text) ? text : undefined));
}

export function anyText() {
  return envVar('use any text', (text) => text);
}

/**
 * An http(s) base URL, normalised to origin + path without a trailing slash, e.g.
 * "https://3-4-8-dot-oppiaserver.appspot.com/" -> "https://3-4-8-dot-oppiaserver.appspot.com".
 */
export function baseUrl() {
  return envVar(
    'use an http(s) URL without query or fragment, such as https://www.oppiatestserver.org',
    (text) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return undefined;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      if (url.search || url.hash || url.username || url.password) return undefined;
      return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
    },
  );
}

function splitList(text: string): string[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  return [...new Set(items)];
}
