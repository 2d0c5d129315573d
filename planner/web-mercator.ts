/**
 * Leaflet's default map projection (L.CRS.EPSG3857: L.Projection.SphericalMercator, R = 6378137 m,
 * latitudes clamped to ±85.0511287798°, then L.Transformation(0.5/(πR), 0.5, -0.5/(πR), 0.5)
 * scaled by 256·2^zoom), which Oppia's InteractiveMap uses through ngx-leaflet with the card's
 * `latitude`/`longitude` as centre and `zoom` (extensions/interactions/InteractiveMap/directives/
 * oppia-interactive-interactive-map.component.ts; leaflet ^1.4.0 in oppia/oppia package.json).
 * Pure: the planner uses it to keep its points in the map's first view, the page object to find
 * where to click.
 */

const EARTH_RADIUS_M = 6378137;
const MAX_LATITUDE = 85.0511287798;
const SCALE = 0.5 / (Math.PI * EARTH_RADIUS_M);

export interface Pixel {
  x: number;
  y: number;
}

/** The map's first view: the centre and zoom the card's customization args give. */
export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

/** World pixel of a point at `zoom` (leaflet's map.project). */
export function project(lat: number, lng: number, zoom: number): Pixel {
  const d = Math.PI / 180;
  const sin = Math.sin(Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * d);
  const mx = EARTH_RADIUS_M * lng * d;
  const my = (EARTH_RADIUS_M * Math.log((1 + sin) / (1 - sin))) / 2;
  const scale = 256 * 2 ** zoom;
  return { x: scale * (SCALE * mx + 0.5), y: scale * (-SCALE * my + 0.5) };
}

/** The point at a world pixel (leaflet's map.unproject): [lat, lng]. */
export function unproject(p: Pixel, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const mx = (p.x / scale - 0.5) / SCALE;
  const my = (p.y / scale - 0.5) / -SCALE;
  const d = 180 / Math.PI;
  return [
    (2 * Math.atan(Math.exp(my / EARTH_RADIUS_M)) - Math.PI / 2) * d,
    (mx * d) / EARTH_RADIUS_M,
  ];
}

/**
 * Where leaflet draws `[lat, lng]` in a container of `size` CSS pixels that has not been panned or
 * zoomed: its pixel origin is `round(project(centre) - size/2)` (Map._getNewPixelOrigin), so the
 * container point is the world pixel minus that origin. A click there gives back the point
 * (Map.mouseEventToLatLng), up to the sub-pixel rounding of the click itself.
 */
export function containerPoint(
  lat: number,
  lng: number,
  view: MapView,
  size: { width: number; height: number },
): Pixel {
  const centre = project(view.lat, view.lng, view.zoom);
  const origin = {
    x: Math.round(centre.x - size.width / 2),
    y: Math.round(centre.y - size.height / 2),
  };
  const p = project(lat, lng, view.zoom);
  return { x: p.x - origin.x, y: p.y - origin.y };
}
