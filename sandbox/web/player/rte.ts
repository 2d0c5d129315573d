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
import { openConceptCard } from './concept-card';
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

/**
 * Image, as extensions/rich_text_components/Image/directives/image.component.html renders a loaded
 * picture: `figure > div > img.e2e-test-image[alt]` and a `figcaption.text-center` that is there
 * even when the caption is empty. An empty alt stays empty (a picture nothing describes).
 */
function upgradeImage(element: Element, ctx: RteContext): void {
  const filepath = attr(element, 'filepath-with-value');
  if (!filepath) {
    element.replaceChildren(
      renderNotice(`<oppia-noninteractive-image> without filepath-with-value in ${ctx.where}`),
    );
    return;
  }
  element.replaceChildren(
    h(
      'figure',
      {},
      h(
        'div',
        {},
        h('img', {
          class: 'center-element-horizontally e2e-test-image',
          src: assetUrl(ctx.entityType, ctx.entityId, 'image', filepath),
          // Scenario a11y-regression: a template that lost its [alt] binding renders no alt at all.
          alt: webFaults().has(`image-alt:${filepath}`) ? null : attr(element, 'alt-with-value'),
        }),
        h('figcaption', { class: 'text-center' }, attr(element, 'caption-with-value')),
      ),
    ),
  );
}

/**
 * Math: Oppia shows the formula as the SVG image `svg_filename` of `math_content-with-value`
 * {raw_latex, svg_filename}, loaded like any exploration image, in
 * `span > img.e2e-test-math-svg` with no alt (Math/directives/math.component.html,
 * oppia-noninteractive-math.component.ts). The element keeps its `math_content-with-value`
 * attribute, where the LaTeX stays readable. Content from before 2020 has only
 * `raw_latex-with-value` and no image: Oppia's migration rendered those, so the sandbox shows a
 * notice rather than invent a file name.
 */
function upgradeMath(element: Element, ctx: RteContext): void {
  const value = escapedJsonToObj(element.getAttribute('math_content-with-value'));
  const svg =
    value && typeof value === 'object' && 'svg_filename' in value ? String(value.svg_filename) : '';
  if (!svg) {
    element.replaceChildren(
      renderNotice(`<oppia-noninteractive-math> without an svg_filename in ${ctx.where}`),
    );
    return;
  }
  element.replaceChildren(
    h(
      'span',
      {},
      h('img', {
        class: 'e2e-test-math-svg',
        src: assetUrl(ctx.entityType, ctx.entityId, 'image', svg),
      }),
    ),
  );
}

/**
 * Link, as extensions/rich_text_components/Link/directives/link.component.html and
 * oppia-noninteractive-link.component.ts render it: `a.linkText[target=_blank][rel=noopener]`,
 * tabindex 0 outside the editor, the URL `encodeURI`d and given `https://` when it has neither
 * scheme; the text is the URL when `text-with-value` is empty. Without both attributes Oppia's
 * component leaves the anchor empty (its `_updateViewOnLinkChange` returns early).
 */
function upgradeLink(element: Element): void {
  if (!element.getAttribute('url-with-value') || !element.getAttribute('text-with-value')) {
    element.replaceChildren(h('a', { class: 'linkText', target: '_blank', rel: 'noopener' }));
    return;
  }
  let url = encodeURI(attr(element, 'url-with-value'));
  if (!url.startsWith('http://') && !url.startsWith('https://')) url = `https://${url}`;
  const text = attr(element, 'text-with-value') || url;
  element.replaceChildren(
    h('a', { class: 'linkText', href: url, target: '_blank', rel: 'noopener', tabindex: 0 }, text),
  );
}

/**
 * Skill review, as Skillreview/directives/skillreview.component.html renders it:
 * `a.e2e-test-concept-card-link.concept-card-link[href="#"][rel=noopener]` with the link text and
 * no whitespace around it. A click opens the concept-card modal for `skill_id-with-value`
 * (oppia-noninteractive-skillreview.component.ts `openConceptCard`; see concept-card.ts).
 */
function upgradeSkillReview(element: Element): void {
  const skillId = attr(element, 'skill_id-with-value');
  const link = h(
    'a',
    {
      href: '#',
      class: 'e2e-test-concept-card-link concept-card-link',
      rel: 'noopener',
      onclick: (event: Event) => {
        event.preventDefault();
        openConceptCard(skillId);
      },
    },
    attr(element, 'text-with-value'),
  );
  element.replaceChildren(link);
}

/**
 * Collapsible, as Collapsible/directives/collapsible.component.html renders it: an ng-bootstrap
 * accordion (`ngb-accordion.collapsible-rte`, one panel `toggle-1`) whose header is
 * `div.panel-title` (a click toggles) holding `div.e2e-test-collapsible-heading` and the
 * `i.material-icons` plus/minus icon. The panel body (`div.protractor-panel-body >
 * oppia-rte-output-display.e2e-test-collapsible-content`) exists only while open: ngb-accordion's
 * `destroyOnHide` is true by default, so a closed collapsible's content, images included, is not in
 * the DOM and nothing in it loads. The accordion's own markup (card, card-header,
 * `collapse show` region[role=tabpanel] > card-body) is ng-bootstrap's accordion template.
 */
