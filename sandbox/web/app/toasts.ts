/**
 * Warning toasts, as Oppia's AlertsService.addWarning renders them (hooks from Oppia's acceptance
 * utilities: `.e2e-test-toast-warning`, `div.e2e-test-toast-warning-message`,
 * `button.e2e-test-close-toast-warning`).
 */
import { h } from './dom';

function container(): HTMLElement {
  let box = document.querySelector<HTMLElement>('.oppia-alert-toasts');
  if (!box) {
    box = h('div', { class: 'oppia-alert-toasts', 'aria-live': 'assertive' });
    document.querySelector('oppia-root')?.append(box);
  }
  return box;
}

export function showWarning(message: string): void {
  const toast = h(
    'div',
    { class: 'oppia-toast oppia-toast-warning e2e-test-toast-warning', role: 'alert' },
    h('div', { class: 'toast-message e2e-test-toast-warning-message' }, message),
  );
  toast.append(
    h(
      'button',
      {
        type: 'button',
        class: 'oppia-close-toast e2e-test-close-toast-warning',
        'aria-label': 'Close',
        onclick: () => toast.remove(),
      },
      '×',
    ),
  );
  container().append(toast);
}
