/**
 * Inline illustrations for thumbnails. Oppia loads thumbnails from the asset store; the sandbox
 * draws them inline so a page never requests a file the seeded content does not have.
 */
import { html } from '../app/dom';

export function thumbnail(bgColor: string, seed: string, className: string): HTMLElement {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
  const shapes = [
    '<circle cx="60" cy="45" r="24" fill="#ffffff" fill-opacity="0.85"/><rect x="40" y="72" width="40" height="10" rx="5" fill="#ffffff" fill-opacity="0.6"/>',
    '<rect x="34" y="22" width="52" height="52" rx="10" fill="#ffffff" fill-opacity="0.85"/><circle cx="60" cy="48" r="12" fill="' +
      bgColor +
      '"/>',
    '<path d="M60 16 L92 74 H28 Z" fill="#ffffff" fill-opacity="0.85"/><circle cx="60" cy="56" r="8" fill="' +
      bgColor +
      '"/>',
  ];
  const shape = shapes[Math.abs(hash) % shapes.length] ?? '';
  const svg = `<svg viewBox="0 0 120 96" width="100%" height="100%" preserveAspectRatio="xMidYMid meet" aria-hidden="true">${shape}</svg>`;
  return html('div', { class: className, style: `background: ${bgColor}` }, svg);
}

export const OOPS_IMAGE =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="220" height="160" viewBox="0 0 220 160">' +
      '<rect width="220" height="160" rx="16" fill="#e0f2f1"/><circle cx="80" cy="70" r="10" fill="#00645c"/>' +
      '<circle cx="140" cy="70" r="10" fill="#00645c"/><path d="M70 118 Q110 92 150 118" stroke="#00645c" stroke-width="8" fill="none" stroke-linecap="round"/></svg>',
  );
