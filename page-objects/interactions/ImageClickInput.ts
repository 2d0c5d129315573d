import { expect, type Locator } from '@playwright/test';
import type { Answer } from '../../planner';
import { answerOfKind, type InteractionComponent } from './InteractionComponent';

/**
 * ImageClickInput: `oppia-interactive-image-click-input`; clicking the image submits (no Submit
 * button). The planner gives the point as fractions of the image's width and height.
 */
export class ImageClickInput implements InteractionComponent {
  constructor(readonly root: Locator) {}

  /** `img.oppia-image-click-img` (extensions/interactions/ImageClickInput/directives/image-click-input-interaction.component.html @033eb865) */
  get image(): Locator {
    return this.root.locator('img.oppia-image-click-img');
  }

  async answer(a: Answer): Promise<void> {
    const { x, y, region } = answerOfKind(a, 'ImageClickInput');
    // The click position is only meaningful once the image has its real size.
    await expect
      .poll(
        () => this.image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
        {
          message: `the image to click (region “${region}”) should load`,
        },
      )
      .toBe(true);
    const box = await this.image.boundingBox();
    if (!box) throw new Error(`The image to click (region “${region}”) is not displayed.`);
    await this.image.click({ position: { x: x * box.width, y: y * box.height } });
  }
}
