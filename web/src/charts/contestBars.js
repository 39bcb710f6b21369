// The contests of a region: the leader's votes and the against-all votes side by side, on one count
// axis. What the data lacks is said in words, never drawn as zero.
import { linearScale, countAxis, fitLabel } from './scale.js';
import { knownValue } from '../explorer/units.js';

export const contestSeries = ['leader', 'against_all'];

/** The two values a contest is drawn with (null: unknown). */
export function contestValues(contest) {
  const leader = contest.leader && contest.leader.votes !== null && contest.leader.votes !== undefined ? contest.leader.votes : null;
  return { leader, against_all: knownValue(contest, 'against_all') };
}

/** True when at least one contest has a leader's votes or an against-all count. */
export function hasContestFigures(contests) {
  return contests.some((c) => {
    const v = contestValues(c);
    return v.leader !== null || v.against_all !== null;
  });
}

/**
 * @param {object[]} contests a region's contests, in the dataset's order
 * @param {{ width: number, nameOf: (unit) => string }} options
 */
export function contestBarsLayout(contests, { width, nameOf }) {
  const nameHeight = 18;
  const barHeight = 13;
  const gap = 3;
  const emptyHeight = 18;
  const groupGap = 10;
  const top = 6;
  const plot = { left: 8, right: width - 62, top, bottom: 0 };
  const axis = countAxis(contests.flatMap((c) => Object.values(contestValues(c))), width < 420 ? 3 : 5);
  const x = linearScale([0, axis.max], [plot.left, plot.right]);
  let y = top;
  const groups = contests.map((contest) => {
    const values = contestValues(contest);
    const any = values.leader !== null || values.against_all !== null;
    const name = nameOf(contest);
    const group = {
      id: contest.id,
      name,
      label: fitLabel(name, width - 16, 12),
      leaderName: contest.leader ? contest.leader.name : null,
      values,
      share: contest.shares ? contest.shares.against_all_of_cast ?? null : null,
      any,
      y,
      labelY: y + 13,
      bars: any
        ? contestSeries.map((series, i) => {
            const value = values[series];
            const barY = y + nameHeight + i * (barHeight + gap);
            return {
              series,
              value,
              known: value !== null,
              x: plot.left,
              y: barY,
              height: barHeight,
              width: value === null ? 0 : Math.max(value > 0 ? 1 : 0, x(value) - plot.left),
            };
          })
        : [],
    };
    group.height = nameHeight + (any ? contestSeries.length * (barHeight + gap) : emptyHeight);
    y += group.height + groupGap;
    return group;
  });
  plot.bottom = y - groupGap + 4;
  return { width, height: plot.bottom + 28, plot, x, axis, groups };
}
