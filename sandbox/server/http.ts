import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a handler answers; written to the socket in one place (`writeReply`). */
export type Reply =
  /** Oppia's `render_json`: XSSI prefix + JSON, Oppia's JSON headers. */
  | { kind: 'oppia-json'; status: number; body: unknown }
  /** The sandbox's own admin endpoint: plain JSON, no prefix. */
  | { kind: 'admin-json'; status: number; body: unknown }
  /** Oppia's `render_template`: the SPA shell. */
  | { kind: 'html'; status: number; body: string }
  | { kind: 'file'; status: number; contentType: string; body: Buffer | string }
  /** No response at all: the connection is cut (site-down). */
  | { kind: 'destroy' };

export interface RequestContext {
  readonly method: string;
  readonly url: URL;
  /** webob's `request.uri` (scheme, host, path and query), as Oppia's 404 message quotes it. */
  readonly uri: string;
  readonly params: Readonly<Record<string, string>>;
  readonly body: Buffer;
  /** Aborted when the sandbox closes, so delayed answers never hold shutdown up. */
  readonly signal: AbortSignal;
}

// core/feconf.py @ 00499ef3: XSSI_PREFIX = b")]}'\n".
export const XSSI_PREFIX = ")]}'\n";

/** A reply that is written out (everything but `destroy`). */
export type WrittenReply = Exclude<Reply, { kind: 'destroy' }>;
type OppiaJsonReply = Extract<Reply, { kind: 'oppia-json' }>;
type AdminJsonReply = Extract<Reply, { kind: 'admin-json' }>;

export const oppiaJson = (body: unknown, status = 200): OppiaJsonReply => ({
  kind: 'oppia-json',
  status,
  body,
});
export const adminJson = (body: unknown, status = 200): AdminJsonReply => ({
  kind: 'admin-json',
  status,
  body,
});

/** Oppia's error body (core/controllers/base.py handle_exception). */
export const oppiaError = (status: number, error: string): OppiaJsonReply =>
  oppiaJson({ error, status_code: status }, status);

/** base.py: `'Could not find the resource %s.' % self.request.uri`. */
export const notFound = (ctx: RequestContext): OppiaJsonReply =>
  oppiaError(404, `Could not find the resource ${ctx.uri}.`);

// base.py render_json / render_template headers (core/controllers/base.py, typed version).
const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Xss-Protection': '1; mode=block',
};

export function writeReply(res: ServerResponse, reply: WrittenReply): void {
  switch (reply.kind) {
    case 'oppia-json':
      res.writeHead(reply.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="oppia-attachment.txt"',
        ...SECURITY_HEADERS,
      });
      res.end(XSSI_PREFIX + JSON.stringify(reply.body));
      return;
    case 'admin-json':
      res.writeHead(reply.status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      res.end(JSON.stringify(reply.body));
      return;
    case 'html':
      res.writeHead(reply.status, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache, no-store, must-revalidate',
        Pragma: 'no-cache',
        Expires: 'Mon, 01 Jan 1990 00:00:00 GMT',
        'X-Frame-Options': 'DENY',
        ...SECURITY_HEADERS,
      });
      res.end(reply.body);
      return;
    case 'file':
      res.writeHead(reply.status, {
        'Content-Type': reply.contentType,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(reply.body);
      return;
  }
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Reads a request body (event posts are small; anything past 2 MB is cut off). */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Resolves after `ms`, or rejects with an AbortError when the sandbox shuts down first. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  const reason = () => (signal.reason instanceof Error ? signal.reason : new Error('aborted'));
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(reason());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(reason());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
