/**
 * What never goes into a record directory. The recorder sends no cookies and keeps no headers, so
 * only bodies can carry a secret: per-visit tokens and ids (CSRF tokens, the player's `session_id`)
 * and people's names (an exploration summary's contributors). Keys are matched wherever they
 * appear; content is left alone, because its keys (state names, customization args, rule inputs)
 * hold objects, and only string values of token-like keys are replaced.
 */

/** The init body's per-visit id (reader.py ExplorationHandler): replayed as this fixed value. */
export const SESSION_ID_PLACEHOLDER = 'recorded-session-id';
export const REDACTED = '<redacted>';

/** Words that mark a key as a credential when they appear as one of its `_`-separated parts. */
const SECRET_WORDS = new Set([
  'csrf',
  'token',
  'secret',
  'password',
  'cookie',
  'session',
  'auth',
  'authorization',
  'apikey',
  'nonce',
  'signature',
]);

/** Keys whose value names or reaches a person, replaced whatever their type. */
const PERSONAL: Record<string, unknown> = {
  human_readable_contributors_summary: {},
  contributors_summary: {},
  email: REDACTED,
  user_email: REDACTED,
  username: REDACTED,
  profile_picture_data_url: null,
};

function isSecretKey(key: string): boolean {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[_\-\s]+/);
  const isKeyOf = (w: string) => ['api', 'access', 'private', 'secret'].includes(w);
  return words.some((w) => SECRET_WORDS.has(w)) || (words.includes('key') && words.some(isKeyOf));
}

export interface Redaction {
  /** e.g. `session_id`, `summaries[2].human_readable_contributors_summary` */
  field: string;
}

/** A copy of `body` without secrets or personal data, and what was replaced. */
export function redactBody(body: unknown): { body: unknown; redacted: Redaction[] } {
  const redacted: Redaction[] = [];
  const walk = (value: unknown, path: string): unknown => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      if (key === 'session_id' && typeof child === 'string') {
        out[key] = SESSION_ID_PLACEHOLDER;
        redacted.push({ field });
      } else if (key in PERSONAL && !isEmpty(child)) {
        out[key] = PERSONAL[key];
        redacted.push({ field });
      } else if (typeof child === 'string' && child && isSecretKey(key)) {
        out[key] = REDACTED;
        redacted.push({ field });
      } else {
        out[key] = walk(child, field);
      }
    }
    return out;
  };
  return { body: walk(body, ''), redacted };
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
