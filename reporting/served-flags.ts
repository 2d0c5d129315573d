import { existsSync, readFileSync } from 'node:fs';
import { snapshotSchema } from '../catalog/snapshot';
import type { ServedFlags } from '../catalog/flags';

/**
 * The feature flags the target served this walk (the snapshot's `flags`: those that choose the
 * learner's designs), for the report's environment and `summary.json`. Null when there is no
 * readable snapshot (a run that never reached discovery): the reports then say nothing rather
 * than guess.
 */
export function servedFlagsOf(snapshotPath: string): ServedFlags | null {
  if (!existsSync(snapshotPath)) return null;
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(readFileSync(snapshotPath, 'utf8')));
    return parsed.success ? parsed.data.flags : null;
  } catch {
    return null;
  }
}

/** The Allure environment's `feature_flags` entry: the served map as JSON, or "unknown". */
export function flagsEnvironmentValue(flags: ServedFlags | null): string {
  return flags ? JSON.stringify(flags) : 'unknown';
}
