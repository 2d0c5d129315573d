import { existsSync } from 'node:fs';
import { isMain, parseCliArgs, runCli, UsageError } from './cli';
import {
  cell,
  failuresOf,
  failureTables,
  formatDuration,
  knownFailuresOf,
  knownSections,
  link,
} from '../../reporting/summary-markdown';
import { readSummary, type RunSummary } from '../../reporting/summary-schema';

const USAGE = `usage: npx tsx scripts/ci/tracking-issue.ts --summary FILE --run-url URL [--open-issue N] [--label NAME]

Decides what the nightly walk does with its tracking issue and writes the text. Prints one JSON
object: {"action": "open"|"update"|"close"|"none", "issue": N|null, "label", "title", "body", "comment"}
  --summary FILE    the night's reports/summary.json; a missing file counts as a failed night
  --run-url URL     link to the workflow run (its Allure report artifact)
  --open-issue N    number of the open tracking issue, if there is one (empty or "none": no issue)
  --label NAME      the tracking issue's label (default learner-journey-nightly)`;

export const DEFAULT_LABEL = 'learner-journey-nightly';
/** Hidden in the body so a person (or a later script) can tell the issue was written by this. */
export const MARKER = '<!-- learner-journey-nightly tracking issue -->';

export type TrackingAction = 'open' | 'update' | 'close' | 'none';

export interface TrackingInput {
  /** The night's summary; null when the walk produced none (crashed before reporting). */
  summary: RunSummary | null;
  /** The open tracking issue's number, or null when none is open. */
  openIssue: number | null;
  runUrl: string;
  label?: string;
}

export interface TrackingPlan {
  action: TrackingAction;
  issue: number | null;
  label: string;
  /** Issue title (open/update); empty otherwise. */
  title: string;
  /** Full issue body (open/update); empty otherwise. */
  body: string;
  /** Comment to add (update: what this night saw; close: why it is closed); empty otherwise. */
  comment: string;
}

const knownCount = (summary: RunSummary): number => {
  const known = knownFailuresOf(summary);
  return known.chapters.length + known.pages.length;
};

/** A night is green (known failures apart) when it produced a summary, walked something, and nothing failed. */
export function isGreen(summary: RunSummary | null): boolean {
  if (!summary) return false;
  const failed = failuresOf(summary);
  const walked = summary.totals.chapters - summary.totals.skipped;
  return (
    !summary.unreachable && failed.chapters.length === 0 && failed.pages.length === 0 && walked > 0
  );
}

function titleFor(summary: RunSummary | null): string {
  if (!summary) return 'Nightly learner-journey walk: no result (the walk did not report)';
  if (summary.unreachable) return `Nightly learner-journey walk: ${summary.target} unreachable`;
  const failed = failuresOf(summary);
  const parts = [
    failed.chapters.length > 0 ? `${failed.chapters.length} chapter(s) failing` : '',
    failed.pages.length > 0 ? `${failed.pages.length} page(s) failing` : '',
  ].filter(Boolean);
  const what = parts.length > 0 ? parts.join(', ') : 'no chapter walked';
  return `Nightly learner-journey walk: ${what} on ${summary.target}`;
}

/** GitHub rejects issue bodies over 65,536 characters: list fewer rows until the tables fit. */
const BODY_LIMIT = 65_536;

function tablesWithin(summary: RunSummary, limit: number): string {
  for (const rows of [100, 50, 20, 5]) {
    // New failures first; known ones (and fixed entries) apart, below them.
    const text = [...failureTables(summary, rows), ...knownSections(summary, rows)].join('\n');
    if (text.length <= limit) return text;
  }
  return 'Too many failures to list here; the Allure report of the latest run lists them all.\n';
}

