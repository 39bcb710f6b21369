// One factor against the against-all share, every unit a point. Each point is named on hover and
// on keyboard focus (a roving tab stop: the arrow keys go left to right), Enter shows the unit;
// the chart's data is a table below it, and both can be downloaded.
import { useState } from 'preact/hooks';
import { scatterLayout } from '../charts/scatter.js';
import { shareTickLabel } from '../charts/scale.js';
import { useWidth, useRoving, useHover, listMove, shownMark } from '../ui/chartHooks.js';
import { ChartTip } from '../ui/ChartTip.jsx';
import { ChartExport, TableExport } from '../ui/ExportButtons.jsx';
import { ShowMore } from '../ui/ShowMore.jsx';
import { ChartFrame } from '../ui/ChartFrame.jsx';
import { ChartSvg, ChartMark } from '../ui/ChartSvg.jsx';
import { ChartTable } from '../ui/ChartTable.jsx';
import { factorValue, factorValueText } from './factorsText.js';
import { pointsTable } from './factorTables.js';

// Above this many points the picture would be a blot and a burden; the table and the figures keep them all.
export const maxDrawnPoints = 5000;
const tablePage = 50;
// Half of a wide tip (a long name and the axis title): it stays inside the chart at either edge.
const tipHalfWidth = 130;
const axisKind = { turnout: 'share', leader_share: 'share', registered: 'log', candidates: 'count' };

function xTickLabel(i18n, factor, value, decimals) {
  if (axisKind[factor] === 'share') return shareTickLabel(i18n, value, decimals);
  if (axisKind[factor] === 'log' && value >= 1e6) return `${i18n.decimal(value / 1e6, 1)}M`;
  if (axisKind[factor] === 'log' && value >= 1e4) return `${i18n.decimal(value / 1e3, 0)}k`;
  return i18n.count(value);
}

export function ScatterChart({ factor, units, i18n, onShowUnit }) {
  const [ref, width] = useWidth(560, 260);
  const [shownRows, setShownRows] = useState(tablePage);
  const id = factor.factor;
  const points = units
    .filter((u) => u.share !== null && factorValue(u, id) !== null)
    .map((u) => ({ id: u.id, name: i18n.name(u), x: factorValue(u, id), y: u.share, unit: u }));
  // Fewer than three points say nothing a picture could show (there is no r either); the table stays.
  const drawable = points.length >= 3 && points.length <= maxDrawnPoints;
  const g = drawable ? scatterLayout(points, { width, kind: axisKind[id] }) : null;
  const marks = g ? g.marks : [];
  const roving = useRoving(marks.length, listMove(marks.length), (i) => onShowUnit(marks[i].id));
  const pointer = useHover();
  const { svgRef, focused, markProps } = roving;
  const { hoverProps } = pointer;
  const shown = shownMark(pointer, roving);
  const tip = shown === null || !marks[shown] ? null : marks[shown];
  const title = i18n.t(`factors.axis.${id}`);
  const titleId = `factor-${id}-title`;
  const label = (m) =>
    i18n.t('factors.mark', {
      name: m.name,
      share: i18n.share(m.y, 2),
      factor: i18n.t(`factors.name.${id}`),
      value: factorValueText(i18n, id, m.x),
    });
  const rows = [...units].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));

  return (
    <ChartFrame
      class="chart chart--scatter"
      titleId={titleId}
      title={title}
      data-factor={id}
      hint={drawable ? { id: `factor-${id}-hint`, text: i18n.t('factors.hint') } : null}
      exports={g && <ChartExport chart={`factor-${id}`} what={i18n.t('factors.export.chart', { factor: title })} title={title} legend={[]} />}
      table={
        <ChartTable
          i18n={i18n}
          caption={title}
          columns={[{ label: i18n.t('factors.col.unit') }, { label: i18n.t('factors.col.share'), num: true }, { label: title, num: true }]}
          scroll={{ role: 'region', 'aria-label': title, tabindex: '0' }}
          before={<TableExport table={`factor-${id}`} what={i18n.t('factors.export.points', { factor: title })} build={(ctx) => pointsTable(units, id, ctx)} />}
          after={rows.length > shownRows && (
            <ShowMore shown={shownRows} total={rows.length} i18n={i18n} onMore={() => setShownRows((n) => n + tablePage * 4)} />
          )}
        >
          {rows.slice(0, shownRows).map((u) => (
            <tr key={u.id}>
              <th scope="row">{i18n.name(u)}</th>
              <td class="col-num">{u.share === null ? i18n.t('value.unknown') : i18n.share(u.share, 2)}</td>
              <td class="col-num">{factorValueText(i18n, id, factorValue(u, id))}</td>
            </tr>
          ))}
        </ChartTable>
      }
    >
      {!drawable && points.length > 0 && <p class="notice">{i18n.t('factors.too_many', { n: i18n.count(points.length) })}</p>}
      {g && (
        <div class="chart__plot" ref={ref}>
          <ChartSvg svgRef={svgRef} width={width} height={g.height} titleId={titleId} hintId={`factor-${id}-hint`} name={`factor-${id}`}>
            <text class="chart__axis-title" x={4} y={12}>{i18n.t('factors.axis.share')}</text>
            {g.yAxis.ticks.map((t) => (
              <g key={`y${t}`} class="chart__grid">
                <line x1={g.plot.left} x2={g.plot.right} y1={g.y(t)} y2={g.y(t)} />
                <text x={g.plot.left - 5} y={g.y(t)} dy="0.35em" text-anchor="end">{shareTickLabel(i18n, t, g.yAxis.decimals)}</text>
              </g>
            ))}
            {g.xAxis.ticks.map((t) => (
              <g key={`x${t}`} class="chart__grid">
                <line x1={g.x(t)} x2={g.x(t)} y1={g.plot.top} y2={g.plot.bottom} />
                <text x={g.x(t)} y={g.plot.bottom + 15} text-anchor="middle">{xTickLabel(i18n, id, t, g.xAxis.decimals)}</text>
              </g>
            ))}
            <text class="chart__axis-title" x={g.plot.right} y={g.height - 6} text-anchor="end">{title}</text>
            {marks.map((m, i) => (
              <ChartMark
                key={m.id}
                class="chart-mark scatter-mark"
                id={m.id}
                label={label(m)}
                focus={markProps(i)}
                hover={hoverProps(i)}
                onActivate={() => onShowUnit(m.id)}
              >
                <circle class="scatter-mark__hit" cx={m.cx} cy={m.cy} r={g.radius + 5} fill="transparent" />
                <circle class="scatter-mark__dot" cx={m.cx} cy={m.cy} r={g.radius} />
                {i === focused && <circle class="chart-focus" cx={m.cx} cy={m.cy} r={g.radius + 4} />}
              </ChartMark>
            ))}
          </ChartSvg>
          {tip && (
            <ChartTip
              x={Math.min(Math.max(tip.cx, tipHalfWidth), width - tipHalfWidth)}
              y={tip.cy - g.radius}
              width={width}
              lines={[tip.name, `${i18n.t('factors.axis.share')}: ${i18n.share(tip.y, 2)}`, `${title}: ${factorValueText(i18n, id, tip.x)}`]}
            />
          )}
        </div>
      )}
    </ChartFrame>
  );
}
