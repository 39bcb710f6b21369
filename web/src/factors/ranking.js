// Where the extremes are: the contests with the highest and the lowest against-all share, by the
// core's exact rank (equal shares share a rank). Units without a known share are counted, not ranked.

/**
 * @param {object[]} units the `units` of a factors result (contest level)
 * @param {number} n how many at each end
 * @returns {{ top: object[], bottom: object[], unknown: number }} bottom lists the lowest first
 */
export function extremes(units, n = 10) {
  const ranked = units.filter((u) => u.rank !== null).sort((a, b) => a.rank - b.rank || a.share - b.share);
  const unknown = units.length - ranked.length;
  if (ranked.length <= 2 * n) {
    const half = Math.ceil(ranked.length / 2);
    return { top: ranked.slice(0, half), bottom: ranked.slice(half).reverse(), unknown };
  }
  return { top: ranked.slice(0, n), bottom: ranked.slice(-n).reverse(), unknown };
}
