/** Rich-text helpers that write card html the way Oppia's editor (CKEditor) stores it. */
import type { ImageAsset } from './oppia';

/** One paragraph; the text may hold inline tags (<strong>, <em>). */
export const p = (text: string): string => `<p>${text}</p>`;

/** Several paragraphs. */
export const ps = (...texts: string[]): string => texts.map(p).join('');

/** A bulleted list, as CKEditor writes it. */
export const ul = (...items: string[]): string =>
  `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;

/**
 * An `oppia-noninteractive-image` tag. Attribute values are JSON strings, html-escaped twice
 * (`&amp;quot;`), exactly as in exported explorations.
 */
export function img(image: ImageAsset, alt: string, caption = ''): string {
  const attr = (value: string): string => `&amp;quot;${value}&amp;quot;`;
  return (
    `<oppia-noninteractive-image alt-with-value="${attr(alt)}" ` +
    `caption-with-value="${attr(caption)}" filepath-with-value="${attr(image.filename)}">` +
    `</oppia-noninteractive-image>`
  );
}

/**
 * A hand-drawn SVG image asset with an Oppia-style file name
 * (`img_<date>_<time>_<random>_height_<h>_width_<w>.svg`); `random` keeps names unique.
 */
export function svgImage(
  stamp: string,
  random: string,
  width: number,
  height: number,
  body: string,
): ImageAsset {
  return {
    filename: `img_${stamp}_${random}_height_${height}_width_${width}.svg`,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="Arial, sans-serif">\n${body}\n</svg>\n`,
  };
}
