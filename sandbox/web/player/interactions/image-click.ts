/**
 * ImageClickInput, after image-click-input-interaction.component.html @033eb865: a click on
 * `img.oppia-image-click-img` submits at once; the answer is `{clickPosition: [x, y],
 * clickedRegions}` with x, y in fractions of the image box and every labelled rectangle that
 * contains the point.
 */
import { h } from '../../app/dom';
import { assetUrl } from '../../pages/urls';
import type { ImageClickAnswer } from '../types';
import type { InteractionContext, InteractionView } from './types';

interface LabeledRegion {
  label: string;
  region: { regionType: string; area: [[number, number], [number, number]] };
}

export function imageClickInput(ctx: InteractionContext): InteractionView {
  const value = (
    ctx.args['imageAndRegions'] as { value: { imagePath: string; labeledRegions: LabeledRegion[] } }
  ).value;
  let enabled = true;
  const img = h('img', {
    class: 'oppia-image-click-img',
    src: assetUrl('exploration', ctx.explorationId, 'image', value.imagePath),
    alt: 'Click on the image',
  }) as HTMLImageElement;
  const dot = h('div', { class: 'oppia-highlighted-region', hidden: true });
  img.addEventListener('click', (event) => {
    if (!enabled) return;
    const box = img.getBoundingClientRect();
    const x = (event.clientX - box.left) / box.width;
    const y = (event.clientY - box.top) / box.height;
    const clickedRegions = value.labeledRegions
      .filter(
        ({ region: { area } }) =>
          x >= area[0][0] && x <= area[1][0] && y >= area[0][1] && y <= area[1][1],
      )
      .map((r) => r.label);
    dot.hidden = false;
    dot.style.left = `${img.offsetLeft + x * box.width - 5}px`;
    dot.style.top = `${img.offsetTop + y * box.height - 5}px`;
    const answer: ImageClickAnswer = { clickPosition: [x, y], clickedRegions };
    ctx.submit(
      answer,
      clickedRegions.length > 0
        ? `Clicked on ${clickedRegions.join(', ')}`
        : 'Clicked on the image',
    );
  });
  return {
    element: h(
      'oppia-interactive-image-click-input',
      {},
      h(
        'div',
        { class: 'oppia-interactive-image-click-input' },
        h('div', { class: 'image-click-container' }, img, dot),
      ),
    ),
    submit: 'self',
    read: () => ({ kind: 'empty' }),
    reset: () => {
      enabled = true;
    },
    setEnabled: (v) => (enabled = v),
  };
}
