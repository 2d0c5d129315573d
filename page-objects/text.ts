import { expect, type Locator } from '@playwright/test';

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
