import { z } from 'zod';
import { createLimiter, createPacer, type Limiter, type Pacer } from './limit';
import { stripXssiPrefix } from './xssi';

/**
 * A small client for Oppia's JSON handlers: XSSI prefix stripped, every body zod-validated, every
 * failure a typed error that names the URL. Independent of Playwright so discovery, fixtures and
 * tests can all use it.
 */

/** The body Oppia's BaseHandler.handle_exception renders for JSON handlers (core/controllers/base.py). */
export const oppiaErrorBodySchema = z.looseObject({
  error: z.string().nullable(),
  status_code: z.number(),
});
export type OppiaErrorBody = z.output<typeof oppiaErrorBodySchema>;

export interface SchemaIssue {
  /** e.g. "story_nodes[2].exploration_id"; "(body)" for the body as a whole. */
  path: string;
  message: string;
}

/** The target answered with a status outside 2xx. */
export class OppiaHttpError extends Error {
  override name = 'OppiaHttpError';
  constructor(
    readonly url: string,
    readonly status: number,
    /** Oppia's `{error, status_code}` body when the response carried one. */
    readonly body: OppiaErrorBody | null,
  ) {
    const detail = body?.error ? `: ${body.error}` : '';
    super(`GET ${url} answered HTTP ${status}${detail}`);
  }
}

/** The target answered 2xx, but the body is not JSON of the shape the suite relies on. */
export class OppiaSchemaError extends Error {
  override name = 'OppiaSchemaError';
  constructor(
    readonly url: string,
    readonly issues: SchemaIssue[],
  ) {
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    const list = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    super(`GET ${url} answered a body Oppia's handler would not send (${count}): ${list}`);
  }
}

/** No answer: refused, reset, DNS failure or timeout. */
export class OppiaNetworkError extends Error {
  override name = 'OppiaNetworkError';
  constructor(
    readonly url: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`GET ${url} got no answer: ${reason}`, options);
  }
}

export type OppiaRequestError = OppiaHttpError | OppiaSchemaError | OppiaNetworkError;

export function isOppiaRequestError(error: unknown): error is OppiaRequestError {
  return (
    error instanceof OppiaHttpError ||
    error instanceof OppiaSchemaError ||
    error instanceof OppiaNetworkError
  );
}

/**
 * ["story_nodes", 2, "exploration_id"] -> "story_nodes[2].exploration_id"; keys that are not
 * identifiers (state names) are quoted: states["How many tens"].interaction.
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (!/^[A-Za-z_$][\w$]*$/.test(String(key))) text += `[${JSON.stringify(String(key))}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(body)';
}

export function schemaIssues(error: z.ZodError): SchemaIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: issue.message,
  }));
}

export interface OppiaClientOptions {
  /** e.g. https://www.oppiatestserver.org (a trailing slash is dropped). */
  baseUrl: string;
  /** Per request, covering the body as well as the headers. Default 30000. */
  timeoutMs?: number;
  /** Requests in flight at once. Default unbounded. */
  concurrency?: number;
  /** Most request starts per second (politeness to production). Default unbounded. */
  requestRate?: number | null;
  fetch?: typeof fetch;
}

export class OppiaClient {
  readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly limit: Limiter;
  private readonly pace: Pacer;
  private readonly fetchImpl: typeof fetch;

  constructor(options: OppiaClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.limit = options.concurrency ? createLimiter(options.concurrency) : (task) => task();
    this.pace = createPacer(options.requestRate ?? null);
    this.fetchImpl = options.fetch ?? fetch;
  }

  /** Absolute URL of an Oppia path such as `/all_classrooms_summary`. */
  url(path: string): string {
    if (!path.startsWith('/')) throw new Error(`an Oppia path starts with "/", got "${path}"`);
    return `${this.baseUrl}${path}`;
  }

  /**
   * GETs a JSON handler and validates its body. Throws OppiaHttpError, OppiaSchemaError or
   * OppiaNetworkError.
   */
  getJson<S extends z.ZodType>(
    path: string,
    schema: S,
    options: { timeoutMs?: number } = {},
  ): Promise<z.output<S>> {
    const url = this.url(path);
    return this.limit(async () => {
      await this.pace();
      const text = await this.fetchText(url, options.timeoutMs ?? this.timeoutMs);
      let json: unknown;
      try {
        json = JSON.parse(stripXssiPrefix(text.body));
      } catch {
        const start = JSON.stringify(text.body.slice(0, 60));
        if (!text.ok) throw new OppiaHttpError(url, text.status, null);
        throw new OppiaSchemaError(url, [{ path: '(body)', message: `not JSON: starts ${start}` }]);
      }
      if (!text.ok) {
        const body = oppiaErrorBodySchema.safeParse(json);
        throw new OppiaHttpError(url, text.status, body.success ? body.data : null);
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw new OppiaSchemaError(url, schemaIssues(parsed.error));
      return parsed.data;
    });
  }

  private async fetchText(
    url: string,
    timeoutMs: number,
  ): Promise<{ ok: boolean; status: number; body: string }> {
    try {
      const response = await this.fetchImpl(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      return { ok: response.ok, status: response.status, body: await response.text() };
    } catch (error) {
      throw new OppiaNetworkError(url, describeNetworkFailure(error, timeoutMs), { cause: error });
    }
  }
}

/** Node's fetch hides the useful part ("connect ECONNREFUSED 127.0.0.1:80") in `cause`. */
function describeNetworkFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
