/**
 * InteractiveMap (extensions/interactions/InteractiveMap/). A click on the map submits at once the
 * point clicked, `[lat, lng]` (oppia-interactive-interactive-map.component.ts `leafletClick`:
 * `onSubmit([newLat, newLng], ...)`; answer type CoordTwoDim, no Submit button, no solution). Rules
 * (directives/interactive-map-rules.service.ts): Within(p, d) = haversine distance from p to the
 * answer, Earth radius 6371 km, <= d km; NotWithin(p, d) = that distance > d.
 *
 * The map opens on the customization args `latitude`, `longitude` (centre; [0, 0] when missing)
 * and `zoom` (`parseInt(zoom) || 0`). The planner only picks points a learner can click without
 * panning or zooming: at most VIEW_PX pixels from the centre of that first view, and at least
 * EDGE_PX pixels from the edge of every circle on the card, so the click's sub-pixel rounding
 * cannot change the verdict. Points are whole pixels from the centre's pixel.
 */
import type { Rule } from '../normalize';
import { randomInt } from '../random';
import { project, unproject, type MapView } from '../web-mercator';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

type LatLng = [number, number];

/** Half the side of the square around the map's centre the planner clicks in: Oppia's map is 300 px high (interactive-map-interaction.component.css), with leaflet's controls in its corners. */
export const VIEW_PX = 100;
/** A point closer than this (in pixels at the card's zoom) to a circle's edge is not planned. */
export const EDGE_PX = 2;

const RADIUS_OF_EARTH_KM = 6371.0;

/** Oppia's InteractiveMapRulesService.getDistanceInKm (haversine). */
export function distanceKm(a: LatLng, b: LatLng): number {
  const rad = (deg: number) => (deg / 180) * Math.PI;
  const h =
    Math.sin(rad(b[0] - a[0]) / 2) ** 2 +
    Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(rad(b[1] - a[1]) / 2) ** 2;
  return RADIUS_OF_EARTH_KM * 2 * Math.asin(Math.sqrt(h));
}

interface Circle {
  p: LatLng;
  d: number;
}

function circleOf(rule: Rule): Circle {
  const { p, d } = rule.inputs;
  if (
    !Array.isArray(p) ||
    p.length !== 2 ||
    p.some((n) => typeof n !== 'number') ||
    typeof d !== 'number'
  ) {
    throw new UnevaluableRuleError(
      `${rule.type} needs p: [latitude, longitude] and d: a distance in km, got ${JSON.stringify(rule.inputs)}`,
    );
  }
  return { p: [p[0] as number, p[1] as number], d };
}

function numberArg(args: Record<string, unknown>, name: string): number | undefined {
  const value = (args[name] as { value?: unknown } | undefined)?.value ?? args[name];
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** The map's first view, as the component computes it from its customization args. */
export function viewOf(args: Record<string, unknown>): MapView {
  const lat = numberArg(args, 'latitude');
  const lng = numberArg(args, 'longitude');
  const zoom = parseInt(String(numberArg(args, 'zoom') ?? 0), 10) || 0;
  return lat === undefined || lng === undefined ? { lat: 0, lng: 0, zoom } : { lat, lng, zoom };
}

export const interactiveMapRules = defineRules<LatLng>({
  id: 'InteractiveMap',
  prepare(interaction) {
    const view = viewOf(interaction.args);
    const centre = project(view.lat, view.lng, view.zoom);
    const base = { x: Math.round(centre.x), y: Math.round(centre.y) };
    const at = (dx: number, dy: number): LatLng =>
      unproject({ x: base.x + dx, y: base.y + dy }, view.zoom);
    const offsetOf = (v: LatLng) => {
      const p = project(v[0], v[1], view.zoom);
      return { dx: p.x - base.x, dy: p.y - base.y };
    };
    const circles = interaction.groups.flatMap((g) =>
      g.rules.filter((r) => r.type === 'Within' || r.type === 'NotWithin').map(circleOf),
    );
    /** Whole-pixel points around the centre, nearest first, out to VIEW_PX. */
    function* grid(step: number): Generator<LatLng> {
      const offsets: Array<[number, number]> = [];
      for (let dx = -VIEW_PX; dx <= VIEW_PX; dx += step)
        for (let dy = -VIEW_PX; dy <= VIEW_PX; dy += step) offsets.push([dx, dy]);
      offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
      for (const [dx, dy] of offsets) yield at(dx, dy);
    }
    /** From the view's centre along the line to `p` (in pixels), then past it. */
    function* towards(p: LatLng): Generator<LatLng> {
      const { dx, dy } = offsetOf(p);
      for (let t = 0; t <= 2; t += 0.05) yield at(Math.round(dx * t), Math.round(dy * t));
    }
    /** From `p` through the view's centre and beyond: away from a circle. */
    function* awayFrom(p: LatLng): Generator<LatLng> {
      const { dx, dy } = offsetOf(p);
      const length = Math.hypot(dx, dy);
      const [ux, uy] = length < 1 ? [0, 1] : [-dx / length, -dy / length];
      for (let r = 0; r <= VIEW_PX; r += 5) yield at(Math.round(ux * r), Math.round(uy * r));
    }
    return {
      matches(rule, value) {
        const { p, d } = circleOf(rule);
        const km = distanceKm(p, value);
        if (rule.type === 'Within') return km <= d;
        if (rule.type === 'NotWithin') return km > d;
        throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
      },
      fromSolution: () => null, // can_have_solution is False (InteractiveMap.py)
      *candidatesFor(rule) {
        const { p } = circleOf(rule);
        if (rule.type === 'Within') yield* towards(p);
        else if (rule.type === 'NotWithin') yield* awayFrom(p);
        else return;
        yield* grid(10);
      },
      fillers: () => grid(20),
      *randomValues(rng) {
        for (let i = 0; i < 40; i++)
          yield at(randomInt(rng, -VIEW_PX, VIEW_PX), randomInt(rng, -VIEW_PX, VIEW_PX));
      },
      toAnswer(value) {
        const { dx, dy } = offsetOf(value);
        if (Math.abs(dx) > VIEW_PX || Math.abs(dy) > VIEW_PX) {
          return unenterable(
            `the point is ${Math.round(Math.hypot(dx, dy))} px from the centre of the map's first view (a learner would have to pan)`,
          );
        }
        const inside = (c: Circle, v: LatLng) => distanceKm(c.p, v) <= c.d;
        const nudged = (ex: number, ey: number) =>
          unproject({ x: base.x + dx + ex, y: base.y + dy + ey }, view.zoom);
        const nearEdge = circles.find((c) =>
          [nudged(EDGE_PX, 0), nudged(-EDGE_PX, 0), nudged(0, EDGE_PX), nudged(0, -EDGE_PX)].some(
            (v) => inside(c, v) !== inside(c, value),
          ),
        );
        if (nearEdge) {
          return unenterable(
            `the point is within ${EDGE_PX} px of the edge of the ${nearEdge.d} km circle around [${nearEdge.p.join(', ')}], too near to click reliably`,
          );
        }
        return { kind: 'InteractiveMap', lat: value[0], lng: value[1], view };
      },
      submitted: (answer) =>
        answer.kind === 'InteractiveMap'
          ? [answer.lat, answer.lng]
          : unenterable('not an InteractiveMap answer'),
    };
  },
});
