import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import {
  CATEGORY_DESCRIPTIONS,
  FAILURE_CATEGORIES,
  categoryMessagePattern,
  type FailureCategory,
} from './categories';

/** The suite's own commit, for the report's environment. */
export function suiteCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Allure categories, one per failure kind, matched on the message prefix every failure carries. */
export function allureCategories(): Array<{
  name: string;
  matchedStatuses: string[];
  messageRegex: string;
  description: string;
}> {
  return (Object.keys(FAILURE_CATEGORIES) as FailureCategory[]).map((category) => ({
    name: FAILURE_CATEGORIES[category],
    matchedStatuses: ['failed', 'broken'],
    messageRegex: `${categoryMessagePattern(category)}[\\s\\S]*`,
    description: CATEGORY_DESCRIPTIONS[category],
  }));
}

/** Writes environment.properties and categories.json into the results directory. */
export function writeAllureRunInfo(config: Config, extra: Record<string, string>): void {
  const dir = config.paths.allureResults;
  mkdirSync(dir, { recursive: true });
  const env: Record<string, string> = {
    target: config.baseUrl ?? 'sandbox',
    target_kind: config.target,
    run_id: config.runId,
    depth: config.depth,
    production_safe: String(config.productionSafe),
    suite_commit: suiteCommit(),
    filters: JSON.stringify(config.filters),
    seed: String(config.seed),
    ...extra,
  };
  const properties = Object.entries(env)
    .map(([k, v]) => `${k}=${v.replace(/\\/g, '\\\\').replace(/\n/g, ' ')}`)
    .join('\n');
  writeFileSync(join(dir, 'environment.properties'), `${properties}\n`);
  writeFileSync(join(dir, 'categories.json'), JSON.stringify(allureCategories(), null, 2));
}
