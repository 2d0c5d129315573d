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