function upgradeCollapsible(element: Element, ctx: RteContext): void {
  const heading = attr(element, 'heading-with-value');
  const content = attr(element, 'content-with-value');
  const icon = h('i', { class: 'material-icons md-18' });
  const title = h(
    'div',
    { class: 'panel-title fx-row d-flex justify-content-between' },
    h(
      'div',
      { class: 'e2e-test-collapsible-heading fx-main-start fx-cross-center' },
      ` ${heading}`,
    ),
    h('div', { class: 'fx-main-end fx-cross-center' }, icon),
  );
  // ng-bootstrap's panel header wraps the title in its toggle button, which carries aria-expanded.
  const toggle = h(
    'button',
    { type: 'button', class: 'btn btn-link collapsible-toggle', 'aria-controls': 'toggle-1' },
    title,
  );
  // Newer ng-bootstrap accordions: a plain header (no tab role around the toggle button) and a
  // region for the body, so no interactive element sits inside another.
  const header = h('div', { id: 'toggle-1-header', class: 'card-header' }, toggle);
  const card = h('div', { class: 'card' }, header);
  let panel: HTMLElement | null = null;
  const render = (open: boolean): void => {
    // material-icons ligatures: U+E15C remove (open), U+E147 add_circle (closed).
    icon.textContent = open ? ' \ue15c' : ' \ue147';
    toggle.setAttribute('aria-expanded', String(open));
    if (open && !panel) {
      panel = h(
        'div',
        {
          id: 'toggle-1',
          role: 'region',
          'aria-labelledby': 'toggle-1-header',
          class: 'collapse show',
        },
        h(
          'div',
          { class: 'card-body' },
          h(
            'div',
            { class: 'protractor-panel-body' },
            renderRich(content, ctx, 'e2e-test-collapsible-content', `${ctx.where} (collapsible)`),
          ),
        ),
      );
      card.append(panel);
    } else if (!open && panel) {
      panel.remove();
      panel = null;
    }
  };
  toggle.addEventListener('click', () => render(!panel));
  render(false);
  element.replaceChildren(h('ngb-accordion', { class: 'collapsible-rte accordion' }, card));
}

/**
 * Tabs (`tab_contents-with-value`: [{title, content}]), as Tabs/directives/tabs.component.html
 * renders them: an ngbNav `nav.nav-tabs` with one `div.e2e-test-non-interactive-tabs-headers > a`
 * (ngbNavLink: `a.nav-link[role=tab]`, `.active` + `aria-selected` on the open one) per tab, then
 * the outlet `div.mt-2` holding only the active tab's pane (`div.tab-pane.active[role=tabpanel] >
 * span > br + oppia-rte-output-display.e2e-test-tab-content-<idx>`), then `hr`. ngbNav activates
 * the first tab and, with `destroyOnHide` true by default, keeps inactive panes out of the DOM: an
 * image in another tab is not loaded until its tab is opened.
 */
function upgradeTabs(element: Element, ctx: RteContext): void {
  const raw = escapedJsonToObj(element.getAttribute('tab_contents-with-value'));
  if (!Array.isArray(raw)) {
    element.replaceChildren(
      renderNotice(
        `cannot read tab_contents-with-value of <oppia-noninteractive-tabs> in ${ctx.where}`,
      ),
    );
    return;
  }
  const tabs = raw.map((tab: { title?: unknown; content?: unknown }) => ({
    title: typeof tab.title === 'string' ? tab.title : '',
    content: typeof tab.content === 'string' ? tab.content : '',
  }));
  const navId = `ngb-nav-${nextNavId++}`;
  const outlet = h('div', { class: 'mt-2' });
  const links = tabs.map((tab, idx) =>
    h(
      'a',
      {
        href: '',
        class: 'nav-link',
        role: 'tab',
        id: `${navId}-${idx}`,
        onclick: (event: Event) => {
          event.preventDefault();
          select(idx);
        },
      },
      tab.title,
    ),
  );
  const select = (active: number): void => {
    links.forEach((link, idx) => {
      link.classList.toggle('active', idx === active);
      link.setAttribute('aria-selected', String(idx === active));
      if (idx === active) link.setAttribute('aria-controls', `${navId}-${idx}-panel`);
      else link.removeAttribute('aria-controls');
    });
    const tab = tabs[active];
    outlet.replaceChildren(
      tab
        ? h(
            'div',
            {
              class: 'tab-pane active',
              role: 'tabpanel',
              id: `${navId}-${active}-panel`,
              'aria-labelledby': `${navId}-${active}`,
            },
            h(
              'span',
              {},
              h('br'),
              renderRich(
                tab.content,
                ctx,
                `e2e-test-tab-content-${active}`,
                `${ctx.where} (tab ${active + 1})`,
              ),
            ),
          )
        : '',
    );
  };
  select(0);
  element.replaceChildren(
    h(
      'nav',
      { class: 'nav-tabs nav', role: 'tablist' },
      ...links.map((link) => h('div', { class: 'e2e-test-non-interactive-tabs-headers' }, link)),
    ),
    outlet,
    h('hr'),
  );
}

