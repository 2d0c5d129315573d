import { expect } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** Helpers shared by the tests/sandbox/server-*.spec.ts files. */

export const FIXTURES = fileURLToPath(new URL('./fixtures/server/', import.meta.url));
export const FIXTURE_CATALOG = `${FIXTURES}catalog`;
export const XSSI_PREFIX = ")]}'\n";

/** Starting a sandbox builds the browser bundle; give it room on a busy machine. */
export const START_TIMEOUT_MS = 120_000;

export interface OppiaResponse {
  status: number;
  headers: Headers;
  raw: string;
  body: unknown;
}

/** Fetches an Oppia JSON handler, asserting the XSSI prefix before parsing what follows it. */
export async function getOppia(
  base: string,
  path: string,
  init?: RequestInit,
): Promise<OppiaResponse> {
  const response = await fetch(base + path, init);
  const raw = await response.text();
  expect(raw.slice(0, 5), `${path} starts with the XSSI prefix`).toBe(XSSI_PREFIX);
  return {
    status: response.status,
    headers: response.headers,
    raw,
    body: JSON.parse(raw.slice(5)) as unknown,
  };
}

export async function getAdmin<T = unknown>(
  base: string,
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: T }> {
  const response = await fetch(base + path, init);
  return { status: response.status, body: (await response.json()) as T };
}

export function setScenario(
  base: string,
  name: string,
): Promise<{ status: number; body: unknown }> {
  return getAdmin(base, '/_sandbox/scenario', { method: 'PUT', body: JSON.stringify({ name }) });
}

type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';

function kindOf(value: unknown): Kind | 'undefined' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object'
    ? type
    : 'undefined';
}

/**
 * Asserts `actual` has exactly the keys of `spec`, each of one of the allowed kinds: the field
 * names and types of an Oppia backend dict.
 */
export function expectFields(
  actual: unknown,
  spec: Readonly<Record<string, Kind | readonly Kind[]>>,
  where: string,
): void {
  expect(kindOf(actual), `${where} is an object`).toBe('object');
  const record = actual as Record<string, unknown>;
  expect(Object.keys(record).sort(), `${where} keys`).toEqual(Object.keys(spec).sort());
  for (const [key, allowed] of Object.entries(spec)) {
    expect([allowed].flat(), `${where}.${key} kind`).toContain(kindOf(record[key]));
  }
}

/** Oppia's error body for a missing resource (base.py handle_exception). */
export function notFoundBody(base: string, path: string) {
  return { error: `Could not find the resource ${base}${path}.`, status_code: 404 };
}
