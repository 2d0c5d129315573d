/**
 * The error page (Oppia: pages/error-pages/error-page.component.html; hooks
 * `.e2e-test-error-container`, `span.e2e-test-error-page-heading` "Error <code>", image alt "Oops!").
 * Rendered for /error/<code>, unknown paths, and the player when its init call fails; the address
 * bar keeps the URL the learner opened (Oppia's guard does `location.replaceState(originalUrl)`).
 */
import { h } from '../app/dom';
import { OOPS_IMAGE } from './art';

const SUFFIX: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Page Not Found',
  500: 'System Error',
};

export function renderErrorPage(main: HTMLElement, status: number): void {
  document.title = `Error ${status} | Oppia`;
  const suffix = SUFFIX[status];
  main.replaceChildren(
    h(
      'div',
      { class: 'oppia-error-page e2e-test-error-container' },
      h('img', {
        class: 'oppia-error-image',
        src: OOPS_IMAGE,
        alt: 'Oops!',
        width: 220,
        height: 160,
      }),
      h(
        'h1',
        { class: 'oppia-error-heading' },
        h('span', { class: 'e2e-test-error-page-heading' }, `Error ${status}`),
        suffix ? ` - ${suffix}` : '',
      ),
      h(
        'p',
        { class: 'oppia-error-text' },
        status === 404
          ? "We couldn't find the page you were looking for."
          : 'Something went wrong on our side. Please try again later.',
      ),
      h('a', { class: 'oppia-error-home-link', href: '/learn' }, 'Go to the classrooms'),
    ),
  );
}
