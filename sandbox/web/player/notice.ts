/**
 * What the sandbox's player cannot render says so on the page, naming the handler body and the
 * field it read (a replay of older or richer content than the sandbox knows), instead of leaving a
 * blank card. Sandbox-only: real Oppia renders these, so no Oppia hook is imitated.
 */
import { h } from '../app/dom';

export function renderNotice(message: string): HTMLElement {
  return h('div', { class: 'sandbox-render-notice', role: 'note' }, `Sandbox: ${message}`);
}

/** `/explorehandler/init/<id> exploration.states["Card"].content.html` */
export function statePath(explorationId: string, stateName: string, field: string): string {
  const state = `exploration.states[${JSON.stringify(stateName)}]`;
  return `/explorehandler/init/${explorationId} ${field ? `${state}.${field}` : state}`;
}

/** SubtitledHtml `{content_id, html}`, or (older bodies) a plain string or a list of strings. */
export function htmlOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string').join('');
  if (value && typeof value === 'object' && typeof (value as { html?: unknown }).html === 'string')
    return (value as { html: string }).html;
  return '';
}
