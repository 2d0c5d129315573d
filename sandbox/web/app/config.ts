/**
 * Page-level settings the sandbox server writes into the shell HTML. The server replaces the
 * `{{CARD_DELAY_MS}}` placeholder of `<meta name="sandbox-card-delay-ms">` (see build.ts).
 */

export const DEFAULT_CARD_DELAY_MS = 300;

export function cardDelayMs(): number {
  const content = document
    .querySelector('meta[name="sandbox-card-delay-ms"]')
    ?.getAttribute('content');
  const value = Number(content);
  return content !== null &&
    content !== undefined &&
    /^\d+$/.test(content) &&
    Number.isFinite(value)
    ? value
    : DEFAULT_CARD_DELAY_MS;
}

/**
 * Faults a scenario asks the page to render (`<meta name="sandbox-web-faults" content="a b:c">`,
 * written by the server's a11y-regression scenario): what a broken Oppia template would ship.
 * Healthy pages have none.
 */
export function webFaults(): ReadonlySet<string> {
  const content = document
    .querySelector('meta[name="sandbox-web-faults"]')
    ?.getAttribute('content');
  return new Set((content ?? '').split(/\s+/).filter(Boolean));
}
