import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Filters } from '../config';

/** `DIR/manifest.json`: what was recorded, from where, when, by which suite. */
export interface RecordManifest {
  version: 1;
  /** Base URL recorded. */
  target: string;
  recordedAt: string;
  durationMs: number;
  suite: { name: string; version: string; commit: string | null };
  filters: Filters;
  assets: boolean;
  counts: {
    classrooms: number;
    topics: number;
    stories: number;
    chapters: number;
    /** JSON handler bodies saved (explorations included). */
    handlerBodies: number;
    explorations: number;
    assets: number;
    notRecorded: number;
  };
  /** Files written, relative to DIR, sorted (the manifest itself left out). */
  files: string[];
  /** Requests that did not give something to save: the replay answers 404 for them. */
  notRecorded: Array<{ url: string; status?: number; reason: string }>;
  /** Fields replaced because they are per-visit secrets or name people. */
  redacted: Array<{ path: string; field: string }>;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The suite's name and version (package.json) and its git commit, when it is a checkout. */
export function suiteIdentity(): RecordManifest['suite'] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as {
    name: string;
    version: string;
  };
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // Not a git checkout (an npm pack, a container image): the version says enough.
  }
  return { name: pkg.name, version: pkg.version, commit };
}
