/**
 * JSON handlers as Oppia's SPA reads them: Angular's HttpClient strips the XSSI prefix with
 * /^\)\]\}',?\n/ before parsing (feconf.XSSI_PREFIX is `)]}'` + newline).
 */

const XSSI_PREFIX = /^\)\]\}',?\n/;

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`GET ${url} answered ${status}`);
  }
}

export function parseOppiaJson(text: string): unknown {
  return JSON.parse(text.replace(XSSI_PREFIX, ''));
}

/** GET a JSON handler; a non-2xx status throws HttpError, a connection failure throws TypeError. */
export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = parseOppiaJson(text);
  } catch {
    if (response.ok) throw new HttpError(url, response.status, text);
  }
  if (!response.ok) throw new HttpError(url, response.status, body);
  return body as T;
}

/** Oppia's AppConstants.FATAL_ERROR_CODES: the pages show a warning toast for these. */
export const FATAL_ERROR_CODES = [400, 401, 404, 500];

/**
 * Should a failed data fetch raise the warning toast? Oppia toasts on FATAL_ERROR_CODES only; the
 * sandbox also toasts on 503 and on network errors, so those failures are visible too.
 */
export function isToastWorthy(error: unknown): boolean {
  if (error instanceof HttpError)
    return FATAL_ERROR_CODES.includes(error.status) || error.status === 503;
  return error instanceof TypeError;
}
