import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { FAILURE_CATEGORIES } from './categories';
import { writeSummary } from './summary';
import { computeTotals } from './summary-schema';
import { writeAllureRunInfo } from './allure-run-info';

/**
 * The walk's answer when the target does not answer at all: one "Target unreachable" failure in the
 * Allure results and a summary saying so, instead of one timeout per chapter.
 */
export function writeUnreachable(config: Config, error: Error): void {
  const target = config.baseUrl ?? 'sandbox';
  const message = `${FAILURE_CATEGORIES.unreachable}: ${target} did not answer (${error.message})`;
  const now = Date.now();
  mkdirSync(config.paths.allureResults, { recursive: true });
  const uuid = randomUUID();
  const result = {
    uuid,
    historyId: 'target-unreachable',
    testCaseId: 'target-unreachable',
    name: `Target ${target} answers`,
    fullName: 'preflight: target answers',
    status: 'failed',
    statusDetails: { message, trace: error.stack ?? '' },
    stage: 'finished',
    start: now,
    stop: now,
    labels: [
      { name: 'suite', value: 'Preflight' },
      { name: 'severity', value: 'blocker' },
      { name: 'tag', value: 'preflight' },
    ],
    links: [{ url: target, name: target, type: 'link' }],
    parameters: [],
    attachments: [],
    steps: [],
  };
  writeFileSync(join(config.paths.allureResults, `${uuid}-result.json`), JSON.stringify(result));
  writeAllureRunInfo(config, { browser: 'not started' });
  writeSummary(
    config.paths.reports,
    {
      target,
      runId: config.runId,
      startedAt: new Date(now).toISOString(),
      durationMs: 0,
      depth: config.depth,
      productionSafe: config.productionSafe,
      unreachable: { message },
      totals: computeTotals([]),
      writesSent: 0,
      blockedWrites: 0,
      chapters: [],
      pages: [],
      knownFailures: { known: [], fixed: [], expired: [] },
    },
    config.githubStepSummary ?? undefined,
  );
}
