import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { REDACTED, redactHeaders, redactUrl } from '../fixtures/redact';

/**
 * Playwright traces record every request's headers and cookies (HAR-style `.network` entries). A
 * trace is kept for every failed test and copied into the Allure results, so before anyone reads
 * them the walk rewrites each trace: secret headers, every cookie value and token-like query
 * parameters are replaced with "[redacted]", exactly as the HTTP log does.
 */
export function redactTraceZips(dirs: readonly string[]): number {
  let rewritten = 0;
  for (const file of dirs.flatMap((dir) => zipFilesUnder(dir))) {
    if (redactTraceZip(file)) rewritten++;
  }
  return rewritten;
}

/** Rewrites one zip in place if it holds trace events; returns whether it did. */
export function redactTraceZip(file: string): boolean {
  let zip: AdmZip;
  try {
    zip = new AdmZip(file);
  } catch {
    return false; // not a zip after all
  }
  const traceEntries = zip
    .getEntries()
    .filter((e) => /\.(trace|network)$/.test(e.entryName) && !e.isDirectory);
  if (traceEntries.length === 0) return false;
  // Rebuilt entry by entry: updating entries in place leaves stale checksums in some zips.
  const clean = new AdmZip();
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const data = traceEntries.includes(entry) ? scrubLines(entry.getData()) : entry.getData();
    clean.addFile(entry.entryName, data);
  }
  clean.writeZip(file);
  return true;
}

function scrubLines(data: Buffer): Buffer {
  const lines = data.toString('utf8').split('\n');
  const clean = lines.map((line) => {
    if (!line.trim()) return line;
    try {
      return JSON.stringify(scrub(JSON.parse(line)));
    } catch {
      return line;
    }
  });
  return Buffer.from(clean.join('\n'), 'utf8');
}

function scrub(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    if (key === 'cookies') {
      return value.map((c: unknown) =>
        c && typeof c === 'object' ? { ...c, value: REDACTED } : c,
      );
    }
    if (key === 'headers' || key === 'queryString') {
      return value.map((h: unknown) => {
        if (!h || typeof h !== 'object' || !('name' in h) || !('value' in h)) return h;
        const { name, value: v } = h as { name: string; value: string };
        const clean = redactHeaders({ [name]: String(v) })[name];
        const secretParam =
          key === 'queryString' && redactUrl(`http://x/?${name}=1`).includes(REDACTED);
        return { ...h, value: secretParam ? REDACTED : clean };
      });
    }
    return value.map((v) => scrub(v));
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'headers' && v && typeof v === 'object' && !Array.isArray(v)) {
        out[k] = redactHeaders(v as Record<string, string>);
      } else if (k === 'url' && typeof v === 'string') {
        out[k] = redactUrl(v);
      } else {
        out[k] = scrub(v, k);
      }
    }
    return out;
  }
  return value;
}

function zipFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) found.push(...zipFilesUnder(path));
    else if (name.endsWith('.zip')) found.push(path);
  }
  return found;
}
