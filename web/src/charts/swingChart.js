// The swing curve's geometry and words: plain functions, no DOM, so Vitest can check them.
// The chart stacks the contests by outcome (they always add up to the number of contests), void at
// the bottom, so the growing band of void contests reads from the axis.

export const stackOrder = ['void', 'runoff', 'undecided', 'valid'];

/** A linear map from a domain to a range, with its inverse. */
export function linearScale([d0, d1], [r0, r1]) {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = (v) => r0 + (v - d0) * k;
  scale.invert = (p) => (k === 0 ? d0 : d0 + (p - r0) / k);
  return scale;
}

/** A round step (1, 2, 5 × 10^n) giving at most `maxTicks` intervals over [0, max]. */
export function niceStep(max, maxTicks = 5) {
  if (!(max > 0)) return 1;
  const raw = max / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
  return 10 * power;
}

/** Ticks from 0 by a round step, ending at `max` itself when it is not on the step (the total). */
export function ticks(max, maxTicks = 5, { integer = true, step } = {}) {
  const by = step || niceStep(max, maxTicks);
  const out = [];
  for (let v = 0; v <= max + 1e-9; v += by) out.push(integer ? Math.round(v) : Math.round(v * 1000) / 1000);
  if (out[out.length - 1] !== max) {
    // Too close to the last round tick for both labels to fit: drop the round one.
    if (out.length > 1 && max - out[out.length - 1] < by * 0.6) out.pop();
    out.push(max);
  }
  return out;
}

/** The number of contests the curve covers (every point adds up to it). */
export function curveTotal(curve) {
  const p = curve && curve[0];
  return p ? stackOrder.reduce((sum, kind) => sum + (p[kind] || 0), 0) : 0;
}

/**
 * Everything the SVG draws, in pixels.
 * @param {Array<{swing, valid, void, runoff, undecided}>} curve
 * @param {{ width: number, height: number, margin?: {top, right, bottom, left} }} size
 */
export function chartGeometry(curve, { width, height, margin = { top: 12, right: 12, bottom: 44, left: 44 } }, drawn = curve) {
  const points = curve || [];
  const outline = drawn && drawn.length ? drawn : points;
  const total = curveTotal(points);
  const maxSwing = points.length ? points[points.length - 1].swing : 30;
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const x = linearScale([0, maxSwing], [plot.left, plot.right]);
  const y = linearScale([0, Math.max(total, 1)], [plot.bottom, plot.top]);
  const narrow = plot.right - plot.left < 360;
  const xTicks = ticks(maxSwing, narrow ? 3 : 6, { step: narrow ? 10 : 5 });
  const yTicks = ticks(Math.max(total, 1), plot.bottom - plot.top < 160 ? 3 : 5);

  const below = outline.map(() => 0);
  const bands = stackOrder.map((kind) => {
    const lower = below.slice();
    const upper = outline.map((p, i) => (below[i] += p[kind] || 0));
    return { kind, lower, upper, path: areaPath(outline, lower, upper, x, y) };
  });
  return { width, height, plot, x, y, xTicks, yTicks, total, maxSwing, bands };
}

function areaPath(points, lower, upper, x, y) {
  if (!points.length) return '';
  const r = (v) => Math.round(v * 100) / 100;
  const top = points.map((p, i) => `${i ? 'L' : 'M'}${r(x(p.swing))},${r(y(upper[i]))}`);
  const bottom = points.map((p, i) => `L${r(x(p.swing))},${r(y(lower[i]))}`).reverse();
  return `${top.join('')}${bottom.join('')}Z`;
}

/** The index of the curve point nearest a swing value. */
export function nearestIndex(curve, swing) {
  let best = 0;
  for (let i = 1; i < (curve || []).length; i++) {
    if (Math.abs(curve[i].swing - swing) < Math.abs(curve[best].swing - swing)) best = i;
  }
  return best;
}

/** The index under a pointer at horizontal pixel `px`. */
export function indexAtPixel(curve, geometry, px) {
  const clamped = Math.min(geometry.plot.right, Math.max(geometry.plot.left, px));
  return nearestIndex(curve, geometry.x.invert(clamped));
}

/** Keyboard steps over the points: arrows ±1, Page ±10 (5 points of swing), Home/End; null: not ours. */
export function stepIndex(index, key, length) {
  const last = Math.max(0, length - 1);
  const to = { ArrowLeft: index - 1, ArrowDown: index - 1, ArrowRight: index + 1, ArrowUp: index + 1,
    PageDown: index - 10, PageUp: index + 10, Home: 0, End: last }[key];
  return to === undefined ? null : Math.min(last, Math.max(0, to));
}

/** The points where some count changes (with the first and the last): the chart as a short table. */
export function curveChanges(curve) {
  const points = curve || [];
  return points.filter((p, i) => i === 0 || i === points.length - 1 || stackOrder.some((k) => p[k] !== points[i - 1][k]));
}

/** A swing as the page writes it: "+2,5 pp" / "+2.5 pp" (0 as "0"). */
export function swingText(i18n, swing) {
  const value = i18n.decimal(swing, 1);
  return i18n.t('value.pp', { value: swing > 0 ? `+${value}` : value });
}

/** One point in words: "+2.5 pp: void 0, to a runoff 0, undecidable 40, valid 5". */
export function pointText(i18n, point) {
  if (!point) return '';
  const parts = stackOrder.map((kind) => i18n.t(`outcome.count.${kind}`, { n: i18n.count(point[kind] || 0) }));
  return i18n.t('chart.point', { swing: swingText(i18n, point.swing), counts: parts.join(', ') });
}

/**
 * The engine's exact breakpoints (`swing_steps`: the counts from each swing on) as the points of a
 * step outline up to `maxSwing`: each count held flat until the next breakpoint, where it jumps.
 */
export function stepOutline(steps, maxSwing) {
  const out = [];
  (steps || []).forEach((step, i) => {
    const next = i + 1 < steps.length ? steps[i + 1].swing : maxSwing;
    if (step.swing > maxSwing) return;
    out.push(step, { ...step, swing: Math.min(next, maxSwing) });
  });
  return out;
}
