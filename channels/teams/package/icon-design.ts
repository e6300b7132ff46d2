/**
 * The app's symbol, drawn once in a unit square and rendered at both icon sizes: a speech bubble with a "plus"
 * (health) cut out of it. Coordinates: u to the right, v downwards, both from 0 to 1.
 */

const BODY = { left: 0, top: 0, right: 1, bottom: 0.78, radius: 0.2 };
/** The bubble's tail, bottom left: it reaches v = 1, so the symbol fills its square with no padding. */
const TAIL: [Point, Point, Point] = [
  [0.2, 0.7],
  [0.46, 0.7],
  [0.13, 1],
];
const PLUS = { u: 0.5, v: 0.39, halfLength: 0.25, halfWidth: 0.085 };

type Point = [number, number];

function inRoundedBody(u: number, v: number): boolean {
  const { left, top, right, bottom, radius } = BODY;
  if (u < left || u > right || v < top || v > bottom) return false;
  const dx = Math.max(left + radius - u, 0, u - (right - radius));
  const dy = Math.max(top + radius - v, 0, v - (bottom - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function inTail(u: number, v: number): boolean {
  const [a, b, c] = TAIL;
  const side = (p: Point, q: Point): number => (q[0] - p[0]) * (v - p[1]) - (q[1] - p[1]) * (u - p[0]);
  const signs = [side(a, b), side(b, c), side(c, a)];
  return signs.every((s) => s >= 0) || signs.every((s) => s <= 0);
}

function inPlus(u: number, v: number): boolean {
  const du = Math.abs(u - PLUS.u);
  const dv = Math.abs(v - PLUS.v);
  const inBar = (along: number, across: number): boolean => along <= PLUS.halfLength && across <= PLUS.halfWidth;
  return inBar(du, dv) || inBar(dv, du);
}

/** Whether a point of the unit square belongs to the symbol. */
export function inSymbol(u: number, v: number): boolean {
  return (inRoundedBody(u, v) || inTail(u, v)) && !inPlus(u, v);
}

/**
 * The share of a pixel covered by the symbol, sampled on a grid, for a symbol drawn in a `size`-pixel square whose
 * top left corner is at (`offset`, `offset`).
 */
export function symbolCoverage(x: number, y: number, size: number, offset = 0, samples = 4): number {
  let inside = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) {
      const u = (x - offset + (i + 0.5) / samples) / size;
      const v = (y - offset + (j + 0.5) / samples) / size;
      if (inSymbol(u, v)) inside++;
    }
  }
  return inside / (samples * samples);
}
