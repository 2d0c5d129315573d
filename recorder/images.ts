/**
 * The image files an exploration's cards reference, found in its `/explorehandler/init` body:
 * `oppia-noninteractive-image` (filepath-with-value), math (`math_content-with-value`'s
 * svg_filename) and the retired svgdiagram component, also inside collapsibles and tabs (whose
 * content is rich text in an attribute), and ImageClickInput's `imagePath`. Attribute values are
 * JSON escaped twice (HTML attribute, then HtmlEscaperService), as in
 * extensions/rich_text_components and core/domain/html_validation_service.py.
 */

const COMPONENT = /<oppia-noninteractive-([a-z]+)\b([^>]*)>/g;
const ATTRIBUTE = /([a-z_]+-with-value)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** `&amp;quot;a.svg&amp;quot;` (as written in the HTML) -> the JSON value `"a.svg"` -> a.svg. */
function attributeValue(raw: string): unknown {
  const once = unescapeHtml(raw);
  const twice = unescapeHtml(once);
  try {
    return JSON.parse(twice) as unknown;
  } catch {
    return twice;
  }
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function imagesInHtml(html: string, found: Set<string>): void {
  for (const [, name, attrs = ''] of html.matchAll(COMPONENT)) {
    const values = new Map<string, unknown>();
    for (const [, attr = '', dq, sq] of attrs.matchAll(ATTRIBUTE))
      values.set(attr, attributeValue(dq ?? sq ?? ''));
    const add = (value: unknown) => {
      if (typeof value === 'string' && value) found.add(value);
    };
    if (name === 'image') add(values.get('filepath-with-value'));
    if (name === 'svgdiagram') add(values.get('svg_filename-with-value'));
    if (name === 'math') {
      const math = values.get('math_content-with-value');
      if (math && typeof math === 'object') add((math as { svg_filename?: unknown }).svg_filename);
    }
    if (name === 'collapsible') {
      const content = values.get('content-with-value');
      if (typeof content === 'string') imagesInHtml(content, found);
    }
    if (name === 'tabs') {
      const tabs = values.get('tab_contents-with-value');
      if (Array.isArray(tabs))
        for (const tab of tabs as Array<{ content?: unknown }>)
          if (typeof tab?.content === 'string') imagesInHtml(tab.content, found);
    }
  }
}

/** Image filenames referenced anywhere in the init body's states, sorted. */
export function imagesOfInit(init: unknown): string[] {
  const found = new Set<string>();
  const states = (init as { exploration?: { states?: unknown } } | null)?.exploration?.states;
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (key === 'imagePath' && value) found.add(value);
      else if (value.includes('<oppia-noninteractive-')) imagesInHtml(value, found);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  walk(states, '');
  return [...found].sort();
}
