import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadContentDir, type SandboxContent } from '../content-loader';
import { loadReplay, type Replay } from '../replay';
import { generateSyntheticContent } from '../synthetic';
import type { SandboxApp } from './app';
import { CatalogIndex } from './catalog-index';
import { EventCounter } from './event-counter';
import { checkFlags, NEW_PLAYER_HOOKS, type NewPlayerHooks } from './flags';
import { adminReply } from './handlers/admin';
import { oppiaError, readBody, writeReply, type RequestContext } from './http';
import { matchRoute } from './routes';
import { SCENARIO_NAMES, ScenarioRegistry, UnknownScenarioError } from './scenarios';
import { loadWebAssets } from './web-assets';

export { ContentError } from '../content-loader';
export { SCENARIO_NAMES, UnknownScenarioError } from './scenarios';
export type { ScenarioBreaks } from './scenarios';
export { KNOWN_FLAGS, NEW_PLAYER_HOOKS, UnknownFlagError } from './flags';
export type { KnownFlag, NewPlayerHooks } from './flags';

export interface SandboxOptions {
  /** 0 = any free port (the default here; the CLI defaults to 4180). */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 'healthy'. */
  scenario?: string;
  /**
   * A sandbox content directory (catalog.yaml + explorations/ + assets/), or a folder of Oppia
   * exploration YAMLs served as one generated classroom/topic/story. Default: sandbox/content.
   */
  contentDir?: string;
  /** N generated chapters (deterministic from `seed`) instead of a content directory. */
  synthetic?: number;
  /**
   * A record directory (`npm run record`, docs/record-replay.md): its recorded bodies are served
   * instead of content, and anything not recorded answers 404 as Oppia does.
   */
  replayDir?: string;
  /** Seed for `synthetic`; default 1. */
  seed?: number;
  /** The player's minimum delay between submit and response; default SANDBOX_CARD_DELAY_MS. */
  cardDelayMs?: number;
  /** No log lines on stderr. */
  quiet?: boolean;
  /** Oppia feature flags on for every user (KNOWN_FLAGS); an unknown name throws UnknownFlagError. */
  flags?: readonly string[];
  /** The new player's hooks: Oppia's latest templates (default) or the older ones. */
  newPlayerHooks?: NewPlayerHooks;
}

export interface RunningSandbox {
  /** `http://<host>:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
  /** Switches scenario at run time; throws UnknownScenarioError for a name not in SCENARIO_NAMES. */
  setScenario(name: string): void;
  /** Published chapters a learner can reach (for the ready line). */
  readonly chapterCount: number;
  readonly scenario: string;
  /** The flags turned on, in KNOWN_FLAGS order. */
  readonly flags: readonly string[];
  /** The player's delay between an answer and its response (for the ready line). */
  readonly cardDelayMs: number;
}

/**
 * The player's delay between an answer and its response, unless `cardDelayMs` sets another:
 * shorter than Oppia's MIN_CARD_LOADING_DELAY_MSEC (950 ms), so that local walks are quick.
 */
export const SANDBOX_CARD_DELAY_MS = 300;

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('../content', import.meta.url));

/** Loads the content, builds the browser bundle and starts listening. */
export async function startSandbox(opts: SandboxOptions = {}): Promise<RunningSandbox> {
  const scenario = opts.scenario ?? 'healthy';
  if (!SCENARIO_NAMES.includes(scenario)) throw new UnknownScenarioError(scenario);
  const flags = checkFlags(opts.flags ?? []);
  const newPlayerHooks = opts.newPlayerHooks ?? 'latest';
  if (!NEW_PLAYER_HOOKS.includes(newPlayerHooks)) {
    throw new Error(
      `newPlayerHooks must be ${NEW_PLAYER_HOOKS.join(' or ')}, got ${newPlayerHooks}`,
    );
  }
  const { content, replay } = await loadContent(opts);
  const catalog = new CatalogIndex(content);
  const cardDelayMs = opts.cardDelayMs ?? SANDBOX_CARD_DELAY_MS;
  const app: SandboxApp = {
    catalog,
    web: await loadWebAssets({ cardDelayMs, newPlayerHooks }),
    events: new EventCounter(),
    scenarios: new ScenarioRegistry(catalog, scenario),
    replay,
    flags,
  };
  const log = opts.quiet ? () => {} : (line: string) => process.stderr.write(`[sandbox] ${line}\n`);
  if (replay) for (const line of [replay.describe(), ...replay.problems]) log(line);
  const shutdown = new AbortController();

  const server = createServer((req, res) => {
    handle(req, res, app, shutdown.signal, log).catch((error: unknown) => {
      if (shutdown.signal.aborted) return;
      log(`${req.method} ${req.url} failed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent)
        writeReply(res, oppiaError(500, `Sandbox error: ${(error as Error).message}`));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    chapterCount: catalog.walkableChapters().length,
    flags: [...flags],
    cardDelayMs,
    get scenario() {
      return app.scenarios.current;
    },
    setScenario: (name) => app.scenarios.activate(name),
    close: () =>
      new Promise<void>((resolve, reject) => {
        shutdown.abort(new Error('sandbox closed'));
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function loadContent(
  opts: SandboxOptions,
): Promise<{ content: SandboxContent; replay?: Replay }> {
  const sources = [opts.contentDir, opts.synthetic, opts.replayDir].filter((s) => s !== undefined);
  if (sources.length > 1) {
    throw new Error(
      'Give one of contentDir (--content), synthetic (--synthetic) or replayDir (--replay)',
    );
  }
  if (opts.replayDir !== undefined) return loadReplay(opts.replayDir);
  if (opts.synthetic !== undefined)
    return { content: generateSyntheticContent(opts.synthetic, opts.seed ?? 1) };
  return { content: await loadContentDir(opts.contentDir ?? DEFAULT_CONTENT_DIR) };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  app: SandboxApp,
  signal: AbortSignal,
  log: (line: string) => void,
): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  // HEAD is answered as GET (node leaves the body out), as webapp2 does.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const body = method === 'GET' ? Buffer.alloc(0) : await readBody(req);

  if (url.pathname.startsWith('/_sandbox/')) {
    writeReply(res, adminReply(method, url.pathname, body, app));
    return;
  }

  const { route, params } = matchRoute(method, url.pathname);
  const ctx: RequestContext = { method, url, uri: url.href, params, body, signal };
  const hooks = app.scenarios.hooks;
  let reply = await hooks.before?.(route.name, ctx, app);
  if (reply?.kind === 'destroy') {
    req.socket.destroy();
    return;
  }
  if (method !== 'GET') app.events.recordNonGetRequest();
  reply ??= (await app.replay?.reply(route.name, ctx, app)) ?? (await route.handle(ctx, app));
  if (reply.kind === 'destroy') {
    req.socket.destroy();
    return;
  }
  if (reply.kind === 'oppia-json' && reply.status === 200 && hooks.alterJson) {
    reply = { ...reply, body: hooks.alterJson(route.name, ctx, reply.body) };
  }
  if (reply.status >= 400)
    log(
      `${method} ${url.pathname}${url.search} -> ${reply.status} (scenario ${app.scenarios.current})`,
    );
  writeReply(res, reply);
}
