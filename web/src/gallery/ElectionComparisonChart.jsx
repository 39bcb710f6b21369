// The comparison as a chart: for each election, its country's against-all share of ballots cast (a
// bar), and the spread over its areas (a line from the lowest to the highest, a tick at the median).
import { shareAxis, shareTickLabel } from '../charts/scale.js';
import { useWidth } from '../ui/chartHooks.js';
import { chartColors } from '../ui/ChartPatterns.jsx';
import { electionName, shareText } from './electionText.js';

const rowHeight = 46;
const top = 8;

export function ElectionComparisonChart({ rows, i18n, children }) {
  const [ref, width] = useWidth(640, 260);
  const shares = rows.flatMap((r) => [r.share_of_cast, r.spread ? r.spread.highest.share : null]);
  const axis = shareAxis(shares);
  const left = 8;
  const right = width - 12;
  const x = (share) => left + ((right - left) * share) / (axis.max || 1);
  const plotBottom = top + rows.length * rowHeight;
  const height = plotBottom + 24;
  return (
    <figure class="chart chart--elections" aria-labelledby="chart-elections-title">
      <figcaption id="chart-elections-title" class="chart__title">{i18n.t('elections.chart.title')}</figcaption>
      <p class="chart__hint">{i18n.t('elections.chart.legend')}</p>
      <div class="chart__plot" ref={ref}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="chart-elections-title" data-chart-svg data-chart="elections">
          {axis.ticks.map((t) => (
            <g key={t} class="chart__grid">
              <line x1={x(t)} x2={x(t)} y1={top} y2={plotBottom} />
              <text x={x(t)} y={plotBottom + 16} text-anchor="middle">{shareTickLabel(i18n, t, axis.decimals)}</text>
            </g>
          ))}
          {rows.map((row, i) => {
            const y = top + i * rowHeight;
            const barY = y + 20;
            const share = row.share_of_cast;
            const s = row.spread;
            return (
              <g key={row.id} data-id={row.id}>
                <text class="chart__label" x={left} y={y + 13}>
                  {electionName(i18n, row)}: {shareText(i18n, share)}
                </text>
                {share !== null && <rect class="chart-bar" x={left} y={barY} width={Math.max(1, x(share) - left)} height="14" fill={chartColors.against_all} />}
                {s && (
                  <g class="chart-spread" stroke="#1b1f24">
                    <line x1={x(s.lowest.share)} x2={x(s.highest.share)} y1={barY + 21} y2={barY + 21} stroke-width="2" />
                    <line x1={x(s.lowest.share)} x2={x(s.lowest.share)} y1={barY + 17} y2={barY + 25} stroke-width="2" />
                    <line x1={x(s.highest.share)} x2={x(s.highest.share)} y1={barY + 17} y2={barY + 25} stroke-width="2" />
                    {s.median !== null && <rect x={x(s.median) - 3} y={barY + 18} width="6" height="6" fill="#ffffff" stroke-width="1.5" />}
                  </g>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      {children}
    </figure>
  );
}
