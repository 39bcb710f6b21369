// Against all by region as bars, highest first, with the country's share as a line. Each bar is a
// button: its value on hover and on focus, Enter or a click opens the region like the table does.
import { regionBarsLayout } from './regionBars.js';
import { shareTickLabel } from './scale.js';
import { useWidth, useRoving, useHover, listMove, shownMark } from '../ui/chartHooks.js';
import { ChartPatterns, chartColors } from '../ui/ChartPatterns.jsx';
import { ChartTip } from '../ui/ChartTip.jsx';
import { ChartExport } from '../ui/ExportButtons.jsx';
import { ChartFrame } from '../ui/ChartFrame.jsx';
import { ChartSvg, ChartMark } from '../ui/ChartSvg.jsx';
import { ChartTable } from '../ui/ChartTable.jsx';

function shareText(i18n, share, digits) {
  return share === null ? i18n.t('value.unknown') : i18n.share(share, digits);
}

function rankText(i18n, row) {
  return row.rank === null ? i18n.t('value.unknown') : i18n.t('value.rank_of', { rank: i18n.count(row.rank), of: i18n.count(row.rankOf) });
}

export function RegionShareChart({ regions, national, selectedRegion, i18n, onOpen }) {
  const [ref, width] = useWidth(720, 260);
  const g = regionBarsLayout(regions, national, { width, nameOf: (u) => i18n.name(u) });
  const roving = useRoving(g.rows.length, listMove(g.rows.length), (i) => onOpen(g.rows[i].id));
  const pointer = useHover();
  const { svgRef, focused, markProps } = roving;
  const { hoverProps } = pointer;
  const shown = shownMark(pointer, roving);
  const tipRow = shown === null ? null : g.rows[shown];
  const title = i18n.t('charts.regions.title');
  const nationalLabel = g.national ? i18n.t('charts.national', { value: i18n.share(g.national.share) }) : '';
  const nationalRight = g.national && g.national.x > (g.plot.left + g.plot.right) / 2;

  return (
    <ChartFrame
      class="chart chart--regions"
      titleId="chart-regions-title"
      title={title}
      hint={{ id: 'chart-regions-hint', text: i18n.t('charts.hint.regions'), pointer: true }}
      exports={
        <ChartExport
          chart="chart-regions-share"
          what={i18n.t('export.what.chart_regions')}
          title={title}
          legend={[
            { label: i18n.t('charts.series.against_all'), fill: chartColors.against_all },
            { label: i18n.t('value.unknown'), fill: 'url(#rs-unknown)' },
          ]}
        />
      }
      table={
        <ChartTable
          i18n={i18n}
          caption={title}
          columns={[
            { label: i18n.t('charts.col.region') },
            { label: i18n.t('charts.col.share'), num: true },
            { label: i18n.t('table.col.rank'), num: true },
          ]}
          foot={g.national && (
            <tr>
              <th scope="row">{i18n.t('table.national_row')}</th>
              <td class="col-num">{i18n.share(g.national.share, 2)}</td>
              <td class="col-num" />
            </tr>
          )}
        >
          {g.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td class="col-num">{shareText(i18n, row.share, 2)}</td>
              <td class="col-num">{rankText(i18n, row)}</td>
            </tr>
          ))}
        </ChartTable>
      }
    >
      <div class="chart__plot" ref={ref}>
        <ChartSvg svgRef={svgRef} width={width} height={g.height} titleId="chart-regions-title" hintId="chart-regions-hint" name="regions-share">
          <ChartPatterns prefix="rs" />
          {g.axis.ticks.map((t) => (
            <g key={t} class="chart__grid">
              <line x1={g.x(t)} x2={g.x(t)} y1={g.plot.top - 4} y2={g.plot.bottom} />
              <text x={g.x(t)} y={g.plot.bottom + 16} text-anchor="middle">{shareTickLabel(i18n, t, g.axis.decimals)}</text>
            </g>
          ))}
          {g.rows.map((row, i) => (
            <ChartMark
              key={row.id}
              class={`chart-mark${row.id === selectedRegion ? ' is-selected' : ''}`}
              id={row.id}
              label={i18n.t('charts.mark.region', { name: row.name, value: shareText(i18n, row.share, 2), rank: rankText(i18n, row) })}
              pressed={row.id === selectedRegion}
              focus={markProps(i)}
              hover={hoverProps(i)}
              onActivate={() => onOpen(row.id)}
            >
              <rect class="chart-mark__hit" x="0" y={row.y} width={width} height={row.rowHeight} fill="transparent" />
              {i === shown && <rect class="chart-mark__band" x="0" y={row.y} width={width} height={row.rowHeight} />}
              <text class="chart__label" x={row.labelX} y={row.labelY} dy={g.stacked ? 0 : '0.35em'} text-anchor={g.stacked ? 'start' : 'end'}>
                {row.label}
              </text>
              {row.known ? (
                <rect class="chart-bar" x={row.barX} y={row.barY} width={row.barWidth} height={row.barHeight} fill={chartColors.against_all} />
              ) : (
                <rect class="chart-bar chart-bar--unknown" x={row.barX} y={row.barY} width="14" height={row.barHeight} fill="url(#rs-unknown)" />
              )}
              {i === focused && <rect class="chart-focus" x="1" y={row.y + 1} width={width - 2} height={row.rowHeight - 2} rx="3" />}
            </ChartMark>
          ))}
          {/* The values beside the marks, not inside them: a mark's name (read aloud) begins with its visible label. */}
          <g class="chart__values" pointer-events="none">
            {g.rows.map((row) => (
              <text key={row.id} class={`chart__value${row.known ? '' : ' chart__value--unknown'}`}
                x={row.barX + (row.known ? row.barWidth + 4 : 20)} y={row.barY + row.barHeight / 2} dy="0.35em">
                {row.known ? i18n.share(row.share) : i18n.t('value.unknown')}
              </text>
            ))}
          </g>
          {g.national && (
            <g class="chart-national" pointer-events="none">
              <line x1={g.national.x} x2={g.national.x} y1={g.plot.top - 6} y2={g.plot.bottom} />
              <text x={g.national.x} y={g.plot.top - 10} dx={nationalRight ? -4 : 4} text-anchor={nationalRight ? 'end' : 'start'}>
                {nationalLabel}
              </text>
            </g>
          )}
        </ChartSvg>
        {tipRow && (
          <ChartTip
            x={tipRow.known ? tipRow.barX + tipRow.barWidth : tipRow.barX + 40}
            y={tipRow.y}
            width={width}
            lines={[tipRow.name, `${shareText(i18n, tipRow.share, 2)} · ${rankText(i18n, tipRow)}`]}
          />
        )}
      </div>
    </ChartFrame>
  );
}
