import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { FIXTURES, START_TIMEOUT_MS } from './server-helpers';

/** `sandbox/cli.ts` as a child process: argument errors, the ready line, clean shutdown. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const READY =
  /^Oppia sandbox ready at (http:\/\/127\.0\.0\.1:\d+) \(scenario: ([a-z0-9-]+), (\d+) chapters, card delay (\d+) ms\)$/;

function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function runToExit(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/** Starts the CLI and resolves with its first stdout line. */
async function startCli(args: string[]): Promise<{ child: ChildProcess; line: string }> {
  const child = spawnCli(args);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf('\n');
      if (newline >= 0) resolve(stdout.slice(0, newline));
    });
    child.once('exit', (code) =>
      reject(new Error(`CLI exited with ${code} before its ready line: ${stderr}`)),
    );
  });
  return { child, line };
}

test.describe('bad arguments exit 2 naming the flag, the value and what is allowed', () => {
  const CASES: Array<[string, string[], RegExp[]]> = [
    ['a port that is not a number', ['--port', 'abc'], [/--port "abc"/, /integer from 0 to 65535/]],
    ['a port out of range', ['--port=70000'], [/--port "70000"/, /0 to 65535/]],
    [
      'an unknown scenario',
      ['--scenario', 'meltdown'],
      [/--scenario "meltdown"/, /healthy, place-values-500/],
    ],
    [
      'a content dir that does not exist',
      ['--content', 'no/such/dir'],
      [/--content "no\/such\/dir" is not a directory/],
    ],
    [
      'a synthetic count of zero',
      ['--synthetic', '0'],
      [/--synthetic "0"/, /integer from 1 to 100000/],
    ],
    [
      'a negative card delay',
      ['--card-delay', '-5'],
      [/--card-delay "-5"/, /integer from 0 to 60000/],
    ],
    [
      'content and synthetic together',
      ['--content', FIXTURES, '--synthetic', '5'],
      [/--content and --synthetic cannot be combined/],
    ],
    ['a seed without --synthetic', ['--seed', '3'], [/--seed 3 only applies with --synthetic/]],
    ['an unknown flag', ['--verbose'], [/unknown argument "--verbose"/, /allowed: --port/]],
    ['a flag without its value', ['--port'], [/--port needs a value/]],
  ];
  for (const [what, args, messages] of CASES) {
    test(what, async () => {
      const { code, stdout, stderr } = await runToExit(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      for (const message of messages) expect(stderr).toMatch(message);
      expect(stderr).toContain('Usage: npm run sandbox');
    });
  }
});

test('--help prints the usage and exits 0', async () => {
  const { code, stdout } = await runToExit(['--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('--synthetic N');
  expect(stdout).toContain('site-down');
});

test('invalid content stops the start with the file and field named, exit 1', async () => {
  test.setTimeout(START_TIMEOUT_MS);
  const { code, stderr } = await runToExit([
    '--port',
    '0',
    '--content',
    `${FIXTURES}invalid/bad-version`,
  ]);
  expect(code).toBe(1);
  expect(stderr).toContain('tinyExp0001.yaml: states_schema_version 38 is not supported');
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`prints one ready line, serves, and stops cleanly on ${signal}`, async () => {
    test.setTimeout(START_TIMEOUT_MS);
    const { child, line } = await startCli([
      '--port',
      '0',
      '--synthetic',
      '12',
      '--seed',
      '3',
      '--scenario',
      'topic-500',
      '--quiet',
    ]);
    try {
      const match = READY.exec(line);
      expect(match, line).not.toBeNull();
      const [, url, scenario, chapters] = match ?? [];
      expect(scenario).toBe('topic-500');
      expect(chapters).toBe('12');
      const health = await fetch(`${url}/_sandbox/health`);
      expect(await health.json()).toEqual({ ok: true, scenario: 'topic-500' });
    } finally {
      const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
      child.kill(signal);
      const [code] = await exited;
      expect(code).toBe(0);
    }
  });
}

test('a port already in use is reported, exit 1', async () => {
  test.setTimeout(START_TIMEOUT_MS);
  const { child, line } = await startCli(['--port', '0', '--synthetic', '3', '--quiet']);
  try {
    const port = new URL(READY.exec(line)?.[1] ?? 'http://x:1').port;
    const { code, stderr } = await runToExit(['--port', port, '--synthetic', '3']);
    expect(code).toBe(1);
    expect(stderr).toContain(`port ${port} on 127.0.0.1 is already in use`);
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
});
