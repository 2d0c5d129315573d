/** A tiny element builder: the sandbox's pages are plain DOM, no framework. */

type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue | ((event: Event) => void)>;
export type Child = Node | string | null | undefined | false;

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** An element whose inner HTML is trusted markup (seeded content, inline SVG). */
export function html(tag: string, attrs: Attrs, markup: string): HTMLElement {
  const element = h(tag, attrs);
  element.innerHTML = markup;
  return element;
}

/** Plain text of an HTML fragment (choice labels, echoes). */
export function textOf(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return (template.content.textContent ?? '').replace(/\s+/g, ' ').trim();
}
