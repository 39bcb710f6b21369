// Scales for the against-all charts: shares on a percent axis, counts on a count axis, and the
// words on their ticks. Plain functions, no DOM, so Vitest checks them on known data.
import { linearScale, niceStep, ticks as countTicks } from './swingChart.js';

export { linearScale };

const round = (v) => Math.round(v * 1e9) / 1e9;

/** A round step in percent (1, 2, 2.5, 5 × 10^n) giving at most `maxTicks` intervals over [0, maxPct]. */
export function percentStep(maxPct, maxTicks = 5) {
  if (!(maxPct > 0)) return 1;
  const raw = maxPct / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw - 1e-12) return round(m * power);
  return round(10 * power);
}

/** Decimals a step needs to be written exactly (2.5 → 1, 0.25 → 2, 2 → 0). */
export function stepDecimals(step) {
  for (let d = 0; d < 6; d++) if (Math.abs(round(step * 10 ** d) - Math.round(step * 10 ** d)) < 1e-9) return d;
  return 6;
}

/**
 * The share axis: from 0 to the first round percentage at or above the largest share.
 * Shares are fractions (0.076 = 7.6 %); unknown shares (null) are ignored, never taken as 0.
 * @returns {{ max: number, step: number, ticks: number[], decimals: number }} max/ticks as fractions, step in percent
 */
export function shareAxis(shares, maxTicks = 5) {
  const known = shares.filter((s) => typeof s === 'number' && Number.isFinite(s));
  const maxPct = known.length ? Math.max(...known) * 100 : 0;
  const step = percentStep(maxPct, maxTicks);
  const top = Math.max(step, round(Math.ceil(round(maxPct / step)) * step));
  const ticks = [];
  for (let k = 0; round(k * step) <= top; k++) ticks.push(round((k * step) / 100));
  return { max: round(top / 100), step, ticks, decimals: stepDecimals(step) };
}

/** A percent tick as the language writes it: 0.02 → "2 %" (ru), "2%" (kk, en). */
export function shareTickLabel(i18n, fraction, decimals = 0) {
  return i18n.percent(round(fraction * 100), decimals);
}

/** The count axis: 0 to a round count at or above the largest known value. */
export function countAxis(values, maxTicks = 4) {
  const known = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const max = known.length ? Math.max(...known) : 0;
  const step = niceStep(max, maxTicks);
  const top = Math.max(step, Math.ceil(max / step) * step);
  return { max: top, step, ticks: countTicks(top, maxTicks, { step }) };
}

/** A label cut to fit about `px` pixels at `fontSize` (an estimate: the SVG is drawn before it is measured). */
export function fitLabel(text, px, fontSize = 12) {
  const perChar = fontSize * 0.52;
  const fits = Math.max(1, Math.floor(px / perChar));
  const s = String(text ?? '');
  return s.length <= fits ? s : `${s.slice(0, Math.max(1, fits - 1)).trimEnd()}…`;
}
