import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
} from 'yaml';

/**
 * The project's CI hardening rules (style.md: grafana plugin-tools' hardened CI), checked on a
 * workflow's text. actionlint checks that a workflow is valid; these check that it is careful.
 */

/** One problem in a workflow file; the same shape actionlint reports. */
export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

/** `owner/repo[/path]@<40 hex>`: a full commit SHA, the only immutable reference. */
const PINNED_ACTION = /^[\w.-]+\/[\w.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;
/** The trailing comment that tells people (and Dependabot/Renovate) which release the SHA is. */
const VERSION_COMMENT = /^\s*v\d+(\.\d+)*\b/;

function get(map: unknown, key: string): Node | undefined {
  if (!isMap(map)) return undefined;
  const value: unknown = map.get(key, true);
  return isNode(value) ? value : undefined;
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** Checks one workflow's text against the hardening rules. */
export function checkHardening(text: string, file: string): WorkflowFinding[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const findings: WorkflowFinding[] = [];
  const report = (node: Node | null | undefined, kind: string, message: string) => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    findings.push({ file, line, column: col, kind, message });
  };
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    report(doc.contents, 'syntax', 'not a YAML mapping; actionlint reports the details.');
    return findings;
  }
  const root = doc.contents as YAMLMap;

  const permissions = get(root, 'permissions');
  if (!permissions) {
    report(
      root,
      'permissions',
      'no top-level "permissions": set `contents: read` and grant more per job.',
    );
  } else if (!isMap(permissions)) {
    report(
      permissions,
      'permissions',
      'top-level "permissions" must list scopes (e.g. `contents: read`), not a preset.',
    );
  } else {
    for (const pair of permissions.items) {
      if (scalarText(pair.value) === 'write') {
        report(
          pair.value as Node,
          'permissions',
          `top-level "${scalarText(pair.key)}: write": grant write only on the job that needs it.`,
        );
      }
    }
  }

  const jobs = get(root, 'jobs');
  const jobPairs = isMap(jobs) ? jobs.items : [];
  const everyJobHasConcurrency =
    jobPairs.length > 0 && jobPairs.every((pair) => get(pair.value, 'concurrency'));
  if (!get(root, 'concurrency') && !everyJobHasConcurrency) {
    report(
      root,
      'concurrency',
      'no "concurrency" group: set one at the top level (or on every job).',
    );
  }

  for (const pair of jobPairs) {
    const name = scalarText(pair.key) ?? '?';
    const job = pair.value;
    const reusable = get(job, 'uses');
    if (reusable) checkUses(reusable, report);
    // A job that calls a reusable workflow cannot set timeout-minutes; the called jobs do.
    else if (!get(job, 'timeout-minutes')) {
      report(pair.key as Node, 'timeout', `job "${name}" has no "timeout-minutes".`);
    }
    const steps = get(job, 'steps');
    for (const step of isSeq(steps) ? steps.items : []) checkStep(step as Node, report);
  }
  return findings;
}

type Report = (node: Node | null | undefined, kind: string, message: string) => void;

function checkUses(node: Node, report: Report): void {
  const ref = scalarText(node) ?? '';
  if (ref.startsWith('./')) return; // a local action or workflow: pinned by this repository's commit
  if (ref.startsWith('docker://')) {
    if (!/@sha256:[0-9a-f]{64}$/.test(ref))
      report(node, 'pin', `"${ref}" must be pinned by digest (@sha256:...).`);
    return;
  }
  if (!PINNED_ACTION.test(ref)) {
    report(node, 'pin', `"${ref}" is not pinned to a full 40-character commit SHA.`);
  } else if (!VERSION_COMMENT.test((node as { comment?: string }).comment ?? '')) {
    report(
      node,
      'pin',
      `"${ref}" needs its version in a comment on the same line (e.g. "# v4.2.2").`,
    );
  }
}

function checkStep(step: Node, report: Report): void {
  const uses = get(step, 'uses');
  if (uses) {
    checkUses(uses, report);
    const action = (scalarText(uses) ?? '').split('@')[0];
    if (
      action === 'actions/checkout' &&
      scalarText(get(get(step, 'with'), 'persist-credentials')) !== 'false'
    ) {
      report(
        uses,
        'checkout',
        'actions/checkout without `persist-credentials: false` leaves the token in .git/config.',
      );
    }
    if (
      action === 'actions/upload-artifact' &&
      !(scalarText(get(step, 'if')) ?? '').includes('!cancelled()')
    ) {
      report(
        uses,
        'upload',
        'reports are uploaded unless the run was cancelled: add `if: ${{ !cancelled() }}`.',
      );
    }
  }
  const run = get(step, 'run');
  const script = scalarText(run) ?? '';
  for (const match of script.matchAll(/playwright install([^\n;&|]*)/g)) {
    const browsers = (match[1] ?? '').split(/\s+/).filter((word) => word && !word.startsWith('-'));
    if (browsers.length !== 1 || browsers[0] !== 'chromium') {
      report(
        run,
        'browsers',
        `"${match[0].trim()}": install only the Chromium the suite drives ("playwright install --with-deps chromium").`,
      );
    }
  }
}
