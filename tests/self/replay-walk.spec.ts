import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { childEnv } from '../../config';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Snapshot } from '../../catalog/snapshot';
import type { RecordManifest } from '../../recorder/manifest';
import type { RunSummary } from '../../reporting/summary-schema';
import { startSandbox } from '../../sandbox/server';
import { runWalk, sandboxEvents, type WalkRun } from './walk-runner';

/**
 * Record and replay, end to end: `npm run record` of the healthy sandbox, `--replay` of that
 * recording in a second sandbox, and the real walk (`npm run journey`) of both must give the same
 * catalog, the same chapters and the same results. Two small topics keep it short.
 */

const TOPICS = 'plant-life,weather-and-water';
const WALK = { TOPICS, PROJECTS: 'desktop', WORKERS: '2', DEPTH: 'full', SEED: '7', RETRIES: '0' };

async function runRecord(dir: string, env: Record<string, string>): Promise<string> {
  // Only the given variables of the suite's: the machine's shell must not steer the recording.
  const child = spawn('npm', ['run', '--silent', 'record', '--', dir], {
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  expect(code, output).toBe(0);
  return output;
}

/** The catalog as the walk saw it, with the target's address left out. */
function catalogOf(run: WalkRun, base: string): unknown {
  const snapshot = JSON.parse(readFileSync(join(run.dir, 'catalog.json'), 'utf8')) as Snapshot;
  const json = JSON.stringify({ classrooms: snapshot.classrooms, problems: snapshot.problems });
  return JSON.parse(json.replaceAll(base, '<target>')) as unknown;
}

/** Every outcome, without timings and the target's address, in a stable order. */
function resultsOf(summary: RunSummary, base: string) {
  const path = (url: string) => url.replace(base, '<target>');
  return {
    chapters: summary.chapters
      .map((c) => ({
        classroom: c.classroom,
        topic: c.topic,
        story: c.story,
        number: c.number,
        title: c.title,
        explorationId: c.explorationId,
        nodeId: c.nodeId,
        url: path(c.url),
        status: c.status,
        failure: c.failure?.category,
      }))
      .sort((a, b) => a.url.localeCompare(b.url)),
    pages: summary.pages
      .map((p) => ({
        kind: p.kind,
        title: p.title,
        url: path(p.url),
        status: p.status,
        failure: p.failure?.category,
      }))
      .sort((a, b) => a.url.localeCompare(b.url)),
    totals: summary.totals,
  };
}

test('a walk of a replayed recording matches the walk of the original', async () => {
  const dir = resolve('test-results', 'self', 'replay-recording');
  rmSync(dir, { recursive: true, force: true });
  const original = await startSandbox({ quiet: true });
  let originalRun: WalkRun;
  try {
    await runRecord(dir, { BASE_URL: original.url, TOPICS });
    originalRun = await runWalk('replay-original', { BASE_URL: original.url, ...WALK }, 5 * 60_000);
  } finally {
    await original.close();
  }

  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RecordManifest;
  expect(manifest.target).toBe(original.url);
  expect(manifest.notRecorded).toEqual([]);
  expect(manifest.counts).toMatchObject({ classrooms: 1, topics: 2, chapters: 6, explorations: 6 });
  expect(manifest.counts.assets).toBeGreaterThan(0);

  const replay = await startSandbox({ replayDir: dir, quiet: true });
  try {
    const replayRun = await runWalk(
      'replay-replayed',
      { BASE_URL: replay.url, ...WALK },
      5 * 60_000,
    );
    const events = await sandboxEvents(replay.url);

    expect(originalRun.summary, originalRun.output.slice(-3000)).not.toBeNull();
    expect(replayRun.summary, replayRun.output.slice(-3000)).not.toBeNull();
    const before = resultsOf(originalRun.summary!, original.url);
    const after = resultsOf(replayRun.summary!, replay.url);
    expect(before.totals).toEqual({
      chapters: 6,
      passed: 6,
      failed: 0,
      flaky: 0,
      skipped: 0,
      known: 0,
      timingWarnings: 0,
    });
    expect(catalogOf(replayRun, replay.url), 'the same catalog').toEqual(
      catalogOf(originalRun, original.url),
    );
    expect(after.chapters, 'the same chapters with the same results').toEqual(before.chapters);
    expect(after.pages, 'the same pages with the same results').toEqual(before.pages);
    expect(after.totals).toEqual(before.totals);
    expect(replayRun.exitCode).toBe(0);
    expect(events.learnerEvents, 'the replay accepted the learner events').toBeGreaterThan(0);
  } finally {
    await replay.close();
  }
});
