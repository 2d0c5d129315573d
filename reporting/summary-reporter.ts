import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { getConfig } from '../config';
import { journeyMetaOf } from '../fixtures/journey-meta';
import { servedFlagsOf } from './served-flags';
import { categoryOfMessage, withoutErrorName } from './categories';
import {
  totalsOf,
  writeSummary,
  type ChapterOutcome,
  type FailureInfo,
  type OutcomeStatus,
  type PageOutcome,
} from './summary';

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

  onBegin(_config: FullConfig, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(): void {
    const config = getConfig();
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
      const common = {
        project: test.parent.project()?.name ?? '',
        title: meta.title,
        url: meta.url,
        status: STATUS[test.outcome()],
        durationMs: last?.duration ?? 0,
        retries: Math.max(0, test.results.length - 1),
        ...failureOf(test),
      };
      if (meta.kind === 'chapter') {
        chapters.push({
          ...common,
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
        depth: config.depth,
        productionSafe: config.productionSafe,
        ...(flags ? { flags } : {}),
        totals: totalsOf(chapters),
        writesSent,
        blockedWrites,
        chapters,
        pages,
      },
      config.githubStepSummary ?? undefined,
    );
  }

  printsToStdio(): boolean {
    return false;
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
