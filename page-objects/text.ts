import { expect, type Locator } from '@playwright/test';
import type { ItemRef } from '../planner';

/** Whitespace-normalised text, as a learner reads it: runs of spaces and line breaks become one. */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The one element of `items` whose rendered text is exactly `wanted` (after whitespace
 * normalisation); never chosen by position, since Oppia shuffles choices. Waits for the list to
 * show, then throws naming what is shown when none or several match.
 */
export async function itemWithText(items: Locator, wanted: string, what: string): Promise<Locator> {
  return items.nth(await indexOfText(items, wanted, what));
}

/** The position of the one element of `items` reading exactly `wanted`; see itemWithText. */
export async function indexOfText(items: Locator, wanted: string, what: string): Promise<number> {
  await expect(items.first(), `${what} should be shown`).toBeVisible();
  const shown = (await items.allInnerTexts()).map(normaliseText);
  const target = normaliseText(wanted);
  const matches = shown.flatMap((text, index) => (text === target ? [index] : []));
  if (matches.length !== 1) {
    const listing = shown.map((text) => `“${text}”`).join(', ');
    const count = matches.length === 0 ? 'No' : `${matches.length}`;
    throw new Error(`${count} ${what} read “${target}” exactly; shown: ${listing}.`);
  }
  return matches[0]!;
}

/**
 * Each element's content read in order with every picture's alt text and every formula's LaTeX in
 * its place: the accessible name the planner computes from the choice HTML (planner/text.ts
 * choiceFace). Pictures are Oppia's `img.e2e-test-image` (image.component.html sets `alt`);
 * formulas are `oppia-noninteractive-math`, whose `<img class="e2e-test-math-svg">` has no alt, so
 * their LaTeX is read from the element's `math_content-with-value`, as Oppia's own e2e helper does
 * (extensions/rich_text_components/Math/webdriverio.js).
 */
export async function perceivedNames(items: Locator): Promise<string[]> {
  const names = await items.evaluateAll((elements) => {
    const blocks =
      /^(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|hr|section|article|header|footer|figure|figcaption)$/i;
    const unescape = (value: string) =>
      value
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const latexOf = (math: Element): string => {
      for (const [attribute, field] of [
        ['math_content-with-value', 'raw_latex'],
        ['raw_latex-with-value', null],
      ] as const) {
        const raw = math.getAttribute(attribute);
        if (raw === null) continue;
        try {
          const value: unknown = JSON.parse(unescape(raw));
          if (field === null) return typeof value === 'string' ? value : '';
          if (value && typeof value === 'object' && field in value) {
            return String((value as Record<string, unknown>)[field]);
          }
        } catch {
          return '';
        }
      }
      return '';
    };
    const read = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      const name = node.localName;
      if (name === 'oppia-noninteractive-math') return ` ${latexOf(node)} `;
      if (name === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
      if (name === 'script' || name === 'style') return '';
      const inner = [...node.childNodes].map(read).join('');
      return blocks.test(name) ? ` ${inner} ` : inner;
    };
    return elements.map(read);
  });
  return names.map(normaliseText);
}

/** How a ref reads in messages. */
function refText(ref: ItemRef): string {
  if (ref.by === 'words') return `reading “${ref.words}”`;
  if (ref.by === 'name') return `named “${ref.name}” (${ref.shows})`;
  return `at position ${ref.position}`;
}

/**
 * The positions, among `items` as shown, of the elements each ref designates: by visible words
 * (whitespace-normalised inner text), by accessible name (perceivedNames) or by 1-based position.
 * Waits for the list to show and retries while pictures load (their alt reads "Loading..." until
 * then); throws naming what is shown when a ref finds none or several.
 */
export async function indexesOfRefs(
  items: Locator,
  refs: readonly ItemRef[],
  what: string,
): Promise<number[]> {
  await expect(items.first(), `${what} should be shown`).toBeVisible();
  let found: number[] = [];
  let problem = '';
  const attempt = async () => {
    const words = (await items.allInnerTexts()).map(normaliseText);
    const names = refs.some((r) => r.by === 'name') ? await perceivedNames(items) : [];
    found = [];
    problem = '';
    for (const ref of refs) {
      const matches =
        ref.by === 'position'
          ? ref.position <= words.length
            ? [ref.position - 1]
            : []
          : (ref.by === 'words' ? words : names).flatMap((shown, index) =>
              shown === normaliseText(ref.by === 'words' ? ref.words : ref.name) ? [index] : [],
            );
      if (matches.length !== 1) {
        const listing = (ref.by === 'name' ? names : words).map((t) => `“${t}”`).join(', ');
        const count = matches.length === 0 ? 'No' : `${matches.length}`;
        problem = `${count} ${what} ${refText(ref)}; shown: ${listing}.`;
        return;
      }
      found.push(matches[0]!);
    }
  };
  await attempt();
  if (problem && refs.some((r) => r.by === 'name')) {
    // A picture shows alt "Loading..." until its file arrives (image.component.html): read again.
    await expect(async () => {
      await attempt();
      expect(problem, problem).toBe('');
    })
      .toPass({ timeout: 5_000 })
      .catch(() => undefined);
  }
  if (problem) throw new Error(problem);
  return found;
}

/** The one element of `items` a ref designates; see indexesOfRefs. */
export async function itemByRef(items: Locator, ref: ItemRef, what: string): Promise<Locator> {
  const [index] = await indexesOfRefs(items, [ref], what);
  return items.nth(index!);
}

/**
 * A link's target as Oppia writes it within the site: path and query (a full URL is reduced to
 * that, so a comparison does not depend on how the href is spelled).
 */
export function sitePath(href: string, base: string): string {
  const url = new URL(href, base);
  return `${url.pathname}${url.search}`;
}

/** The link's href resolved against the page it is on. */
export async function absoluteHref(link: Locator): Promise<URL> {
  const href = await link.getAttribute('href');
  if (href === null) throw new Error(`The link ${link.toString()} has no href.`);
  return new URL(href, link.page().url());
}
