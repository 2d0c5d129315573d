import type { ChapterOutcome, FailureInfo, PageOutcome, RunSummary } from './summary-schema';

/**
 * The one Markdown account of a walk (reports/summary.md, the GitHub job summaries of every
 * workflow, the nightly tracking issue). Everything taken from a summary is untrusted text (titles,
 * messages and URLs come from the target) and goes through `cell`/`link`/`code`, so a hostile
 * title cannot break a table, inject HTML or links, or ping anyone.
 */

export interface MarkdownOptions {
  /** Rows per table before the rest is counted instead of listed. Default 50. */
  maxRows?: number;
  /** Heading text; the verdict is appended. Default "Learner-journey walk". */
  title?: string;
}

const MESSAGE_LIMIT = 200;
const URL_LIMIT = 120;

/**
 * Makes untrusted text (titles and error messages from the target) safe inside one table cell or
 * list item: one line; no pipes, HTML, code, emphasis, links or issue references; no @mentions
 * that would ping people from an issue. Shown as written once GitHub renders it.
 */
export function cell(text: string, limit = MESSAGE_LIMIT): string {
  let flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > limit) flat = `${flat.slice(0, limit - 1)}…`;
  return flat
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|`*_[\]~#!]/g, '\\$&')
    .replace(/@(?=\w)/g, '@\u200b');
}

/**
 * Untrusted text as inline code inside a table cell: one line, no backticks (a code span cannot
 * escape them), and pipes escaped, which GitHub's table parser needs even inside code.
 */
export function code(text: string, limit = MESSAGE_LIMIT): string {
  let flat = text.replace(/\s+/g, ' ').replace(/`/g, "'").trim();
  if (flat.length > limit) flat = `${flat.slice(0, limit - 1)}…`;
  return `\`${flat.replace(/\|/g, '\\|')}\``;
}

