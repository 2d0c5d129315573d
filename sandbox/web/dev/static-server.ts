/**
 * A tiny stand-in server for developing and testing the browser side on its own: it serves the
 * bundle, the shell (card delay filled in) and canned JSON handler bodies behind Oppia's XSSI
 * prefix. Not the sandbox server (sandbox/server/), which serves real content and scenarios.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUNDLE_CSS_PATH, BUNDLE_JS_PATH, buildWebAssets, renderShellHtml } from '../build';

export interface CannedResponse {
  status?: number;
  body: unknown;
  delayMs?: number;
}

export interface StaticSandboxOptions {
  /** Handler path (without query) -> response. */
  handlers: Record<string, CannedResponse>;
  cardDelayMs?: number;
}

export interface RecordedPost {
  path: string;
  payload: unknown;
  csrfToken: string | null;
}

export interface StaticSandbox {
  url: string;
  posts: RecordedPost[];
  /** Replace or add a canned handler while running. */
  setHandler(path: string, response: CannedResponse): void;
  close(): Promise<void>;
}

const XSSI_PREFIX = ")]}'\n";
const SVG = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect width="150" height="150" fill="${fill}"/><rect x="150" width="150" height="150" fill="#f8bf74"/></svg>`;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parses a multipart/form-data body into its text fields. */
async function formFields(req: IncomingMessage): Promise<Record<string, string>> {
  const body = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  const boundary = /boundary=(.+)$/.exec(type)?.[1];
  if (!boundary) return {};
  const fields: Record<string, string> = {};
  for (const part of body.toString('utf8').split(`--${boundary}`)) {
    const name = /name="([^"]+)"/.exec(part)?.[1];
    const at = part.indexOf('\r\n\r\n');
    if (name && at !== -1) fields[name] = part.slice(at + 4).replace(/\r\n$/, '');
  }
  return fields;
}

export async function startStaticSandbox(options: StaticSandboxOptions): Promise<StaticSandbox> {
  const assets = await buildWebAssets();
  const shell = renderShellHtml(assets.shellHtml, options.cardDelayMs ?? 50);
  const handlers = new Map(Object.entries(options.handlers));
  const posts: RecordedPost[] = [];

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      if (req.method === 'POST') {
        const fields = await formFields(req);
        posts.push({
          path,
          payload: JSON.parse(fields.payload ?? 'null'),
          csrfToken: fields.csrf_token ?? null,
        });
        send(res, 200, 'application/json', `${XSSI_PREFIX}{}`);
        return;
      }
      if (path === BUNDLE_JS_PATH) return send(res, 200, 'text/javascript', assets.js);
      if (path === BUNDLE_CSS_PATH) return send(res, 200, 'text/css', assets.css);
      if (path === '/csrfhandler')
        return send(res, 200, 'application/json', `${XSSI_PREFIX}{"token":"test-token"}`);
      if (path === '/userinfohandler') {
        return send(
          res,
          200,
          'application/json',
          `${XSSI_PREFIX}${JSON.stringify({ user_is_logged_in: false, roles: ['GUEST'] })}`,
        );
      }
      if (path === '/feature_flags_evaluation_handler')
        return send(res, 200, 'application/json', `${XSSI_PREFIX}{}`);
      if (path.startsWith('/assetsdevhandler/')) {
        if (path.includes('missing')) return send(res, 404, 'text/plain', 'Not found');
        return send(res, 200, 'image/svg+xml', SVG('#a6dacf'));
      }
      const canned = handlers.get(path);
      if (canned) {
        if (canned.delayMs) await new Promise((r) => setTimeout(r, canned.delayMs));
        const status = canned.status ?? 200;
        const body =
          status >= 400 && canned.body === undefined
            ? { error: 'Error', status_code: status }
            : canned.body;
        return send(
          res,
          status,
          'application/json; charset=utf-8',
          `${XSSI_PREFIX}${JSON.stringify(body)}`,
        );
      }
      if (/^\/(learn|explore|error)(\/|$)/.test(path) || path === '/')
        return send(res, 200, 'text/html', shell);
      return send(res, 404, 'text/html', shell);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    setHandler: (path, response) => handlers.set(path, response),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
