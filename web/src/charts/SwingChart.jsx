// The swing curve: the contests stacked by outcome as against all grows from 0 to 30 points, the
// current swing marked. Values show on hover and on keyboard focus; the same data as a table.
import { useState } from 'preact/hooks';
import { chartGeometry, stepOutline, stackOrder, nearestIndex, indexAtPixel, stepIndex, curveChanges, pointText, swingText } from './swingChart.js';
import { SwingPatterns, SwingLegend } from './SwingLegend.jsx';
import { ChartExport, TableExport } from '../ui/ExportButtons.jsx';
import { ChartFrame } from '../ui/ChartFrame.jsx';
import { ChartTable } from '../ui/ChartTable.jsx';
import { useWidth } from '../ui/chartHooks.js';

export function SwingChart({ curve, steps, swing, i18n, onPick }) {
  const [ref, width] = useWidth(560, 240);
  const [active, setActive] = useState(null); // index under the pointer or the keyboard
  const height = width < 420 ? 220 : 260;
  // Drawn from the exact breakpoints when the engine sent them; read (hover, keys) at the half points.
  const maxSwing = curve.length ? curve[curve.length - 1].swing : 30;
  const g = chartGeometry(curve, { width, height, margin: { top: 24, right: 14, bottom: 46, left: 46 } }, steps ? stepOutline(steps, maxSwing) : curve);
  const current = nearestIndex(curve, swing);
  const shown = active === null ? current : active;
  const point = curve[shown];
  const readout = pointText(i18n, point);

  const onKeyDown = (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(curve[shown].swing);
      return;
    }
    const next = stepIndex(shown, event.key, curve.length);
    if (next === null) return;
    event.preventDefault();
    setActive(next);
  };
  const pointerIndex = (event) => {
    const box = event.currentTarget.getBoundingClientRect();
    return indexAtPixel(curve, g, ((event.clientX - box.left) / box.width) * width);
  };

  const xNow = g.x(swing);
  const xActive = active === null ? null : g.x(curve[active].swing);
  return (
    <ChartFrame
      class="swing-chart"
      titleId="swing-chart-title"
      titleClass="swing-chart__title"
      title={i18n.t('chart.title')}
      legend={<SwingLegend i18n={i18n} />}
      exports={
        <>
          <ChartExport
            chart="chart-swing-curve"
            selector=".swing-chart__plot svg"
            what={i18n.t('export.what.chart_swing')}
            title={i18n.t('chart.title')}
            legend={stackOrder.map((kind) => ({ label: i18n.t(`outcome.title.${kind}`), fill: `url(#swing-pattern-${kind})` }))}
          />
          <TableExport table="swing" curve={curve} what={i18n.t('export.what.swing')} />
        </>
      }
      table={
        <ChartTable
          class="swing-chart__table"
          i18n={i18n}
          summary={i18n.t('chart.table')}
          caption={i18n.t('chart.table_caption')}
          columns={[{ label: i18n.t('chart.col.swing') }, ...stackOrder.map((kind) => ({ label: i18n.t(`outcome.${kind}`), num: true }))]}
        >
          {curveChanges(curve).map((p) => (
            <tr key={p.swing}>
              <th scope="row" class="num">{swingText(i18n, p.swing)}</th>
              {stackOrder.map((kind) => <td class="col-num" key={kind}>{i18n.count(p[kind])}</td>)}
            </tr>
          ))}
        </ChartTable>
      }
    >
      <div
        ref={ref}
        class="swing-chart__plot"
        role="slider"
        tabindex="0"
        aria-label={i18n.t('chart.inspect')}
        aria-valuemin={curve.length ? curve[0].swing : 0}
        aria-valuemax={curve.length ? curve[curve.length - 1].swing : 30}
        aria-valuenow={point ? point.swing : 0}
        aria-valuetext={readout}
        aria-describedby="swing-chart-hint"
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        onPointerMove={(e) => setActive(pointerIndex(e))}
        onPointerLeave={() => setActive(null)}
        onClick={(e) => onPick(curve[pointerIndex(e)].swing)}
      >
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
          <SwingPatterns />
          {g.yTicks.map((t) => (
            <g key={`y${t}`} class="swing-chart__grid">
              <line x1={g.plot.left} x2={g.plot.right} y1={g.y(t)} y2={g.y(t)} />
              <text x={g.plot.left - 6} y={g.y(t)} dy="0.32em" text-anchor="end">{i18n.count(t)}</text>
            </g>
          ))}
          {g.bands.map((band) => (
            <path key={band.kind} class={`swing-chart__band swing-chart__band--${band.kind}`} d={band.path} fill={`url(#swing-pattern-${band.kind})`} />
          ))}
          {g.xTicks.map((t) => (
            <g key={`x${t}`} class="swing-chart__tick">
              <line x1={g.x(t)} x2={g.x(t)} y1={g.plot.bottom} y2={g.plot.bottom + 5} />
              <text x={g.x(t)} y={g.plot.bottom + 17} text-anchor="middle">{i18n.decimal(t)}</text>
            </g>
          ))}
          <line class="swing-chart__axis" x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} />
          <text class="swing-chart__label" x={(g.plot.left + g.plot.right) / 2} y={height - 6} text-anchor="middle">{i18n.t('chart.x')}</text>
          <text class="swing-chart__label" transform={`translate(12 ${(g.plot.top + g.plot.bottom) / 2}) rotate(-90)`} text-anchor="middle">{i18n.t('chart.y')}</text>
          <g class="swing-chart__now" data-swing={swing}>
            <line x1={xNow} x2={xNow} y1={g.plot.top} y2={g.plot.bottom} />
            <text x={xNow} y={g.plot.top - 6} dx={xNow > (g.plot.left + g.plot.right) / 2 ? -4 : 4}
              text-anchor={xNow > (g.plot.left + g.plot.right) / 2 ? 'end' : 'start'}>
              {i18n.t('chart.now')} {swingText(i18n, swing)}
            </text>
          </g>
          {xActive !== null && <line class="swing-chart__active" x1={xActive} x2={xActive} y1={g.plot.top} y2={g.plot.bottom} />}
        </svg>
      </div>
      <p class="swing-chart__readout" aria-hidden="true" data-index={shown}>{readout}</p>
      <p class="field__hint" id="swing-chart-hint">{i18n.t('chart.hint')}</p>
    </ChartFrame>
  );
}
