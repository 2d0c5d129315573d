import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isNode, LineCounter, parseDocument, stringify, type Node } from 'yaml';
import { z } from 'zod';

/**
 * The accessibility baseline: a checked-in list of violations a walk accepts (production has some
 * that are Oppia's to fix, not a release's), the per-test results files every audit writes, and the
 * refresh that turns a walk's results into a new baseline. README "Accessibility" describes the
 * file; `npm run a11y:baseline` (scripts/a11y-baseline.ts) writes it.
 */

/** Where a violation was found: a page kind or a chapter, optionally one of them by id. */
export const A11Y_TARGET_KINDS = ['classroom', 'topic', 'story', 'chapter'] as const;
export type A11yTargetKind = (typeof A11Y_TARGET_KINDS)[number];

/**
 * `topic` (every topic page) or `topic:math/place-values` (that one: the path after /learn/);
 * `chapter` (every chapter) or `chapter:K645IfRNzpKy` (that exploration).
 */
const TARGET_PATTERN =
  /^(classroom|topic|story|chapter)(?::[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*)?$/;

const entrySchema = z
  .object({
    rule: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use an axe-core rule id, such as color-contrast'),
    target: z
      .string()
      .regex(
        TARGET_PATTERN,
        'use a page kind (classroom, topic, story), chapter, or one of them by id, such as topic:math/place-values or chapter:K645IfRNzpKy',
      ),
    selector: z.string().trim().min(1, "use the element's selector as the walk reported it"),
    reason: z.string().optional(),
  })
  .strict();

const baselineSchema = z.object({ accepted: z.array(entrySchema).default([]) }).strict();

export type BaselineEntry = z.output<typeof entrySchema>;

export interface Baseline {
  path: string;
  entries: BaselineEntry[];
}

/** A baseline file that cannot be used; the message names the file, the line, the entry and field. */
export class BaselineError extends Error {
  override name = 'BaselineError';
}

/** One element that broke one axe rule, as an audit found it. */
export interface A11yFinding {
  rule: string;
  impact: string;
  /** axe's one-line description of the rule. */
  help: string;
  helpUrl: string;
  /** `topic:math/place-values`, `chapter:K645IfRNzpKy`: what a baseline entry's target names. */
  target: string;
  /** For people: `Card 3 (TextInput)`, `topic page /learn/math/place-values`. */
  where: string;
  /** stableSelector(): what baseline entries name. */
  selector: string;
  /** axe's selector: unique in the page the audit saw. */
  axeSelector: string;
  html: string;
  /** A baseline entry accepts it. */
  accepted: boolean;
}

/**
 * A selector for a baseline entry that does not move with the page around the element: its tag and
 * Oppia's `e2e-test-*` hooks when it has any, else its tag and classes, else its tag and id, else
 * axe's own selector. axe's selector is the shortest unique one in that document (`button` where a
 * card has one button, `.oppia-learner-submit-answer-button` where it has two), so the same element
 * gets different ones from card to card.
 */
export function stableSelector(html: string, axeSelector: string): string {
  const open = /^<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>?/.exec(html.trim());
  if (!open) return axeSelector;
  const tag = open[1]!.toLowerCase();
  const attrs = open[2] ?? '';
  const classes = [...new Set((/\sclass="([^"]*)"/.exec(attrs)?.[1] ?? '').split(/\s+/))]
    .filter((c) => /^[A-Za-z_-][A-Za-z0-9_-]*$/.test(c))
    .sort();
  const hooks = classes.filter((c) => c.startsWith('e2e-test-'));
  const chosen = hooks.length > 0 ? hooks : classes;
  if (chosen.length > 0) return `${tag}${chosen.map((c) => `.${c}`).join('')}`;
  const id = /\sid="([A-Za-z][A-Za-z0-9_-]*)"/.exec(attrs)?.[1];
  if (id) return `${tag}#${id}`;
  return axeSelector.trim() || tag;
}

/** What one test's audits found, written to the results directory for the baseline refresh. */
export interface A11yResultFile {
  project: string;
  test: string;
  /** Every target audited (with or without findings), so a refresh knows what it has seen. */
  audited: string[];
  /** Findings at or above A11Y_MIN_IMPACT. */
  findings: A11yFinding[];
}

/** The results directory of a walk: inside Playwright's output folder, so each run starts clean. */
export function a11yResultsDir(outputDir: string): string {
  return join(outputDir, 'a11y');
}

/** Parses a baseline's text (YAML, or JSON, which is YAML too); throws BaselineError. */
export function parseBaseline(text: string, path: string): Baseline {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? '' : `:${lineCounter.linePos(offset).line}`;
  };
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0]?.line;
    throw new BaselineError(
      `${path}${line ? `:${line}` : ''}: not valid YAML: ${syntax.message.split('\n')[0]}`,
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const path_ = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      // The deepest node that exists: the field itself, else its entry, else the document.
      let node: Node | null = null;
      for (let depth = path_.length; depth > 0 && !node; depth--) {
        const found: unknown = doc.getIn(path_.slice(0, depth), true);
        if (isNode(found)) node = found;
      }
      node ??= doc.contents;
      const [top, index, field] = path_;
      const where =
        top === 'accepted' && typeof index === 'number'
          ? `entry ${index + 1} of accepted${field !== undefined ? `, field "${String(field)}"` : ''}`
          : path_.length > 0
            ? `field "${path_.join('.')}"`
            : 'the document';
      const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      return `${path}${lineOf(node)}: ${where}: ${issue.message}${unknownKeys}`;
    });
    throw new BaselineError(
      `${lines.join('\n')}\nA baseline is { accepted: [{ rule, target, selector, reason? }] }; ` +
        '`npm run a11y:baseline` writes one from a walk.',
    );
  }
  return { path, entries: parsed.data.accepted };
}

