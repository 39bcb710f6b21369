// Kazakhstan's regions as tiles placed roughly where they are, coloured by against-all share on a
// sequential, colour-blind-safe scale; unknown hatched. Arrow keys move between neighbouring tiles.
import { tileMapLayout, tileInDirection, binLabel } from './tileMap.js';
import { useWidth, useRoving, useHover, shownMark } from '../ui/chartHooks.js';
import { ChartPatterns } from '../ui/ChartPatterns.jsx';
import { ChartTip } from '../ui/ChartTip.jsx';
import { ChartExport } from '../ui/ExportButtons.jsx';

function rankText(i18n, tile) {
  return tile.rank === null ? i18n.t('value.unknown') : i18n.t('value.rank_of', { rank: i18n.count(tile.rank), of: i18n.count(tile.rankOf) });
}

export function RegionTileMap({ regions, selectedRegion, i18n, onOpen }) {
  const [ref, width] = useWidth(480, 260);
  const mapWidth = Math.min(width, 520);
  const g = tileMapLayout(regions, { width: mapWidth, lang: i18n.lang, nameOf: (u) => i18n.name(u) });
  const count = g.tiles.length;
  const move = (index, key) => {
    if (key === 'Home') return 0;
    if (key === 'End') return count - 1;
    return tileInDirection(g.tiles, index, key);
  };
  const roving = useRoving(count, move, (i) => onOpen(g.tiles[i].id));
  const pointer = useHover();
  const { svgRef, focused, markProps } = roving;
  const { hoverProps } = pointer;
  const shown = shownMark(pointer, roving);
  const tip = shown === null ? null : g.tiles[shown];
  const title = i18n.t('charts.map.title');
  const shareText = (t) => (t.known ? i18n.share(t.share, 2) : i18n.t('value.unknown'));
  const legend = [
    ...g.bins.colors.slice(0, g.bins.edges.length - 1).map((fill, i) => ({ label: binLabel(i18n, g.bins, i), fill })),
    { label: i18n.t('value.unknown'), fill: 'url(#map-unknown)' },
  ];
  const small = g.size < 56;

  return (
    <figure class="chart chart--map" aria-labelledby="chart-map-title">
      <figcaption id="chart-map-title" class="chart__title">{title}</figcaption>
      <p class="chart__hint" id="chart-map-hint">{i18n.t('charts.map.note')}</p>
      <div class="chart__plot" ref={ref}>
        <svg
          ref={svgRef}
          width={mapWidth}
          height={g.height}
          viewBox={`0 0 ${mapWidth} ${g.height}`}
          role="group"
          aria-labelledby="chart-map-title"
          aria-describedby="chart-map-hint"
          data-chart-svg
          data-chart="regions-map"
        >
          <ChartPatterns prefix="map" />
          {g.tiles.map((t, i) => (
            <g
              key={t.id}
              class={`chart-mark tile${t.id === selectedRegion ? ' is-selected' : ''}`}
              role="button"
              data-id={t.id}
              data-bin={t.bin === null ? 'unknown' : t.bin}
              aria-label={i18n.t('charts.mark.tile', { abbr: t.abbr, value: t.known ? i18n.share(t.share) : '', name: t.name, rank: rankText(i18n, t) }).replace('  ', ' ')}
              aria-pressed={t.id === selectedRegion ? 'true' : 'false'}
              {...markProps(i)}
              {...hoverProps(i)}
              onClick={() => onOpen(t.id)}
            >
              <rect class="tile__box" x={t.x} y={t.y} width={t.size} height={t.size} rx="4"
                fill={t.fill || 'url(#map-unknown)'} stroke={t.id === selectedRegion ? '#1b1f24' : '#8a929c'} stroke-width={t.id === selectedRegion ? 2.5 : 1} />
              <text class="tile__abbr" x={t.x + t.size / 2} y={t.y + t.size / 2 - (small ? 2 : 3)} text-anchor="middle" fill={t.ink}>{t.abbr}{' '}</text>
              <text class="tile__value" x={t.x + t.size / 2} y={t.y + t.size / 2 + (small ? 11 : 14)} text-anchor="middle" fill={t.ink}>
                {t.known ? i18n.share(t.share) : '?'}
              </text>
              {i === focused && <rect class="chart-focus" x={t.x - 2} y={t.y - 2} width={t.size + 4} height={t.size + 4} rx="6" />}
            </g>
          ))}
        </svg>
        {tip && <ChartTip x={tip.x + tip.size / 2} y={tip.y} width={mapWidth} lines={[tip.name, `${shareText(tip)} · ${rankText(i18n, tip)}`]} />}
      </div>
      <div class="chart-legend">
        <span class="chart-legend__title" id="chart-map-legend">{i18n.t('charts.legend')}</span>
        <ul class="chart-legend__items" aria-labelledby="chart-map-legend">
          {legend.map((item) => (
            <li key={item.label}>
              <svg width="18" height="14" aria-hidden="true" focusable="false">
                <rect x="0.5" y="0.5" width="17" height="13" fill={item.fill} stroke="#555d68" />
              </svg>
              {item.label}
            </li>
          ))}
        </ul>
      </div>
      <ChartExport chart="map-regions-share" what={i18n.t('export.what.chart_map')} title={title} legend={legend} />
      <details class="chart__table">
        <summary>{i18n.t('charts.table')}</summary>
        <div class="table-scroll-plain">
          <table>
            <caption class="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('charts.col.region')}</th>
                <th scope="col">{i18n.t('charts.col.abbr')}</th>
                <th scope="col" class="col-num">{i18n.t('charts.col.share')}</th>
                <th scope="col">{i18n.t('charts.col.bin')}</th>
              </tr>
            </thead>
            <tbody>
              {g.tiles.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.name}</th>
                  <td>{t.abbr}</td>
                  <td class="col-num">{shareText(t)}</td>
                  <td>{t.bin === null ? i18n.t('value.unknown') : binLabel(i18n, g.bins, t.bin)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