/** A Markdown link whose text and address cannot break the table or the link syntax. */
export function link(text: string, url: string): string {
  const safeText = cell(text);
  const safeUrl = url.replace(
    /[\s()<>|`[\]"'\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return /^https?:\/\/[^\s]/.test(url) ? `[${safeText}](${safeUrl})` : safeText;
}

/** `m s` for people; the summary keeps milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${seconds % 60}s`;
  return `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

/** The request shown as `GET /path` → 500, with the origin dropped when it is the target's. */
export function describeRequest(failure: FailureInfo | undefined, target: string): string {
  const request = failure?.firstFailingRequest;
  if (!request) return '';
  let shown = request.url;
  try {
    const url = new URL(request.url);
    if (url.origin === new URL(target).origin) shown = `${url.pathname}${url.search}`;
  } catch {
    // Not an absolute URL (or no target URL): show it as recorded.
  }
  if (shown.length > URL_LIMIT) shown = `${shown.slice(0, URL_LIMIT - 1)}…`;
  return `${code(`${request.method} ${shown}`, URL_LIMIT + 16)} → ${request.status ?? 'no response'}`;
}

const onProject = (project: string | undefined) => (project ? ` [${project}]` : '');

/** "math › place-values › the-story › Chapter 2: Title [mobile]" for a chapter row. */
export function chapterLabel(chapter: ChapterOutcome): string {
  return (
    `${chapter.classroom} › ${chapter.topic} › ${chapter.story} › ` +
    `Chapter ${chapter.number}: ${chapter.title}${onProject(chapter.project)}`
  );
}

/** "topic page: math › place-values (Place Values)" for a page row. */
export function pageLabel(page: PageOutcome): string {
  const where = [page.classroom, page.topic, page.story].filter(Boolean).join(' › ');
  const what = page.kind === 'discovery' ? 'catalog discovery' : `${page.kind} page`;
  return `${what}: ${[where, page.title && `(${page.title})`].filter(Boolean).join(' ')}${onProject(page.project)}`;
}

function failureTable(
  rows: Array<{ label: string; url: string; failure?: FailureInfo }>,
  what: string,
  target: string,
  maxRows: number,
): string[] {
  const lines = [
    `| ${what} | Category | What failed | First failing request |`,
    '|---|---|---|---|',
    ...rows
      .slice(0, maxRows)
      .map(
        (row) =>
          `| ${link(row.label, row.url)} | ${cell(row.failure?.category ?? 'unknown')} | ` +
          `${cell(row.failure?.message ?? 'no failure recorded')} | ${describeRequest(row.failure, target)} |`,
      ),
  ];
  if (rows.length > maxRows) {
    lines.push('', `…and ${rows.length - maxRows} more; the Allure report lists them all.`);
  }
  return lines;
}

/**
 * Chapters grouped by story, stories in the order they first appear, each story's chapters by
 * number: the story's order, whatever order the walk ran them in.
 */
export function inStoryOrder<T extends ChapterOutcome>(chapters: readonly T[]): T[] {
  const key = (c: T) => `${c.classroom}\u0000${c.topic}\u0000${c.story}`;
  const first = new Map<string, number>();
  chapters.forEach((c, i) => first.set(key(c), first.get(key(c)) ?? i));
  return [...chapters].sort(
    (a, b) =>
      first.get(key(a))! - first.get(key(b))! ||
      a.number - b.number ||
      (a.project ?? '').localeCompare(b.project ?? ''),
  );
}

/** New failures: failed, and not matching a known-failures entry. In story order. */
export function failuresOf(summary: RunSummary) {
  return {
    chapters: inStoryOrder(summary.chapters).filter((c) => c.status === 'failed' && !c.known),
    pages: summary.pages.filter((page) => page.status === 'failed' && !page.known),
  };
}

/** Failures a known-failures entry names: reported apart, not failing the gate. In story order. */
export function knownFailuresOf(summary: RunSummary) {
  return {
    chapters: inStoryOrder(summary.chapters).filter((c) => c.status === 'failed' && c.known),
    pages: summary.pages.filter((page) => page.status === 'failed' && page.known),
  };
}

/** The known and fixed lists, for the job summary and the tracking issue. */
export function knownSections(summary: RunSummary, maxRows = 50): string[] {
  const known = knownFailuresOf(summary);
  const rows = [
    ...known.chapters.map((c) => ({ label: chapterLabel(c), url: c.url, ref: c.known! })),
    ...known.pages.map((p) => ({ label: pageLabel(p), url: p.url, ref: p.known! })),
  ];
  const lines: string[] = [];
  if (rows.length > 0) {
    lines.push(`### Known failures (${rows.length}): not counted against the walk`, '');
    lines.push('| Where | Category | Bug | Reason |', '|---|---|---|---|');
    for (const row of rows.slice(0, maxRows)) {
      lines.push(
        `| ${link(row.label, row.url)} | ${cell(row.ref.category)} | ${link(row.ref.bug, row.ref.bug)} | ` +
          `${cell(row.ref.reason)}${row.ref.expires ? ` (until ${cell(row.ref.expires)})` : ''} |`,
      );
    }
    if (rows.length > maxRows) lines.push('', `…and ${rows.length - maxRows} more.`);
    lines.push('');
  }
  const what = (ref: { chapter?: string | undefined; page?: string | undefined }) =>
    ref.chapter ? `chapter ${ref.chapter}` : `page ${ref.page ?? ''}`;
  const fixed = summary.knownFailures?.fixed ?? [];
  if (fixed.length > 0) {
    lines.push(
      `### Fixed known failures (${fixed.length}): they passed, remove them from the file`,
      '',
    );
    for (const ref of fixed)
      lines.push(`- ${cell(what(ref))}: ${link(ref.bug, ref.bug)} ${cell(ref.reason)}`);
    lines.push('');
  }
  const expired = summary.knownFailures?.expired ?? [];
  if (expired.length > 0) {
    lines.push(`### Expired known failures (${expired.length}): counted as failures again`, '');
    for (const ref of expired)
      lines.push(
        `- ${cell(what(ref))}: expired ${cell(ref.expires ?? '')}, ${link(ref.bug, ref.bug)}`,
      );
    lines.push('');
  }
  return lines;
}

/** The failure tables alone (chapters, then pages); empty when nothing failed. */
export function failureTables(summary: RunSummary, maxRows = 50): string[] {
  const failed = failuresOf(summary);
  const lines: string[] = [];
  if (failed.chapters.length > 0) {
    lines.push(`### Failed chapters (${failed.chapters.length})`, '');
    lines.push(
      ...failureTable(
        failed.chapters.map((c) => ({ label: chapterLabel(c), url: c.url, failure: c.failure })),
        'Chapter',
        summary.target,
        maxRows,
      ),
      '',
    );
  }
  if (failed.pages.length > 0) {
    lines.push(`### Failed pages (${failed.pages.length})`, '');
    lines.push(
      ...failureTable(
        failed.pages.map((p) => ({ label: pageLabel(p), url: p.url, failure: p.failure })),
        'Page',
        summary.target,
        maxRows,
      ),
      '',
    );
  }
  return lines;
}

/** Summary -> short Markdown: verdict, totals, then only what failed (and what was flaky). */
export function summaryToMarkdown(summary: RunSummary, options: MarkdownOptions = {}): string {
  const maxRows = options.maxRows ?? 50;
  const { totals } = summary;
  const failed = failuresOf(summary);
  const pagesFailed = failed.pages.length;
  const chaptersFailed = failed.chapters.length;
  const red = chaptersFailed + pagesFailed > 0 || summary.unreachable !== undefined;
  const verdict = summary.unreachable
    ? 'the target did not answer; nothing was walked'
    : !red
      ? `all ${totals.passed + totals.flaky} walked chapters passed`
      : [
          chaptersFailed > 0
            ? `${chaptersFailed} chapter${chaptersFailed === 1 ? '' : 's'} failed`
            : '',
          pagesFailed > 0 ? `${pagesFailed} page${pagesFailed === 1 ? '' : 's'} failed` : '',
        ]
          .filter(Boolean)
          .join(', ');
  const icon = red ? '❌' : '✅';

  const lines = [
    `## ${icon} ${cell(options.title ?? 'Learner-journey walk')}: ${verdict}`,
    '',
    `Target ${cell(summary.target)} · depth ${cell(summary.depth)} · run ${code(summary.runId)} · ` +
      `started ${cell(summary.startedAt)} · took ${formatDuration(summary.durationMs)}`,
    '',
    ...(summary.unreachable
      ? [`**Target unreachable:** ${cell(summary.unreachable.message)}`, '']
      : []),
    '| Chapters | Passed | Failed | Known | Flaky | Skipped | Pages | Pages failed |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${totals.chapters} | ${totals.passed} | ${chaptersFailed} | ${knownFailuresOf(summary).chapters.length} | ` +
      `${totals.flaky} | ${totals.skipped} | ${summary.pages.length} | ${pagesFailed} |`,
    '',
    ...failureTables(summary, maxRows),
    ...knownSections(summary, maxRows),
  ];
  const slow = inStoryOrder(summary.chapters).filter((c) => c.timingWarning);
  if (slow.length > 0) {
    lines.push(`### Timing warnings (${slow.length}): slower than usual, not failures`, '');
    for (const c of slow.slice(0, maxRows))
      lines.push(`- ${link(chapterLabel(c), c.url)}: ${cell(c.timingWarning ?? '')}`);
    lines.push('');
  }

  const flaky = inStoryOrder(summary.chapters).filter((chapter) => chapter.status === 'flaky');
  if (flaky.length > 0) {
    lines.push(
      `<details><summary>Flaky chapters: passed on a retry (${flaky.length})</summary>`,
      '',
      ...flaky.slice(0, maxRows).map((c) => `- ${link(chapterLabel(c), c.url)}`),
      ...(flaky.length > maxRows ? [`- …and ${flaky.length - maxRows} more`] : []),
      '',
      '</details>',
      '',
    );
  }
  if (summary.productionSafe) {
    lines.push(
      `Production-safe: ${summary.blockedWrites} write request(s) blocked in the browser, ` +
        `${summary.writesSent} reached the target.`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