/**
 * Reads the baseline file. A missing file is an empty baseline unless it was named explicitly
 * (A11Y_BASELINE), since then a typo must not silently accept nothing.
 */
export function loadBaseline(path: string, options: { required: boolean }): Baseline {
  if (!existsSync(path)) {
    if (options.required) {
      throw new BaselineError(
        `${path}: A11Y_BASELINE names a file that does not exist; create it with \`npm run a11y:baseline\` or unset A11Y_BASELINE.`,
      );
    }
    return { path, entries: [] };
  }
  return parseBaseline(readFileSync(path, 'utf8'), path);
}

const kindOf = (target: string): string => target.split(':', 1)[0]!;

/** Whether an entry's target covers a finding's: the same page or chapter, or every one of its kind. */
function coversTarget(entryTarget: string, target: string): boolean {
  return entryTarget === target || entryTarget === kindOf(target);
}

export function entryAccepts(
  entry: BaselineEntry,
  finding: Pick<A11yFinding, 'rule' | 'target' | 'selector'>,
): boolean {
  return (
    entry.rule === finding.rule &&
    entry.selector === finding.selector &&
    coversTarget(entry.target, finding.target)
  );
}

export function isAccepted(
  baseline: Baseline,
  finding: Pick<A11yFinding, 'rule' | 'target' | 'selector'>,
): boolean {
  return baseline.entries.some((entry) => entryAccepts(entry, finding));
}

/** Every results file of a walk. */
export function readA11yResults(dir: string): A11yResultFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as A11yResultFile);
}

/** Baseline entries whose target this walk audited and which matched nothing: they can go. */
export function staleEntries(
  baseline: Baseline,
  results: readonly A11yResultFile[],
): BaselineEntry[] {
  const audited = new Set(results.flatMap((r) => r.audited));
  const findings = results.flatMap((r) => r.findings);
  return baseline.entries.filter(
    (entry) =>
      [...audited].some((target) => coversTarget(entry.target, target)) &&
      !findings.some((finding) => entryAccepts(entry, finding)),
  );
}

export interface BaselineRefresh {
  entries: BaselineEntry[];
  added: BaselineEntry[];
  /** Entries dropped because the walk audited their target and no longer met them. */
  removed: BaselineEntry[];
  /** Entries whose target the walk did not audit (a filtered walk): kept as they were. */
  unseen: BaselineEntry[];
}

/**
 * The baseline a walk's results call for: entries still met are kept (with their reasons), entries
 * whose target was audited and not met are dropped, entries the walk did not look at are kept, and
 * every finding no entry accepts gets an entry naming its exact target.
 */
export function refreshBaseline(
  baseline: Baseline,
  results: readonly A11yResultFile[],
): BaselineRefresh {
  const removed = staleEntries(baseline, results);
  const audited = new Set(results.flatMap((r) => r.audited));
  const unseen = baseline.entries.filter(
    (entry) => ![...audited].some((target) => coversTarget(entry.target, target)),
  );
  const kept = baseline.entries.filter((entry) => !removed.includes(entry));
  const added: BaselineEntry[] = [];
  for (const finding of results.flatMap((r) => r.findings)) {
    if (kept.some((e) => entryAccepts(e, finding)) || added.some((e) => entryAccepts(e, finding)))
      continue;
    added.push({
      rule: finding.rule,
      target: finding.target,
      selector: finding.selector,
      reason: `${finding.impact}: ${finding.help} (${finding.where}; found by a walk, review before committing)`,
    });
  }
  const order = (e: BaselineEntry): string => `${e.target}\u0000${e.rule}\u0000${e.selector}`;
  const entries = [...kept, ...added].sort((a, b) => order(a).localeCompare(order(b)));
  return { entries, added, removed, unseen };
}

const HEADER = `# Accessibility baseline: violations a walk accepts (README "Accessibility").
# Each entry: rule (axe-core rule id), target (classroom, topic, story or chapter, or one of them by
# id: topic:<classroom>/<topic>, story:<classroom>/<topic>/<story>, chapter:<exploration id>),
# selector (as the walk reported it) and why it is accepted. Refresh: \`npm run a11y:baseline\`.
`;

export function writeBaseline(path: string, entries: readonly BaselineEntry[]): void {
  mkdirSync(dirname(path) || '.', { recursive: true });
  writeFileSync(path, `${HEADER}${stringify({ accepted: entries }, { lineWidth: 0 })}`);
}

/** One line per entry, for people. */
export function describeEntry(entry: BaselineEntry): string {
  return `${entry.rule} on ${entry.target} at ${entry.selector}`;
}

/**
 * What a walk says about its baseline at the end: how many violations it accepted, and which
 * entries no longer occur (so the baseline shrinks as Oppia fixes them). Empty when nothing was
 * audited.
 */
export function baselineReport(baseline: Baseline, results: readonly A11yResultFile[]): string[] {
  if (results.length === 0) return [];
  const findings = results.flatMap((r) => r.findings);
  const accepted = findings.filter((f) => f.accepted).length;
  const open = findings.length - accepted;
  const stale = staleEntries(baseline, results);
  const lines = [
    `Accessibility: ${results.reduce((n, r) => n + r.audited.length, 0)} audit target(s) in ${results.length} test(s); ` +
      `${accepted} violation(s) accepted by ${baseline.path}, ${open} not accepted.`,
  ];
  if (stale.length > 0) {
    lines.push(
      `Accessibility baseline: ${stale.length === 1 ? '1 entry no longer occurs' : `${stale.length} entries no longer occur`}; ` +
        'remove them (`npm run a11y:baseline` does):',
      ...stale.map((e) => `  - ${describeEntry(e)}`),
    );
  }
  return lines;
}
