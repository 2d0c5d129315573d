import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { FAILURE_CATEGORIES, type FailureCategory } from './categories';
import type { KnownFailureRef } from './summary-schema';

/**
 * The checked-in list of known failures (KNOWN_FAILURES, default `known-failures.yaml`): chapters or
 * pages known to be broken on a target, each with the failure's category, the bug that tracks it,
 * an optional expiry and a reason. A failure that matches an entry (same chapter or page, same
 * category, not expired) is *known*: counted apart in summary.json, marked in the Allure report
 * (an Allure 3 resolution linking the bug), and it does not fail the quality gate.
 */
export interface KnownFailure {
  /** An exploration id (a chapter), or null for a page entry. */
  chapter: string | null;
  /** A page's URL path, such as `/learn/math/place-values`, or null for a chapter entry. */
  page: string | null;
  category: FailureCategory;
  bug: string;
  /** `YYYY-MM-DD`: from the day after, a matching failure counts as a plain failure again. */
  expires: string | null;
  reason: string;
  /** Line of the entry in the file, for messages. */
  line: number;
}

export class KnownFailuresError extends Error {
  override name = 'KnownFailuresError';
}

const FIELDS = ['chapter', 'page', 'category', 'bug', 'expires', 'reason'] as const;
const CATEGORIES = Object.keys(FAILURE_CATEGORIES) as FailureCategory[];
const EXPLORATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads and checks the file; a missing file is an empty list. Throws KnownFailuresError. */
export function readKnownFailures(path: string): KnownFailure[] {
  if (!existsSync(path)) return [];
  return parseKnownFailures(readFileSync(path, 'utf8'), path);
}

/**
 * Parses the YAML text of a known-failures file. Every problem names the file, the line and the
 * field, and says what is allowed.
 */
export function parseKnownFailures(text: string, file = 'known-failures.yaml'): KnownFailure[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lines.linePos(node.range[0]).line : 1;
  const fail = (line: number, message: string): never => {
    throw new KnownFailuresError(`${file} line ${line}: ${message}`);
  };
  const yamlError = doc.errors[0];
  if (yamlError) fail(lines.linePos(yamlError.pos[0]).line, `not valid YAML: ${yamlError.message}`);
  const root = doc.contents;
  if (root === null) return [];
  if (!isSeq(root))
    fail(lineOf(root), 'the file must be a list of entries (each line starting with "- ").');
  const entries: KnownFailure[] = [];
  for (const item of (root as { items: unknown[] }).items) {
    const node = item as Node;
    const at = lineOf(node);
    if (!isMap(node))
      fail(at, 'each entry must be a mapping with chapter or page, category, bug and reason.');
    const map = node as unknown as { items: Array<{ key: Node; value: Node | null }> };
    const values: Partial<Record<(typeof FIELDS)[number], { text: string; line: number }>> = {};
    for (const pair of map.items) {
      const key = String((pair.key as unknown as { value: unknown }).value);
      const line = lineOf(pair.key);
      if (!(FIELDS as readonly string[]).includes(key))
        fail(line, `unknown field "${key}"; an entry has ${FIELDS.join(', ')}.`);
      const raw = (pair.value as unknown as { value?: unknown } | null)?.value;
      if (raw === undefined || raw === null || typeof raw === 'object')
        fail(line, `field "${key}" must be a single value.`);
      values[key as (typeof FIELDS)[number]] = { text: String(raw).trim(), line };
    }
    const { chapter, page, category, bug, expires, reason } = values;
    if (!chapter === !page)
      fail(
        at,
        'an entry names exactly one of "chapter" (an exploration id) or "page" (a URL path).',
      );
    if (chapter && !EXPLORATION_ID.test(chapter.text))
      fail(
        chapter.line,
        `field "chapter" must be an exploration id such as K645IfRNzpKy, got "${chapter.text}".`,
      );
    if (page && !/^\/\S*$/.test(page.text))
      fail(
        page.line,
        `field "page" must be a URL path such as /learn/math/place-values, got "${page.text}".`,
      );
    if (!category)
      fail(at, 'field "category" is missing; use one of ' + CATEGORIES.join(', ') + '.');
    if (!CATEGORIES.includes(category!.text as FailureCategory))
      fail(
        category!.line,
        `field "category" must be one of ${CATEGORIES.join(', ')}, got "${category!.text}".`,
      );
    if (!bug) fail(at, 'field "bug" is missing; give the http(s) link to the bug.');
    if (!/^https?:\/\/[^/\s]+\/\S*[^/\s]$/.test(bug!.text))
      fail(bug!.line, `field "bug" must be an http(s) link to the bug, got "${bug!.text}".`);
    if (!reason || reason.text === '')
      fail(reason?.line ?? at, 'field "reason" is missing; say in a few words why it is known.');
    if (expires && !isDate(expires.text))
      fail(expires.line, `field "expires" must be a date YYYY-MM-DD, got "${expires.text}".`);
    entries.push({
      chapter: chapter?.text ?? null,
      page: page?.text ?? null,
      category: category!.text as FailureCategory,
      bug: bug!.text,
      expires: expires?.text ?? null,
      reason: reason!.text,
      line: at,
    });
  }
  return entries;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** True when the entry's expiry date has passed on `now` (it holds through its expiry day). */
export function isExpired(entry: KnownFailure, now: Date): boolean {
  return entry.expires !== null && now.toISOString().slice(0, 10) > entry.expires;
}

/** What a test walked, as the known-failures file names it. */
export interface KnownSubject {
  explorationId?: string | undefined;
  url: string;
  kind: 'chapter' | 'page';
}

/** The entry naming this chapter or page, whatever its category or expiry. */
export function entryFor(
  entries: readonly KnownFailure[],
  subject: KnownSubject,
): KnownFailure | null {
  return (
    entries.find((e) =>
      subject.kind === 'chapter'
        ? e.chapter !== null && e.chapter === subject.explorationId
        : e.page !== null && e.page === new URL(subject.url).pathname,
    ) ?? null
  );
}

/**
 * How a failure stands against the list: `known` (an entry names it with this category and has not
 * expired), `expired` (it would be known but the entry has expired: a plain failure), or null.
 */
export function knownStatus(
  entries: readonly KnownFailure[],
  subject: KnownSubject,
  category: FailureCategory,
  now: Date,
): { state: 'known' | 'expired'; entry: KnownFailure } | null {
  const entry = entryFor(entries, subject);
  if (!entry || entry.category !== category) return null;
  return { state: isExpired(entry, now) ? 'expired' : 'known', entry };
}

/** An entry as summary.json lists it (the contract's `knownRefSchema`). */
export type { KnownFailureRef };

export function refOf(entry: KnownFailure): KnownFailureRef {
  return {
    ...(entry.chapter ? { chapter: entry.chapter } : {}),
    ...(entry.page ? { page: entry.page } : {}),
    category: entry.category,
    bug: entry.bug,
    ...(entry.expires ? { expires: entry.expires } : {}),
    reason: entry.reason,
  };
}

/** A bug link split for Allure 3's resolution links: a `%s` URL template and the issue id. */
export function bugLinkParts(bug: string): { urlTemplate: string; id: string } {
  const cut = bug.lastIndexOf('/');
  return { urlTemplate: `${bug.slice(0, cut + 1)}%s`, id: bug.slice(cut + 1) };
}
