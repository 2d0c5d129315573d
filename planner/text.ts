/**
 * HTML -> plain text, the way a learner reads a choice label. The page objects find buttons and
 * list items by this text, so it must match what the rendered element shows: tags removed, block
 * boundaries read as a space, entities decoded, whitespace collapsed.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  divide: '÷',
  minus: '−',
  plusmn: '±',
  deg: '°',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  euro: '€',
  pound: '£',
  cent: '¢',
  le: '≤',
  ge: '≥',
  ne: '≠',
  pi: 'π',
  rarr: '→',
  larr: '←',
  sup2: '²',
  sup3: '³',
};

/** Tags whose boundaries a reader sees as a break between words. */
const BLOCK_TAGS =
  /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr|section|article|header|footer)$/i;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X'
          ? parseInt(body.slice(2), 16)
          : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML fragment: "<p>Ten &amp; <b>one</b></p>" -> "Ten & one". */
export function htmlToText(html: string): string {
  const withoutInvisible = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  const withoutTags = withoutInvisible.replace(
    /<\/?([a-zA-Z][\w-]*)\b[^>]*>/g,
    (_tag, name: string) => (BLOCK_TAGS.test(name) ? ' ' : ''),
  );
  return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/**
 * True when a learner would see something in this feedback: text after removing tags, or a rich
 * text component (image, math, ...) that renders without text.
 */
export function hasVisibleContent(html: string): boolean {
  return htmlToText(html) !== '' || /<oppia-noninteractive-[a-z-]+/i.test(html);
}

/** A rich-text component's customization arg (`alt-with-value="&amp;quot;...&amp;quot;"`). */
function componentArg(tag: string, name: string): unknown {
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag);
  if (!match) return null;
  // The attribute is HTML-escaped JSON (HtmlEscaperService.objToEscapedJson), itself inside HTML.
  const json = decodeEntities(decodeEntities(match[1] ?? ''));
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

const stringArg = (tag: string, name: string): string => {
  const value = componentArg(tag, name);
  return typeof value === 'string' ? value : '';
};

/** The LaTeX of a formula: `math_content-with-value` {raw_latex, svg_filename}, or pre-2020 `raw_latex-with-value`. */
function formulaLatex(tag: string): string {
  const content = componentArg(tag, 'math_content-with-value');
  if (content && typeof content === 'object' && 'raw_latex' in content) {
    return String(content.raw_latex);
  }
  return stringArg(tag, 'raw_latex-with-value');
}

/** What a choice shows besides words. */
export type ChoiceShows = 'words' | 'picture' | 'formula' | 'mixed';

/** A choice as a learner perceives it. */
export interface ChoiceFace {
  /** The words shown (image captions included, since Oppia prints them under the picture). */
  words: string;
  /**
   * The choice read in order with each picture's alt text and each formula's LaTeX in its place:
   * what a screen reader announces for a picture (Oppia's image component sets `alt`), and for a
   * formula the `math_content-with-value` the element keeps (Oppia's formula `<img>` has no alt;
   * extensions/rich_text_components/Math/directives/math.component.html, and Oppia's own e2e
   * helper extensions/rich_text_components/Math/webdriverio.js reads that attribute).
   */
  name: string;
  shows: ChoiceShows;
}

const IMAGE = /<oppia-noninteractive-image\b[^>]*>/gi;
const MATH = /<oppia-noninteractive-math\b[^>]*>/gi;

/** Words, accessible name and kind of a choice's HTML (see ChoiceFace). */
export function choiceFace(html: string): ChoiceFace {
  const withCaptions = html.replace(
    IMAGE,
    (tag) => ` ${stringArg(tag, 'caption-with-value')} ${tag}`,
  );
  const words = htmlToText(withCaptions);
  let pictures = 0;
  let formulas = 0;
  const named = html
    .replace(IMAGE, (tag) => {
      pictures += 1;
      return ` ${stringArg(tag, 'alt-with-value')} ${stringArg(tag, 'caption-with-value')} `;
    })
    .replace(MATH, (tag) => {
      formulas += 1;
      return ` ${formulaLatex(tag)} `;
    });
  const name = htmlToText(named);
  const shows: ChoiceShows =
    pictures + formulas === 0
      ? 'words'
      : words === '' && formulas === 0
        ? 'picture'
        : words === '' && pictures === 0
          ? 'formula'
          : 'mixed';
  return { words, name, shows };
}