/** ngbNav numbers its navs per page (`ngb-nav-0`, `ngb-nav-1`, ...). */
let nextNavId = 0;

/**
 * Video, as Video/directives/video.component.html renders it:
 * `div.oppia-noninteractive-video-iframe-container > div.oppia-noninteractive-video-iframe >
 * youtube-player.e2e-test-youtube-player` (only when all of `video_id`, `start`, `end` and
 * `autoplay` are given: oppia-noninteractive-video.component.ts returns early otherwise). Oppia's
 * `youtube-player` loads https://www.youtube.com/iframe_api and puts YouTube's embed iframe there.
 * Nothing outside localhost is reachable from the sandbox, so the iframe is a stand-in that loads
 * nothing: its document is inline (`srcdoc`) and names the video; the embed URL Oppia's player
 * would load is kept in `data-youtube-src` for tests to read.
 */
function upgradeVideo(element: Element): void {
  const container = h('div', { class: 'oppia-noninteractive-video-iframe' });
  const complete = ['autoplay', 'end', 'start', 'video_id'].every((name) =>
    element.getAttribute(`${name}-with-value`),
  );
  const videoId = attr(element, 'video_id-with-value');
  if (complete && videoId) {
    const start = Number(escapedJsonToObj(element.getAttribute('start-with-value')));
    const end = Number(escapedJsonToObj(element.getAttribute('end-with-value')));
    const autoplay = escapedJsonToObj(element.getAttribute('autoplay-with-value')) === true;
    const query = new URLSearchParams({ autoplay: autoplay ? '1' : '0', enablejsapi: '1' });
    if (start > 0) query.set('start', String(start));
    if (end > 0) query.set('end', String(end));
    const embed = `https://www.youtube.com/embed/${encodeURIComponent(videoId)}?${query}`;
    const label = `YouTube video ${videoId} (a stand-in: the sandbox loads nothing from YouTube)`;
    container.append(
      h(
        'youtube-player',
        { class: 'e2e-test-youtube-player' },
        h('iframe', {
          title: label,
          'data-youtube-src': embed,
          srcdoc: `<p style="font:14px sans-serif;color:#555;margin:12px">${escapeHtml(label)}</p>`,
        }),
      ),
    );
  }
  element.replaceChildren(
    h('div', { class: 'oppia-noninteractive-video-iframe-container' }, container),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The retired SVG diagram component: its drawing is an exploration image. */
function upgradeSvgDiagram(element: Element, ctx: RteContext): void {
  element.replaceChildren(
    h('img', {
      class: 'center-element-horizontally',
      src: assetUrl(
        ctx.entityType,
        ctx.entityId,
        'image',
        attr(element, 'svg_filename-with-value'),
      ),
      alt: attr(element, 'alt-with-value'),
    }),
  );
}

type Upgrade = (element: Element, ctx: RteContext) => void;

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
 * Whose rich text this is: images load from that entity's assets (AssetsBackendApiService; a
 * concept card's from the skill's, as Oppia switches the entity context to the skill), and `where`
 * names the field for notices.
 */
export interface RteContext {
  entityType: 'exploration' | 'skill';
  entityId: string;
  where: string;
}

function renderRich(
  markup: string,
  ctx: RteContext,
  className: string,
  where: string,
): HTMLElement {
  const display = h('oppia-rte-output-display', className ? { class: className } : {});
  display.innerHTML = markup;
  const inner = { ...ctx, where };
  const components = [...display.querySelectorAll('*')].filter((e) =>
    e.localName.startsWith('oppia-noninteractive-'),
  );
  for (const element of components) {
    // Document order puts an outer component first; what it replaced is gone.
    if (!display.contains(element)) continue;
    const upgrade = COMPONENTS[element.localName];
    if (upgrade) upgrade(element, inner);
    else
      element.replaceChildren(
        renderNotice(`cannot render the rich-text component <${element.localName}> in ${where}`),
      );
  }
  return display;
}

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
  return renderRich(
    markup,
    { entityType: 'exploration', entityId: explorationId, where },
    className,
    where,
  );
}

/** Rich text of another entity (a skill's concept card). */
export function entityRichText(markup: string, ctx: RteContext, className = ''): HTMLElement {
  return renderRich(markup, ctx, className, ctx.where);
}
