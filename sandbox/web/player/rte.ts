/**
 * Rich text as Oppia's `oppia-rte-output-display` shows it. Rich-text components arrive as custom
 * tags with JSON-valued attributes (`filepath-with-value="&quot;a.svg&quot;"`); the sandbox turns
 * the ones learners meet into plain DOM. Images use the exploration asset URL of
 * AssetsBackendApiService (dev: /assetsdevhandler/exploration/<id>/assets/image/<file>) in an
 * `img.e2e-test-image` (image.component.html); a missing file shows as a broken image.
 */
import { h } from '../app/dom';
import { assetUrl } from '../pages/urls';

/** Oppia's HtmlEscaperService.escapedJsonToObj: unescape, then JSON.parse. */
export function escapedJsonToObj(value: string | null): unknown {
  if (value === null) return null;
  const unescaped = value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  try {
    return JSON.parse(unescaped);
  } catch {
    return unescaped;
  }
}

function attr(element: Element, name: string): string {
  const value = escapedJsonToObj(element.getAttribute(name));
  return typeof value === 'string' ? value : '';
}

function upgradeImage(element: Element, explorationId: string): void {
  const filepath = attr(element, 'filepath-with-value');
  const caption = attr(element, 'caption-with-value');
  element.replaceChildren(
    h(
      'figure',
      {},
      h(
        'div',
        {},
        h('img', {
          class: 'center-element-horizontally e2e-test-image',
          src: assetUrl('exploration', explorationId, 'image', filepath),
          alt: attr(element, 'alt-with-value'),
        }),
        caption ? h('figcaption', { class: 'text-center' }, caption) : null,
      ),
    ),
  );
}

function upgradeMath(element: Element): void {
  const value = escapedJsonToObj(element.getAttribute('math_content-with-value'));
  const latex =
    value && typeof value === 'object' && 'raw_latex' in value
      ? String((value).raw_latex)
      : '';
  element.replaceChildren(h('span', { class: 'oppia-math-latex' }, latex));
}

function upgradeLink(element: Element): void {
  const url = attr(element, 'url-with-value');
  const text = attr(element, 'text-with-value') || url;
  element.replaceChildren(h('a', { href: url, target: '_blank', rel: 'noopener' }, text));
}

function upgradeSkillReview(element: Element): void {
  element.replaceChildren(
    h('span', { class: 'oppia-skill-review-link' }, attr(element, 'text-with-value')),
  );
}

function upgradeCollapsible(element: Element, explorationId: string): void {
  const details = h(
    'details',
    { class: 'oppia-collapsible' },
    h('summary', {}, attr(element, 'heading-with-value')),
  );
  details.append(richText(attr(element, 'content-with-value'), explorationId));
  element.replaceChildren(details);
}

/** Renders trusted exploration HTML into an `oppia-rte-output-display`. */
export function richText(markup: string, explorationId: string, className = ''): HTMLElement {
  const display = h('oppia-rte-output-display', className ? { class: className } : {});
  display.innerHTML = markup;
  display
    .querySelectorAll('oppia-noninteractive-image')
    .forEach((e) => upgradeImage(e, explorationId));
  display.querySelectorAll('oppia-noninteractive-math').forEach(upgradeMath);
  display.querySelectorAll('oppia-noninteractive-link').forEach(upgradeLink);
  display.querySelectorAll('oppia-noninteractive-skillreview').forEach(upgradeSkillReview);
  display
    .querySelectorAll('oppia-noninteractive-collapsible')
    .forEach((e) => upgradeCollapsible(e, explorationId));
  return display;
}