function bodyFor(summary: RunSummary | null, runUrl: string): string {
  const intro = [
    MARKER,
    'The nightly production-safe learner-journey walk found problems. This issue is kept up to date',
    'by the `nightly` workflow and closed by it after the first green night.',
    '',
  ];
  if (!summary) {
    return [
      ...intro,
      `The ${link('latest run', runUrl)} produced no \`reports/summary.json\`: the walk stopped before`,
      'reporting (install, browser set-up or the runner itself failed). Its log says why.',
      '',
    ].join('\n');
  }
  const { totals } = summary;
  return [
    ...intro,
    // The run URL is the workflow's own; the target and times come from the summary.
    `**Latest run:** ${runUrl} (Allure report in its artifacts) · ` +
      `target ${cell(summary.target)} · started ${cell(summary.startedAt)} · ` +
      `took ${formatDuration(summary.durationMs)}`,
    '',
    ...(summary.unreachable
      ? [`**Target unreachable:** ${cell(summary.unreachable.message)}`, '']
      : []),
    `**Totals:** ${totals.chapters} chapters: ${totals.passed} passed, ` +
      `${failuresOf(summary).chapters.length} failed (new), ` +
      `${knownFailuresOf(summary).chapters.length} known, ${totals.flaky} flaky, ${totals.skipped} skipped.`,
    '',
  ]
    .join('\n')
    .concat(tablesWithin(summary, BODY_LIMIT - 2_000))
    .trimEnd()
    .concat('\n');
}

function nightComment(summary: RunSummary | null, runUrl: string): string {
  if (!summary) return `The walk of ${runUrl} produced no summary; see its log.`;
  // The title names the target: text from outside, escaped like every other value in Markdown.
  return `Still failing in ${runUrl}: ${cell(titleFor(summary).replace(/^Nightly learner-journey walk: /, ''))}.`;
}

/** What to do with the tracking issue after a night, and the text for it. Pure. */
export function planTrackingIssue(input: TrackingInput): TrackingPlan {
  const label = input.label ?? DEFAULT_LABEL;
  const none = { issue: input.openIssue, label, title: '', body: '', comment: '' };
  if (isGreen(input.summary)) {
    if (input.openIssue === null) return { ...none, action: 'none' };
    const { totals } = input.summary!;
    return {
      ...none,
      action: 'close',
      comment:
        `Green again in ${input.runUrl}: all ${totals.passed + totals.flaky} walked chapters passed` +
        `${totals.flaky > 0 ? ` (${totals.flaky} on a retry)` : ''}` +
        `${knownCount(input.summary!) > 0 ? `, apart from ${knownCount(input.summary!)} known failure(s) the known-failures file lists` : ''}. Closing.`,
    };
  }
  const title = titleFor(input.summary);
  const body = bodyFor(input.summary, input.runUrl);
  if (input.openIssue === null) return { ...none, action: 'open', title, body };
  return {
    ...none,
    action: 'update',
    title,
    body,
    comment: nightComment(input.summary, input.runUrl),
  };
}

function parseIssueNumber(value: string | undefined): number | null {
  if (value === undefined || value === '' || value === 'none') return null;
  if (!/^[1-9]\d*$/.test(value)) {
    throw new UsageError(`--open-issue must be an issue number or "none", got "${value}".`);
  }
  return Number(value);
}

function main(argv: string[]): number {
  const { values, positionals } = parseCliArgs(argv, {
    summary: { type: 'string' },
    'run-url': { type: 'string' },
    'open-issue': { type: 'string' },
    label: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  if (!values.summary) throw new UsageError('--summary is required.');
  if (!values['run-url'] || !/^https?:\/\//.test(values['run-url'])) {
    throw new UsageError('--run-url must be the http(s) link to the workflow run.');
  }
  // A night that crashed before reporting is not green: say so rather than stay silent.
  const summary = existsSync(values.summary) ? readSummary(values.summary) : null;
  const plan = planTrackingIssue({
    summary,
    openIssue: parseIssueNumber(values['open-issue']),
    runUrl: values['run-url'],
    ...(values.label ? { label: values.label } : {}),
  });
  console.log(JSON.stringify(plan, null, 2));
  return 0;
}

if (isMain(import.meta.url)) runCli(USAGE, main);
