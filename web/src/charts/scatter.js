// A scatter plot of the against-all share (y) against one factor (x): scales, ticks and where each
// point goes. Plain functions, no DOM. Axes: a share (turnout, the leader's share) in percent, a
// count (candidates: whole numbers, points with equal x spread sideways so fewer hide each other), or
// a count on a log scale (registered voters). On a narrow screen: fewer ticks, larger points.
import { linearScale, shareAxis, percentStep, stepDecimals } from './scale.js';
import { niceStep } from './swingChart.js';

const round = (v) => Math.round(v * 1e9) / 1e9;

/** The x axis of a share factor: round percentages around the values (not from 0). */
export function shareRangeAxis(values, maxTicks) {
  const lo = Math.min(...values) * 100;
  const hi = Math.max(...values) * 100;
  const step = percentStep(Math.max(hi - lo, 1), maxTicks);
  const from = Math.max(0, round(Math.floor(lo / step) * step));
  const to = Math.max(from + step, round(Math.ceil(hi / step) * step));
  const ticks = [];
  for (let v = from; v <= to + 1e-9; v = round(v + step)) ticks.push(round(v / 100));
  return { min: from / 100, max: to / 100, ticks, decimals: stepDecimals(step) };
}

/** Whole-number ticks around the values, with half a unit of room on each side. */
export function countRangeAxis(values, maxTicks) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const step = niceStep(Math.max(hi - lo, 1), maxTicks);
  const ticks = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi; v += step) ticks.push(v);
  if (!ticks.length) ticks.push(lo);
  return { min: lo - 0.5, max: hi + 0.5, ticks };
}

/** Powers of ten around the values (and 2×, 5× when they span under two decades and there is room). */
export function logAxis(values, narrow) {
  const lo = Math.floor(Math.log10(Math.min(...values)));
  let hi = Math.ceil(Math.log10(Math.max(...values)));
  if (hi === lo) hi = lo + 1;
  const ticks = [];
  const between = hi - lo <= 2 && !narrow ? [1, 2, 5] : [1];
  for (let p = lo; p <= hi; p++) for (const m of between) if (m * 10 ** p <= 10 ** hi) ticks.push(m * 10 ** p);
  return { min: 10 ** lo, max: 10 ** hi, ticks };
}

/**
 * @param {{ id: string, name: string, x: number, y: number }[]} points known values only
 * @param {{ width: number, kind: 'share' | 'count' | 'log' }} options
 */
export function scatterLayout(points, { width, kind }) {
  const narrow = width < 420;
  const height = narrow ? 240 : 280;
  const plot = { left: narrow ? 40 : 48, right: width - 14, top: 24, bottom: height - 40 };
  const radius = narrow ? 5 : 4;
  const yAxis = shareAxis(points.map((p) => p.y), narrow ? 3 : 5);
  const y = linearScale([0, yAxis.max], [plot.bottom, plot.top]);
  const xs = points.map((p) => p.x);
  const maxTicks = narrow ? 3 : 6;
  let xAxis;
  let x;
  if (kind === 'log') {
    xAxis = logAxis(xs, narrow);
    const scale = linearScale([Math.log10(xAxis.min), Math.log10(xAxis.max)], [plot.left, plot.right]);
    x = (v) => scale(Math.log10(v));
  } else {
    xAxis = kind === 'count' ? countRangeAxis(xs, maxTicks) : shareRangeAxis(xs, maxTicks);
    x = linearScale([xAxis.min, xAxis.max], [plot.left, plot.right]);
  }
  // Left to right (then bottom to top): the order the arrow keys follow.
  const order = points.map((p, i) => i).sort((a, b) => points[a].x - points[b].x || points[a].y - points[b].y || a - b);
  const spread = kind === 'count' ? sideways(points, order, (plot.right - plot.left) / Math.max(1, xAxis.max - xAxis.min)) : () => 0;
  const marks = order.map((i, k) => ({ ...points[i], cx: x(points[i].x) + spread(k), cy: y(points[i].y) }));
  return { width, height, plot, radius, narrow, x, y, xAxis, yAxis, marks };
}

// Points on one whole number spread sideways by up to ±0.3 of a unit, each by a fixed amount drawn
// from its id (FNV-1a), so the picture is the same on every visit; returns an offset per position.
function sideways(points, order, unitPx) {
  const counts = new Map();
  for (const p of points) counts.set(p.x, (counts.get(p.x) || 0) + 1);
  return (k) => {
    const p = points[order[k]];
    if (counts.get(p.x) < 2) return 0;
    return (idFraction(p.id) - 0.5) * 0.6 * Math.min(unitPx, 40);
  };
}

function idFraction(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}
