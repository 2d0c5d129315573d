import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { getConfig } from '../config';
import { journeyMetaOf } from '../fixtures/journey-meta';
import { servedFlagsOf } from './served-flags';
import { categoryOfMessage, withoutErrorName } from './categories';
import {
  entryFor,
  knownStatus,
  readKnownFailures,
  refOf,
  type KnownFailure,
  type KnownSubject,
} from './known-failures';
import { writeSummary } from './summary';
import {
  computeTotals,
  speedOf,
  type ChapterOutcome,
  type FailureInfo,
  type KnownFailuresReport,
  type OutcomeStatus,
  type PageOutcome,
} from './summary-schema';
import { readTimingHistory, timingKey, timingWarning, type ChapterTiming } from './timing';

const STATUS: Record<ReturnType<TestCase['outcome']>, OutcomeStatus> = {
  expected: 'passed',
  unexpected: 'failed',
  flaky: 'flaky',
  skipped: 'skipped',
};

/** Writes reports/summary.json and summary.md at the end of a walk (contract in the README). */
export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;
  private readonly startedAt = new Date();
  private lanes = 0;

  onBegin(config: FullConfig, suite: Suite): void {
    this.suite = suite;
    this.lanes = config.workers;
  }

  onEnd(): void {
    const config = getConfig();
    const now = new Date();
    // Checked before any browser started (scripts/journey.ts), so it reads cleanly here.
    const knownEntries = readKnownFailures(config.paths.knownFailures);
    const history = readTimingHistory(config.paths.allureHistory);
    const standing = new KnownStanding(knownEntries, now);
    const chapters: ChapterOutcome[] = [];
    const pages: PageOutcome[] = [];
    let writesSent = 0;
    let blockedWrites = 0;
    for (const test of this.suite?.allTests() ?? []) {
      const meta = journeyMetaOf(test.annotations);
      if (!meta) continue;
      for (const result of test.results) {
        const stats = httpStatsOf(result);
        writesSent += stats.writesSent;
        blockedWrites += stats.blockedWrites;
      }
      const last = test.results.at(-1);
      const project = test.parent.project()?.name ?? '';
      const status = STATUS[test.outcome()];
      const { failure } = failureOf(test);
      const subject: KnownSubject = {
        kind: meta.kind === 'chapter' ? 'chapter' : 'page',
        explorationId: meta.explorationId,
        url: meta.url,
      };
      const known = standing.judge(subject, status, failure);
      const common = {
        project,
        title: meta.title,
        url: meta.url,
        status,
        durationMs: last?.duration ?? 0,
        retries: Math.max(0, test.results.length - 1),
        ...(failure ? { failure } : {}),
        ...(known ? { known } : {}),
      };
      if (meta.kind === 'chapter') {
        const timing = last ? attachmentJson<ChapterTiming>(last, 'timing.json') : null;
        const warning =
          timing && status === 'passed'
            ? timingWarning(
                timing,
                history.get(timingKey(project, meta.explorationId ?? test.title)),
                config.slowFactor,
              )
            : null;
        chapters.push({
          ...common,
          ...(timing
            ? {
                timing: {
                  firstCardMs: timing.firstCardMs,
                  cardsMs: timing.cardsMs,
                  totalMs: timing.totalMs,
                },
              }
            : {}),
          ...(warning ? { timingWarning: warning } : {}),
          classroom: meta.classroom ?? '',
          topic: meta.topic ?? '',
          story: meta.story ?? '',
          number: meta.number ?? 0,
          explorationId: meta.explorationId ?? '',
          nodeId: meta.nodeId ?? '',
        });
      } else {
        pages.push({
          ...common,
          kind: meta.kind,
          classroom: meta.classroom,
          topic: meta.topic,
          story: meta.story,
        });
      }
    }
    const flags = servedFlagsOf(config.paths.snapshot);
    writeSummary(
      config.paths.reports,
      {
        target: config.baseUrl ?? 'sandbox',
        runId: config.runId,
        startedAt: this.startedAt.toISOString(),
        durationMs: Date.now() - this.startedAt.getTime(),
        speed: speedOf(chapters.length, Date.now() - this.startedAt.getTime(), this.lanes),
        depth: config.depth,
        productionSafe: config.productionSafe,
        ...(flags ? { flags } : {}),
        totals: computeTotals(chapters),
        writesSent,
        blockedWrites,
        chapters,
        pages,
        knownFailures: standing.report(),
      },
      config.githubStepSummary ?? undefined,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}

/**
 * Tracks the walk against the known-failures file: a failure matching an entry is known (or a
 * plain failure when the entry has expired); an entry whose chapter or page passed is fixed.
 */
class KnownStanding {
  private readonly known = new Set<KnownFailure>();
  private readonly expired = new Set<KnownFailure>();
  private readonly passed = new Set<KnownFailure>();
  private readonly failed = new Set<KnownFailure>();

  constructor(
    private readonly entries: readonly KnownFailure[],
    private readonly now: Date,
  ) {}

  judge(subject: KnownSubject, status: OutcomeStatus, failure: FailureInfo | undefined) {
    const entry = entryFor(this.entries, subject);
    if (!entry) return undefined;
    if (status === 'passed' || status === 'flaky') this.passed.add(entry);
    if (status !== 'failed' || !failure) return undefined;
    this.failed.add(entry);
    const match = knownStatus(this.entries, subject, failure.category, this.now);
    if (match?.state === 'expired') this.expired.add(entry);
    if (match?.state !== 'known') return undefined;
    this.known.add(entry);
    return refOf(entry);
  }

  report(): KnownFailuresReport {
    return {
      known: [...this.known].map(refOf),
      // Fixed: it passed everywhere it was walked (a chapter walked on two projects must pass on both).
      fixed: [...this.passed].filter((e) => !this.failed.has(e)).map(refOf),
      expired: [...this.expired].map(refOf),
    };
  }
}

/** The first failed attempt explains the test (for a flaky test, the attempt a retry recovered). */
function failureOf(test: TestCase): { failure?: FailureInfo } {
  const failed = test.results.find((r) => r.status !== 'passed' && r.status !== 'skipped');
  if (!failed) return {};
  const message = stripAnsi(
    failed.error?.message ?? failed.errors[0]?.message ?? `test ${failed.status}`,
  );
  const firstLine = withoutErrorName(message.split('\n').find((l) => l.trim() !== '') ?? message);
  const log = attachmentJson<{
    firstFailingRequest?: { method: string; url: string; status: number | null } | null;
  }>(failed, 'http-log.json');
  const request = log?.firstFailingRequest;
  return {
    failure: {
      category: categoryOfMessage(firstLine),
      message: firstLine,
      ...(request
        ? {
            firstFailingRequest: {
              method: request.method,
              url: request.url,
              status: request.status,
            },
          }
        : {}),
    },
  };
}

function httpStatsOf(result: TestResult): { writesSent: number; blockedWrites: number } {
  const stats = attachmentJson<{ writesSent: string[]; blockedWrites: number }>(
    result,
    'http-stats',
  );
  return { writesSent: stats?.writesSent.length ?? 0, blockedWrites: stats?.blockedWrites ?? 0 };
}

function attachmentJson<T>(result: TestResult, name: string): T | null {
  const body = result.attachments.find((a) => a.name === name)?.body;
  if (!body) return null;
  try {
    return JSON.parse(body.toString('utf8')) as T;
  } catch {
    return null;
  }
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
