/**
 * Oppia prefixes every JSON response with `feconf.XSSI_PREFIX`, the 5 bytes `)]}'` + newline
 * (core/feconf.py @ 00499ef3dfdbcb61f92b03c0af3c0ae8fb145d35; Oppia's own fetch drops them with
 * `data.substring(5)` in core/templates/services/request-interceptor.service.ts). Angular accepts
 * `)]}',` + newline too, so everything up to and including the first newline goes.
 */
export const XSSI_PREFIX = ")]}'\n";

export function stripXssiPrefix(body: string): string {
  if (!body.startsWith(")]}'")) return body;
  const newline = body.indexOf('\n');
  return newline === -1 ? '' : body.slice(newline + 1);
}
