// Against all by region as bars: sorted by share (highest first), the country's share as a line.
// A region whose share is unknown gets a row that says so and no bar: never a bar of zero.
import { linearScale, shareAxis, fitLabel } from './scale.js';

/** About how wide a 12 px label is (the SVG is laid out before it is drawn, so it cannot measure). */
export const labelWidthOf = (text) => String(text).length * 12 * 0.6 + 6;

const shareOf = (unit) => (unit && unit.shares ? unit.shares.against_all_of_cast ?? null : null);

/** Regions by share, highest first; ties and unknowns keep the dataset's order, unknowns last. */
export function regionsByShare(regions) {
  return regions
    .map((unit, order) => ({ unit, order, share: shareOf(unit) }))
    .sort((a, b) => {
      const au = a.share === null;
      const bu = b.share === null;
      if (au !== bu) return au ? 1 : -1;
      if (!au && a.share !== b.share) return b.share - a.share;
      return a.order - b.order;
    });
}

/**
 * Each unit's label, told apart: a name two units share gets the unit's id after it, so no two bars
 * read the same ("AND" twice in an upload).
 */
export function uniqueNames(units, nameOf) {
  const count = new Map();
  for (const unit of units) count.set(nameOf(unit), (count.get(nameOf(unit)) || 0) + 1);
  return new Map(units.map((unit) => [unit.id, count.get(nameOf(unit)) > 1 ? `${nameOf(unit)} (${unit.id})` : nameOf(unit)]));
}

/**
 * Everything the bar chart draws, in pixels.
 * @param {object[]} regions summary.regions @param {object} national summary.national
 * @param {{ width: number, nameOf: (unit) => string }} options
 */
export function regionBarsLayout(regions, national, { width, nameOf: plainName }) {
  const names = uniqueNames(regions, plainName);
  const nameOf = (unit) => names.get(unit.id);
  const sorted = regionsByShare(regions);
  const longest = Math.max(0, ...sorted.map(({ unit }) => labelWidthOf(nameOf(unit))));
  // A phone, or names too long to sit beside their bars: each name above its bar, never cut short.
  const stacked = width < 560 || longest > width * 0.45;
  const rowHeight = stacked ? 34 : 22;
  const barHeight = stacked ? 12 : 14;
  const top = 30; // room for the national line's label
  const bottom = 30; // the axis and its ticks
  const labelWidth = stacked ? 0 : Math.round(longest);
  const plot = {
    left: stacked ? 8 : labelWidth + 10,
    right: width - 50, // the value written after the longest bar
    top,
    bottom: 0,
  };
  plot.bottom = top + sorted.length * rowHeight;
  const height = plot.bottom + bottom;
  const nationalShare = shareOf(national);
  const axis = shareAxis([...sorted.map((r) => r.share), nationalShare], stacked ? 4 : 5);
  const x = linearScale([0, axis.max], [plot.left, plot.right]);
  const rows = sorted.map(({ unit, share }, i) => {
    const y = top + i * rowHeight;
    const barY = stacked ? y + rowHeight - barHeight - 4 : y + (rowHeight - barHeight) / 2;
    const name = nameOf(unit);
    return {
      id: unit.id,
      name,
      label: fitLabel(name, stacked ? width - 16 : labelWidth, 12),
      labelX: stacked ? plot.left : labelWidth,
      labelY: stacked ? y + 13 : barY + barHeight / 2,
      share,
      known: share !== null,
      rank: unit.rank ?? null,
      rankOf: unit.rank_of ?? null,
      y,
      rowHeight,
      barX: plot.left,
      barY,
      barHeight,
      barWidth: share === null ? 0 : Math.max(share > 0 ? 1 : 0, x(share) - plot.left),
    };
  });
  return {
    width,
    height,
    stacked,
    plot,
    x,
    axis,
    rows,
    national: nationalShare === null ? null : { share: nationalShare, x: x(nationalShare) },
  };
}
