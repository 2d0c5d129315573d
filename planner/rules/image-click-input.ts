/**
 * ImageClickInput. A click submits `{clickPosition: [x, y], clickedRegions: [labels]}` where x, y
 * are fractions of the image box and clickedRegions are the labels of every rectangle containing
 * the point (edges included). Rule: IsInRegion(x: label) = the label is among clickedRegions.
 * Regions: customization arg imageAndRegions.labeledRegions[{label, region{regionType:'Rectangle',
 * area[[x1, y1], [x2, y2]]}}] (reference oppia-player.md §2, Table A/B).
 */
import { randomInt } from '../random';
import { UnevaluableRuleError, defineRules, unenterable } from './types';

interface Point {
  x: number;
  y: number;
}

interface Region {
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

function regionsOf(value: unknown): Region[] {
  const labeled = (value as { labeledRegions?: unknown } | null)?.labeledRegions;
  if (!Array.isArray(labeled)) return [];
  return labeled.flatMap((entry: unknown) => {
    const e = entry as { label?: unknown; region?: { area?: unknown } } | null;
    const area = e?.region?.area;
    if (typeof e?.label !== 'string' || !Array.isArray(area)) return [];
    const [[ax, ay] = [], [bx, by] = []] = area as number[][];
    if ([ax, ay, bx, by].some((n) => typeof n !== 'number')) return [];
    return [
      {
        label: e.label,
        x1: Math.min(ax as number, bx as number),
        y1: Math.min(ay as number, by as number),
        x2: Math.max(ax as number, bx as number),
        y2: Math.max(ay as number, by as number),
      },
    ];
  });
}

const round = (n: number) => Math.round(n * 10000) / 10000;

/** Closer than this (a fraction of the image) to a region's border, a real click may fall either side. */
const EDGE_MARGIN = 0.01;

function nearEdge(p: Point, r: Region): boolean {
  // Tiny regions get a smaller margin, so their centre stays clickable.
  const margin = Math.min(EDGE_MARGIN, (r.x2 - r.x1) / 4, (r.y2 - r.y1) / 4);
  const withinX = p.x >= r.x1 - margin && p.x <= r.x2 + margin;
  const withinY = p.y >= r.y1 - margin && p.y <= r.y2 + margin;
  const onVertical = Math.min(Math.abs(p.x - r.x1), Math.abs(p.x - r.x2)) < margin;
  const onHorizontal = Math.min(Math.abs(p.y - r.y1), Math.abs(p.y - r.y2)) < margin;
  return (withinY && onVertical) || (withinX && onHorizontal);
}

/** A grid of points inside the box, centre first. */
function* pointsIn(
  box: { x1: number; y1: number; x2: number; y2: number },
  steps: number,
): Generator<Point> {
  yield { x: round((box.x1 + box.x2) / 2), y: round((box.y1 + box.y2) / 2) };
  for (let i = 1; i < steps; i++) {
    for (let j = 1; j < steps; j++) {
      yield {
        x: round(box.x1 + ((box.x2 - box.x1) * i) / steps),
        y: round(box.y1 + ((box.y2 - box.y1) * j) / steps),
      };
    }
  }
}

export const imageClickRules = defineRules<Point>({
  id: 'ImageClickInput',
  prepare(interaction) {
    const regions = regionsOf(interaction.args['imageAndRegions']);
    const clicked = (p: Point) =>
      regions
        .filter((r) => p.x >= r.x1 && p.x <= r.x2 && p.y >= r.y1 && p.y <= r.y2)
        .map((r) => r.label);
    const labelOf = (rule: { type: string; inputs: Record<string, unknown> }) => {
      const x = rule.inputs['x'];
      if (typeof x !== 'string')
        throw new UnevaluableRuleError(`${rule.type} needs a region label x`);
      return x;
    };
    return {
      matches(rule, value) {
        if (rule.type !== 'IsInRegion') throw new UnevaluableRuleError(`unknown rule ${rule.type}`);
        return clicked(value).includes(labelOf(rule));
      },
      fromSolution: () => null, // can_have_solution is false for ImageClickInput
      *candidatesFor(rule) {
        if (rule.type !== 'IsInRegion') return;
        const label = labelOf(rule);
        for (const region of regions.filter((r) => r.label === label)) yield* pointsIn(region, 6);
      },
      fillers: () => pointsIn({ x1: 0, y1: 0, x2: 1, y2: 1 }, 10),
      *randomValues(rng) {
        for (let i = 0; i < 40; i++)
          yield { x: randomInt(rng, 1, 99) / 100, y: randomInt(rng, 1, 99) / 100 };
      },
      toAnswer(point) {
        if (point.x < 0 || point.x > 1 || point.y < 0 || point.y > 1) {
          return unenterable('the point is outside the image');
        }
        const edge = regions.find((r) => nearEdge(point, r));
        if (edge)
          return unenterable(
            `the point is too near the edge of region “${edge.label}” to click reliably`,
          );
        return { kind: 'ImageClickInput', x: point.x, y: point.y, region: clicked(point)[0] ?? '' };
      },
      submitted: (answer) =>
        answer.kind === 'ImageClickInput'
          ? { x: answer.x, y: answer.y }
          : unenterable('not an ImageClick answer'),
    };
  },
});
