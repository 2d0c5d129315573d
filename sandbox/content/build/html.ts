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

/**
 * A rich-text component tag with Oppia's attribute encoding: each value is JSON, html-escaped
 * (HtmlEscaperService.objToEscapedJson), and the serializer escapes `&` once more, so a string
 * "x" is stored as `&amp;quot;x&amp;quot;` (core/domain/html_validation_service_test.py,
 * extensions/rich_text_components/components_test.py in oppia/oppia).
 */
export function rte(tag: string, attrs: Record<string, unknown>): string {
  const encode = (value: unknown): string =>
    JSON.stringify(value)
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/&/g, '&amp;');
  const attributes = Object.keys(attrs)
    .sort()
    .map((name) => ` ${name}-with-value="${encode(attrs[name])}"`)
    .join('');
  return `<oppia-noninteractive-${tag}${attributes}></oppia-noninteractive-${tag}>`;
}

/**
 * A formula: `oppia-noninteractive-math` with `math_content-with-value` {raw_latex, svg_filename}
 * (extensions/rich_text_components/Math/, components_test.py test_math_validation). The SVG is an
 * exploration image asset, named `mathImg_<date>_<time>_<random>_height_<h>_width_<w>_vertical_
 * <v>.svg` with dots written as `d`.
 */
export interface MathAsset extends ImageAsset {
  latex: string;
}
export function math(formula: MathAsset): string {
  return rte('math', {
    math_content: { raw_latex: formula.latex, svg_filename: formula.filename },
  });
}

/** Draws `text` (what the latex reads as) into a small SVG with Oppia's math file name. */
export function mathImage(
  stamp: string,
  random: string,
  latex: string,
  text = latex,
): MathAsset {
  const widthEx = Math.max(1, text.length * 0.55 + 0.2);
  const width = Math.round(widthEx * 16);
  const d = (n: number): string => n.toFixed(3).replace(/0+$/, '').replace(/\.$/, '').replace('.', 'd');
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return {
    latex,
    filename: `mathImg_${stamp}_${random}_height_2d5_width_${d(widthEx)}_vertical_0d6.svg`,
    svg:
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" ` +
      `viewBox="0 0 ${width} 40" font-family="Times New Roman, serif">\n` +
      `<text x="${width / 2}" y="28" font-size="22" font-style="italic" text-anchor="middle">${escaped}</text>\n</svg>\n`,
  };
}

/** A link (extensions/rich_text_components/Link: `url`, `text`). */
export const link = (url: string, text: string): string => rte('link', { text, url });

/** A concept-card link (Skillreview: `skill_id`, `text`). */
export const skillReview = (skillId: string, text: string): string =>
  rte('skillreview', { skill_id: skillId, text });

/** A YouTube video (Video: 11-character `video_id`, `start`, `end`, `autoplay`). */
export function video(videoId: string, start = 0, end = 0): string {
  if (videoId.length !== 11) throw new Error(`video id ${videoId} must have 11 characters`);
  return rte('video', { autoplay: false, end, start, video_id: videoId });
}

/** A collapsible (Collapsible: `heading`, `content` html; no tabs or collapsibles inside). */
export const collapsible = (heading: string, content: string): string =>
  rte('collapsible', { content, heading });

/** Tabs (Tabs: `tab_contents`, a list of {title, content}; no tabs or collapsibles inside). */
export const tabs = (...contents: Array<{ title: string; content: string }>): string =>
  rte('tabs', { tab_contents: contents.map(({ title, content }) => ({ content, title })) });
