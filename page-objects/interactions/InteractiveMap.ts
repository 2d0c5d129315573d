import { expect, type Locator } from '@playwright/test';
import { containerPoint, describeAnswer, type Answer } from '../../planner';
import { answerOfKind, type InteractionComponent } from './InteractionComponent';

/**
 * InteractiveMap: `oppia-interactive-interactive-map`, whose `div#interactiveMap
 * .oppia-interactive-map[leaflet]` leaflet turns into the `.leaflet-container` (extensions/
 * interactions/InteractiveMap/directives/interactive-map-interaction.component.html @20a77995).
 * A click on the map submits `[lat, lng]` at once (no Submit button; `leafletClick` in
 * oppia-interactive-interactive-map.component.ts @1fd450f9). The template has no `e2e-test-*` hook,
 * so the map is found by leaflet's class.
 *
 * The planner gives the point and the map's first view (centre and zoom from the card's args); the
 * click goes where leaflet draws the point in a map nobody has panned or zoomed (web-mercator.ts).
 * The planner only picks points within 100 px of the centre; a point that still falls outside the
 * map or on one of leaflet's controls (zoom buttons, attribution) is an error, not a pan: leaflet's
 * drag has inertia, so where a drag leaves the map cannot be known from the page.
 */
export class InteractiveMap implements InteractionComponent {
  constructor(readonly root: Locator) {}

  /** The map leaflet renders: its container point (0, 0) is the padding box's top left. */
  get map(): Locator {
    return this.root.locator('.leaflet-container');
  }

  async answer(a: Answer): Promise<void> {
    const answer = answerOfKind(a, 'InteractiveMap');
    const what = describeAnswer(answer);
    await expect(this.map, `the map to click (to have ${what}) should be shown`).toBeVisible();
    // leaflet's Map.getSize(): the container's clientWidth/clientHeight.
    const size = await this.map.evaluate((el) => ({
      width: el.clientWidth,
      height: el.clientHeight,
    }));
    const point = containerPoint(answer.lat, answer.lng, answer.view, size);
    if (point.x < 0 || point.y < 0 || point.x >= size.width || point.y >= size.height) {
      throw new Error(
        `Cannot have ${what}: the point is at (${point.x.toFixed(0)}, ${point.y.toFixed(0)}) px, ` +
          `outside the ${size.width}×${size.height} px map opened on ${answer.view.lat}, ` +
          `${answer.view.lng} at zoom ${answer.view.zoom}.`,
      );
    }
    // Playwright clicks whatever is on top there; a leaflet control would swallow the click.
    const onControl = await this.map.evaluate((el, p) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(
        box.left + el.clientLeft + p.x,
        box.top + el.clientTop + p.y,
      );
      return hit?.closest('.leaflet-control')?.className ?? null;
    }, point);
    if (onControl !== null) {
      throw new Error(`Cannot have ${what}: the point is under the map's control “${onControl}”.`);
    }
    await this.map.click({ position: point });
  }
}
