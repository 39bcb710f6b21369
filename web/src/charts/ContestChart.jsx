// A region's contests: the leader's votes and against all side by side, or words where the data
// has neither. Enter or a click shows the contest's card.
import { contestBarsLayout, hasContestFigures, contestSeries } from './contestBars.js';
import { useWidth, useRoving, useHover, listMove, shownMark } from '../ui/chartHooks.js';
import { ChartPatterns, chartColors } from '../ui/ChartPatterns.jsx';
import { ChartTip } from '../ui/ChartTip.jsx';
import { ChartExport } from '../ui/ExportButtons.jsx';
import { ChartFrame } from '../ui/ChartFrame.jsx';
import { ChartSvg, ChartMark } from '../ui/ChartSvg.jsx';
import { ChartTable } from '../ui/ChartTable.jsx';
import { LegendItems } from '../ui/LegendItems.jsx';

const fills = { leader: chartColors.leader, against_all: 'url(#cc-against)' };

/** A contest's card below the chart, brought into view with the keyboard on it. */
function focusCard(id) {
  const card = document.getElementById(`unit-${id}`);
  if (!card) return;
  card.scrollIntoView({ block: 'start' });
  card.focus({ preventScroll: true });
}

export function ContestChart({ region, contests, i18n, onShowUnit = focusCard }) {
  const [ref, width] = useWidth(640, 260);
  const g = contestBarsLayout(contests, { width, nameOf: (u) => i18n.name(u) });
  const roving = useRoving(g.groups.length, listMove(g.groups.length), (i) => onShowUnit(g.groups[i].id));
  const pointer = useHover();
  const { svgRef, focused, markProps } = roving;
  const { hoverProps } = pointer;
  if (!hasContestFigures(contests)) {
    return <p class="notice chart-empty" data-chart="contests">{i18n.t('charts.no_contest_figures')}</p>;
  }
  const shown = shownMark(pointer, roving);
  const tip = shown === null ? null : g.groups[shown];
  const count = (v) => (v === null ? i18n.t('value.unknown') : i18n.count(v));
  const leaderText = (grp) => (grp.values.leader === null ? i18n.t('value.unknown') : `${grp.leaderName ? `${grp.leaderName} ` : ''}${i18n.count(grp.values.leader)}`);
  const title = `${i18n.t('charts.contests.title')} — ${i18n.name(region)}`;
  const legend = contestSeries.map((s) => ({ label: i18n.t(`charts.series.${s}`), fill: fills[s] }));

  return (
    <ChartFrame
      class="chart chart--contests"
      titleId="chart-contests-title"
      title={title}
      legend={<LegendItems items={legend} class="chart-legend__items chart-legend__items--inline" />}
      hint={{ id: 'chart-contests-hint', text: i18n.t('charts.hint.contests'), pointer: true }}
      exports={<ChartExport chart="chart-contests" nameParts={[region.id]} what={i18n.t('export.what.chart_contests', { name: i18n.name(region) })} title={title} legend={legend} />}
      table={
        <ChartTable
          i18n={i18n}
          caption={title}
          columns={[
            { label: i18n.t('charts.col.contest') },
            { label: i18n.t('charts.series.leader') },
            { label: i18n.t('outcome.leader_votes'), num: true },
            { label: i18n.t('charts.series.against_all'), num: true },
            { label: i18n.t('charts.col.share'), num: true },
          ]}
        >
          {g.groups.map((grp) => (
            <tr key={grp.id}>
              <th scope="row">{grp.name}</th>
              <td>{grp.leaderName || i18n.t('value.unknown')}</td>
              <td class="col-num">{count(grp.values.leader)}</td>
              <td class="col-num">{count(grp.values.against_all)}</td>
              <td class="col-num">{grp.share === null ? i18n.t('value.unknown') : i18n.share(grp.share, 2)}</td>
            </tr>
          ))}
        </ChartTable>
      }
    >
      <div class="chart__plot" ref={ref}>
        <ChartSvg svgRef={svgRef} width={width} height={g.height} titleId="chart-contests-title" hintId="chart-contests-hint" name="contests">
          <ChartPatterns prefix="cc" />
          {g.axis.ticks.map((t) => (
            <g key={t} class="chart__grid">
              <line x1={g.x(t)} x2={g.x(t)} y1={g.plot.top} y2={g.plot.bottom} />
              <text x={g.x(t)} y={g.plot.bottom + 16} text-anchor="middle">{i18n.count(t)}</text>
            </g>
          ))}
          {g.groups.map((grp, i) => (
            <ChartMark
              key={grp.id}
              class="chart-mark contest-mark"
              id={grp.id}
              label={i18n.t('charts.mark.contest', { name: grp.name, leader: leaderText(grp), against_all: count(grp.values.against_all) })}
              focus={markProps(i)}
              hover={hoverProps(i)}
              onActivate={() => onShowUnit(grp.id)}
            >
              <rect class="chart-mark__hit" x="0" y={grp.y} width={width} height={grp.height} fill="transparent" />
              {i === shown && <rect class="chart-mark__band" x="0" y={grp.y} width={width} height={grp.height} />}
              <text class="chart__label" x={g.plot.left} y={grp.labelY}>{grp.label}</text>
              {grp.bars.map((bar) => (
                <g key={bar.series} class={`contest-bar contest-bar--${bar.series}`}>
                  {bar.known ? (
                    <rect class="chart-bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={fills[bar.series]} />
                  ) : (
                    <rect class="chart-bar chart-bar--unknown" x={bar.x} y={bar.y} width="14" height={bar.height} fill="url(#cc-unknown)" />
                  )}
                </g>
              ))}
              {i === focused && <rect class="chart-focus" x="1" y={grp.y + 1} width={width - 2} height={grp.height - 2} rx="3" />}
            </ChartMark>
          ))}
          {/* Values beside the marks, not inside them: a mark's name (read aloud) begins with its visible label. */}
          <g class="chart__values" pointer-events="none">
            {g.groups.map((grp) =>
              grp.any ? (
                grp.bars.map((bar) => (
                  <text key={`${grp.id}-${bar.series}`} class={`chart__value${bar.known ? '' : ' chart__value--unknown'}`}
                    x={bar.x + (bar.known ? bar.width : 14) + 4} y={bar.y + bar.height / 2} dy="0.35em">
                    {count(bar.value)}
                  </text>
                ))
              ) : (
                <text key={grp.id} class="chart__value chart__value--unknown" x={g.plot.left} y={grp.labelY + 16}>{i18n.t('value.unknown')}</text>
              ),
            )}
          </g>
        </ChartSvg>
        {tip && (
          <ChartTip
            x={Math.max(...(tip.bars.length ? tip.bars.map((b) => b.x + b.width) : [g.plot.left + 40]))}
            y={tip.y}
            width={width}
            lines={[
              tip.name,
              `${i18n.t('charts.series.leader')}: ${leaderText(tip)}`,
              `${i18n.t('charts.series.against_all')}: ${count(tip.values.against_all)}${tip.share !== null ? ` (${i18n.share(tip.share, 2)})` : ''}`,
            ]}
          />
        )}
      </div>
    </ChartFrame>
  );
}
