import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { categoryOfMessage, withoutErrorName } from './categories';
import { bugLinkParts, knownStatus, type KnownFailure } from './known-failures';

/**
 * Allure 3's own way to mark known failures: its `resolutions` config (rules of resolution
 * "issue" matching test cases by `testCaseId`, each linking an issue through a URL template).
 * Built by `npm run report` from the known-failures file and the walk's Allure results, with the
 * same matching the summary uses (chapter or page, category, expiry), and handed to allurerc.mjs.
 */
export interface AllureResolutions {
  links: Record<string, { urlTemplate: string; nameTemplate: string }>;
  rules: Array<{
    resolution: 'issue';
    issue: { id: string; type: string };
    testCaseId: string[];
    comment: string;
  }>;
}

/** The part of an Allure result file the matching needs. */
export interface AllureResultLite {
  testCaseId?: string;
  status?: string;
  statusDetails?: { message?: string };
  parameters?: Array<{ name: string; value: string }>;
}

export function readAllureResults(dir: string): AllureResultLite[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('-result.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as AllureResultLite);
}

export function resolutionsFor(
  entries: readonly KnownFailure[],
  results: readonly AllureResultLite[],
  now: Date,
): AllureResolutions | null {
  const byBug = new Map<KnownFailure, Set<string>>();
  for (const result of results) {
    if (!result.testCaseId || (result.status !== 'failed' && result.status !== 'broken')) continue;
    const param = (name: string) => result.parameters?.find((p) => p.name === name)?.value;
    const url = param('url');
    if (!url) continue;
    const explorationId = param('exploration id');
    const firstLine = (result.statusDetails?.message ?? '').split('\n')[0] ?? '';
    const known = knownStatus(
      entries,
      { kind: explorationId ? 'chapter' : 'page', explorationId, url },
      categoryOfMessage(withoutErrorName(firstLine)),
      now,
    );
    if (known?.state !== 'known') continue;
    const ids = byBug.get(known.entry) ?? new Set<string>();
    ids.add(result.testCaseId);
    byBug.set(known.entry, ids);
  }
  if (byBug.size === 0) return null;
  const links: AllureResolutions['links'] = {};
  const rules: AllureResolutions['rules'] = [];
  [...byBug.entries()].forEach(([entry, ids], index) => {
    const { urlTemplate, id } = bugLinkParts(entry.bug);
    const type = `known-${index + 1}`;
    links[type] = { urlTemplate, nameTemplate: 'Known failure: %s' };
    rules.push({
      resolution: 'issue',
      // Allure wants issue ids unique across rules; two entries may share a bug.
      issue: { id: `${id}`, type },
      testCaseId: [...ids],
      comment: `Known failure (${entry.category}): ${entry.reason}${entry.expires ? ` · until ${entry.expires}` : ''}`,
    });
  });
  return { links, rules };
}
