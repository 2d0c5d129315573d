/**
 * Rich text as Oppia's `oppia-rte-output-display` shows it. Rich-text components arrive as custom
 * tags with JSON-valued attributes (`filepath-with-value="&quot;a.svg&quot;"`); the sandbox turns
 * the ones learners meet into plain DOM. Images use the exploration asset URL of
 * AssetsBackendApiService (dev: /assetsdevhandler/exploration/<id>/assets/image/<file>) in an
 * `img.e2e-test-image` (image.component.html); a missing file shows as a broken image.
 */
import { webFaults } from '../app/config';
import { h } from '../app/dom';
import { assetUrl } from '../pages/urls';
import { renderNotice } from './notice';

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

function upgradeImage(element: Element, explorationId: string, where: string): void {
  const filepath = attr(element, 'filepath-with-value');
  if (!filepath) {
    element.replaceChildren(
      renderNotice(`<oppia-noninteractive-image> without filepath-with-value in ${where}`),
    );
    return;
  }
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
          // Scenario a11y-regression: a template that lost its [alt] binding renders no alt at all.
          alt: webFaults().has(`image-alt:${filepath}`) ? null : attr(element, 'alt-with-value'),
        }),
        caption ? h('figcaption', { class: 'text-center' }, caption) : null,
      ),
    ),
  );
}

/** Math: `math_content-with-value` {raw_latex, svg_filename}; before 2020 `raw_latex-with-value`. */
function upgradeMath(element: Element): void {
  const value = escapedJsonToObj(element.getAttribute('math_content-with-value'));
  const latex =
    value && typeof value === 'object' && 'raw_latex' in value
      ? String(value.raw_latex)
      : attr(element, 'raw_latex-with-value');
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

function upgradeCollapsible(element: Element, explorationId: string, where: string): void {
  const details = h(
    'details',
    { class: 'oppia-collapsible' },
    h('summary', {}, attr(element, 'heading-with-value')),
  );
  details.append(
    richText(attr(element, 'content-with-value'), explorationId, '', `${where} (collapsible)`),
  );
  element.replaceChildren(details);
}

/** Tabs (`tab_contents-with-value`: [{title, content}]): one open section per tab. */
function upgradeTabs(element: Element, explorationId: string, where: string): void {
  const tabs = escapedJsonToObj(element.getAttribute('tab_contents-with-value'));
  if (!Array.isArray(tabs)) {
    element.replaceChildren(
      renderNotice(
        `cannot read tab_contents-with-value of <oppia-noninteractive-tabs> in ${where}`,
      ),
    );
    return;
  }
  element.replaceChildren(
    ...tabs.map((tab: { title?: unknown; content?: unknown }, i) =>
      h(
        'details',
        { class: 'oppia-tabs', open: true },
        h('summary', {}, typeof tab.title === 'string' ? tab.title : ''),
        richText(
          typeof tab.content === 'string' ? tab.content : '',
          explorationId,
          '',
          `${where} (tab ${i + 1})`,
        ),
      ),
    ),
  );
}

/** Video (`video_id-with-value`, `start-with-value`): the sandbox is offline, so a link. */
function upgradeVideo(element: Element): void {
  const id = attr(element, 'video_id-with-value');
  const start = escapedJsonToObj(element.getAttribute('start-with-value'));
  const from = typeof start === 'number' && start > 0 ? `&t=${start}` : '';
  element.replaceChildren(
    h(
      'a',
      {
        class: 'oppia-video-link',
        href: `https://www.youtube.com/watch?v=${encodeURIComponent(id)}${from}`,
        target: '_blank',
        rel: 'noopener',
      },
      `Video ${id} (not played in the sandbox)`,
    ),
  );
}

/** The retired SVG diagram component: its drawing is an exploration image. */
function upgradeSvgDiagram(element: Element, explorationId: string): void {
  element.replaceChildren(
    h('img', {
      class: 'center-element-horizontally',
      src: assetUrl(
        'exploration',
        explorationId,
        'image',
        attr(element, 'svg_filename-with-value'),
      ),
      alt: attr(element, 'alt-with-value'),
    }),
  );
}

type Upgrade = (element: Element, explorationId: string, where: string) => void;

/** Oppia's rich-text components (extensions/rich_text_components/) the sandbox can show. */
const COMPONENTS: Record<string, Upgrade> = {
  'oppia-noninteractive-image': upgradeImage,
  'oppia-noninteractive-math': upgradeMath,
  'oppia-noninteractive-link': upgradeLink,
  'oppia-noninteractive-skillreview': upgradeSkillReview,
  'oppia-noninteractive-collapsible': upgradeCollapsible,
  'oppia-noninteractive-tabs': upgradeTabs,
  'oppia-noninteractive-video': upgradeVideo,
  'oppia-noninteractive-svgdiagram': upgradeSvgDiagram,
};

/**
 * Renders trusted exploration HTML into an `oppia-rte-output-display`. `where` names the field the
 * markup came from, for the notice shown in place of a component the sandbox does not know.
 */
export function richText(
  markup: string,
  explorationId: string,
  className = '',
  where = 'this rich text',
): HTMLElement {
  const display = h('oppia-rte-output-display', className ? { class: className } : {});
  display.innerHTML = markup;
  const components = [...display.querySelectorAll('*')].filter((e) =>
    e.localName.startsWith('oppia-noninteractive-'),
  );
  for (const element of components) {
    // Document order puts an outer component first; what it replaced is gone.
    if (!display.contains(element)) continue;
    const upgrade = COMPONENTS[element.localName];
    if (upgrade) upgrade(element, explorationId, where);
    else
      element.replaceChildren(
        renderNotice(`cannot render the rich-text component <${element.localName}> in ${where}`),
      );
  }
  return display;
}
