/**
 * InteractiveMap, after Oppia's extensions/interactions/InteractiveMap/directives/
 * interactive-map-interaction.component.html (@20a77995) and oppia-interactive-interactive-map
 * .component.ts (@1fd450f9): `div.interactive-map-container > div#interactiveMap
 * .oppia-interactive-map[leaflet]`, which leaflet (^1.4.0, through ngx-leaflet) turns into a
 * `.leaflet-container` map centred on the `latitude`/`longitude` args at zoom `parseInt(zoom) || 0`.
 * A click anywhere on the map submits at once `[lat, lng]` of the point clicked (`leafletClick`),
 * and puts a marker there. No Submit button (show_generic_submit_button False, InteractiveMap.py).
 *
 * The sandbox has no leaflet and no internet, so no tiles: it draws a blank map with a 256 px tile
 * grid, and converts a click as leaflet does, with its own Web Mercator (L.CRS.EPSG3857): the
 * container point plus the pixel origin `round(project(centre) - size/2)`, unprojected at the zoom.
 * Leaflet's zoom control works (+/− about the centre); dragging to pan is not modelled.
 */
import { h } from '../../app/dom';
import type { InteractionContext, InteractionView } from './types';

const EARTH_RADIUS_M = 6378137;
const MAX_LATITUDE = 85.0511287798;
const SCALE = 0.5 / (Math.PI * EARTH_RADIUS_M);

interface Point {
  x: number;
  y: number;
}

/** L.Projection.SphericalMercator.project, then L.CRS.EPSG3857's transformation at `zoom`. */
function project(lat: number, lng: number, zoom: number): Point {
  const d = Math.PI / 180;
  const clamped = Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE);
  const sin = Math.sin(clamped * d);
  const x = EARTH_RADIUS_M * lng * d;
  const y = (EARTH_RADIUS_M * Math.log((1 + sin) / (1 - sin))) / 2;
  const size = 256 * Math.pow(2, zoom);
  return { x: size * (SCALE * x + 0.5), y: size * (-SCALE * y + 0.5) };
}

function unproject(point: Point, zoom: number): [number, number] {
  const size = 256 * Math.pow(2, zoom);
  const x = (point.x / size - 0.5) / SCALE;
  const y = (point.y / size - 0.5) / -SCALE;
  const d = 180 / Math.PI;
  return [
    (2 * Math.atan(Math.exp(y / EARTH_RADIUS_M)) - Math.PI / 2) * d,
    (x * d) / EARTH_RADIUS_M,
  ];
}

function argNumber(ctx: InteractionContext, name: string): number | undefined {
  const value = ctx.args[name]?.value;
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Oppia's short response: `60.171° N, 24.938° E` (oppia-short-response-interactive-map.component.ts). */
export function formatCoords([lat, lng]: [number, number]): string {
  return (
    `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ` +
    `${Math.abs(lng).toFixed(3)}° ${lng >= 0 ? 'E' : 'W'}`
  );
}

export function interactiveMap(ctx: InteractionContext): InteractionView {
  const lat = argNumber(ctx, 'latitude');
  const lng = argNumber(ctx, 'longitude');
  const centre: [number, number] = lat === undefined || lng === undefined ? [0, 0] : [lat, lng];
  let zoom = parseInt(String(argNumber(ctx, 'zoom') ?? 0), 10) || 0;
  let enabled = true;
  let marked: [number, number] | null = null;

  const markerPane = h('div', { class: 'leaflet-pane leaflet-marker-pane' });
  const mapPane = h('div', { class: 'leaflet-pane leaflet-map-pane' }, markerPane);
  const zoomButton = (cls: string, title: string, label: string, by: number) =>
    h(
      'a',
      {
        class: `leaflet-control-zoom-${cls}`,
        href: '#',
        title,
        role: 'button',
        'aria-label': title,
        onclick: (event: Event) => {
          // Leaflet's controls stop the click, so it never reaches the map.
          event.preventDefault();
          event.stopPropagation();
          zoom = Math.max(0, Math.min(18, zoom + by));
          draw();
        },
      },
      label,
    );
  const controls = h(
    'div',
    { class: 'leaflet-control-container' },
    h(
      'div',
      { class: 'leaflet-top leaflet-left' },
      h(
        'div',
        { class: 'leaflet-control-zoom leaflet-bar leaflet-control' },
        zoomButton('in', 'Zoom in', '+', 1),
        zoomButton('out', 'Zoom out', '−', -1),
      ),
    ),
    h(
      'div',
      { class: 'leaflet-bottom leaflet-right' },
      h(
        'div',
        { class: 'leaflet-control-attribution leaflet-control' },
        'Leaflet | © OpenStreetMap contributors',
      ),
    ),
  );
  const map = h(
    'div',
    {
      id: 'interactiveMap',
      class: 'oppia-interactive-map leaflet-container leaflet-touch leaflet-grab',
      tabindex: 0,
    },
    mapPane,
    controls,
  );

  /** Map._getNewPixelOrigin: the world pixel at the container's top left, rounded. */
  const pixelOrigin = (): Point => {
    const c = project(centre[0], centre[1], zoom);
    return {
      x: Math.round(c.x - map.clientWidth / 2),
      y: Math.round(c.y - map.clientHeight / 2),
    };
  };

  function draw(): void {
    const origin = pixelOrigin();
    // The tile grid stands in for OpenStreetMap's tiles, so a learner sees where the world is.
    const world = 256 * Math.pow(2, zoom);
    const grid = `${-origin.x % 256}px ${-origin.y % 256}px`;
    map.style.backgroundPosition = `${grid}, ${grid}, ${-origin.x}px ${-origin.y}px`;
    map.style.backgroundSize = `256px 256px, 256px 256px, ${world}px ${world}px`;
    markerPane.replaceChildren();
    if (marked) {
      const p = project(marked[0], marked[1], zoom);
      // The marker icon's tip (iconAnchor [12, 41]) sits on the point.
      const icon = h('div', {
        class: 'leaflet-marker-icon leaflet-interactive',
        role: 'img',
        'aria-label': formatCoords(marked),
      });
      icon.style.left = `${p.x - origin.x - 12}px`;
      icon.style.top = `${p.y - origin.y - 41}px`;
      markerPane.append(icon);
    }
  }

  map.addEventListener('click', (event) => {
    if (!enabled) return;
    // Leaflet's mouseEventToContainerPoint: the click relative to the container's padding box.
    const box = map.getBoundingClientRect();
    const origin = pixelOrigin();
    const point = {
      x: event.clientX - box.left - map.clientLeft + origin.x,
      y: event.clientY - box.top - map.clientTop + origin.y,
    };
    const answer = unproject(point, zoom);
    marked = answer;
    draw();
    ctx.submit(answer, formatCoords(answer));
  });
  // The size is known once the map is in the page.
  requestAnimationFrame(draw);

  return {
    element: h(
      'oppia-interactive-interactive-map',
      {},
      h('div', { class: 'interactive-map-container' }, map),
    ),
    submit: 'self',
    read: () => ({ kind: 'empty' }),
    reset: () => {
      enabled = true;
    },
    setEnabled: (v) => (enabled = v),
  };
}
