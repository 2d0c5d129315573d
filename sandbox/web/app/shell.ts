/**
 * The page frame every Oppia page shares: top navigation bar (Learn menu with the Math link, hooks
 * `a.e2e-test-navbar-learn-menu` / `a.e2e-test-basic-mathematics-link` from Oppia's acceptance
 * utilities), the main content area `.e2e-test-main-content`, a footer.
 */
import { h, html } from './dom';

const LOGO =
  '<svg width="34" height="34" viewBox="0 0 34 34" aria-hidden="true"><circle cx="17" cy="17" r="16" fill="#fff"/>' +
  '<path d="M10 21c2-8 12-12 15-6-2 6-9 9-15 6z" fill="#00645c"/></svg>';

function learnMenu(): HTMLElement {
  const menu = h(
    'ul',
    { class: 'oppia-navbar-dropdown', role: 'menu', hidden: true },
    h('li', {}, h('a', { class: 'e2e-test-basic-mathematics-link', href: '/learn/math' }, 'Math')),
    h(
      'li',
      {},
      h('a', { class: 'oppia-navbar-all-classrooms', href: '/learn' }, 'View all classrooms'),
    ),
  );
  const toggle = h(
    'a',
    {
      class: 'oppia-navbar-tab e2e-test-navbar-learn-menu',
      href: '/learn',
      role: 'button',
      'aria-haspopup': 'true',
      onclick: (event: Event) => {
        event.preventDefault();
        menu.hidden = !menu.hidden;
      },
    },
    'Learn',
    h('span', { class: 'oppia-navbar-caret', 'aria-hidden': 'true' }, '▾'),
  );
  const item = h('div', { class: 'oppia-navbar-tab-content' }, toggle, menu);
  item.addEventListener('mouseenter', () => (menu.hidden = false));
  item.addEventListener('mouseleave', () => (menu.hidden = true));
  return item;
}

/** Renders the frame into `<oppia-root>` and returns the main content element. */
export function renderShell(): HTMLElement {
  const root =
    document.querySelector('oppia-root') ??
    document.body.appendChild(document.createElement('oppia-root'));
  const main = h('div', { class: 'oppia-main-body e2e-test-main-content', role: 'main' });
  root.replaceChildren(
    h(
      'nav',
      { class: 'oppia-top-navigation-bar', 'aria-label': 'Main navigation' },
      h(
        'a',
        { class: 'oppia-navbar-brand-name', href: '/learn', 'aria-label': 'Oppia home' },
        html('span', { class: 'oppia-logo' }, LOGO),
        h('span', { class: 'oppia-logo-text' }, 'Oppia'),
      ),
      h(
        'div',
        { class: 'oppia-navbar-tabs' },
        learnMenu(),
        h('a', { class: 'oppia-navbar-tab', href: '/about' }, 'About'),
      ),
    ),
    main,
    h('footer', { class: 'oppia-footer' }, h('p', {}, '© The Oppia Foundation — learning sandbox')),
  );
  return main;
}
