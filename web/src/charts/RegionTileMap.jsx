// Kazakhstan's regions as tiles placed roughly where they are, coloured by against-all share on a
// sequential, colour-blind-safe scale; unknown hatched. Arrow keys move between neighbouring tiles.
import { tileMapLayout, tileInDirection, binLabel } from './tileMap.js';
import { useWidth, useRoving, useHover, shownMark } from '../ui/chartHooks.js';
import { ChartPatterns } from '../ui/ChartPatterns.jsx';
import { ChartTip } from '../ui/ChartTip.jsx';
import { ChartExport } from '../ui/ExportButtons.jsx';
import { ChartFrame } from '../ui/ChartFrame.jsx';
import { ChartSvg, ChartMark } from '../ui/ChartSvg.jsx';
import { ChartTable } from '../ui/ChartTable.jsx';
import { LegendItems } from '../ui/LegendItems.jsx';

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
    <ChartFrame
      class="chart chart--map"
      titleId="chart-map-title"
      title={title}
      hint={{ id: 'chart-map-hint', text: i18n.t('charts.map.note') }}
      exports={<ChartExport chart="map-regions-share" what={i18n.t('export.what.chart_map')} title={title} legend={legend} />}
      table={
        <ChartTable
          i18n={i18n}
          caption={title}
          columns={[
            { label: i18n.t('charts.col.region') },
            { label: i18n.t('charts.col.abbr') },
            { label: i18n.t('charts.col.share'), num: true },
            { label: i18n.t('charts.col.bin') },
          ]}
        >
          {g.tiles.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.name}</th>
              <td>{t.abbr}</td>
              <td class="col-num">{shareText(t)}</td>
              <td>{t.bin === null ? i18n.t('value.unknown') : binLabel(i18n, g.bins, t.bin)}</td>
            </tr>
          ))}
        </ChartTable>
      }
    >
      <div class="chart__plot" ref={ref}>
        <ChartSvg svgRef={svgRef} width={mapWidth} height={g.height} titleId="chart-map-title" hintId="chart-map-hint" name="regions-map">
          <ChartPatterns prefix="map" />
          {g.tiles.map((t, i) => (
            <ChartMark
              key={t.id}
              class={`chart-mark tile${t.id === selectedRegion ? ' is-selected' : ''}`}
              id={t.id}
              data-bin={t.bin === null ? 'unknown' : t.bin}
              label={i18n.t('charts.mark.tile', { abbr: t.abbr, value: t.known ? i18n.share(t.share) : '', name: t.name, rank: rankText(i18n, t) }).replace('  ', ' ')}
              pressed={t.id === selectedRegion}
              focus={markProps(i)}
              hover={hoverProps(i)}
              onActivate={() => onOpen(t.id)}
            >
              <rect class="tile__box" x={t.x} y={t.y} width={t.size} height={t.size} rx="4"
                fill={t.fill || 'url(#map-unknown)'} stroke={t.id === selectedRegion ? '#1b1f24' : '#8a929c'} stroke-width={t.id === selectedRegion ? 2.5 : 1} />
              <text class="tile__abbr" x={t.x + t.size / 2} y={t.y + t.size / 2 - (small ? 2 : 3)} text-anchor="middle" fill={t.ink}>{t.abbr}{' '}</text>
              <text class="tile__value" x={t.x + t.size / 2} y={t.y + t.size / 2 + (small ? 11 : 14)} text-anchor="middle" fill={t.ink}>
                {t.known ? i18n.share(t.share) : '?'}
              </text>
              {i === focused && <rect class="chart-focus" x={t.x - 2} y={t.y - 2} width={t.size + 4} height={t.size + 4} rx="6" />}
            </ChartMark>
          ))}
        </ChartSvg>
        {tip && <ChartTip x={tip.x + tip.size / 2} y={tip.y} width={mapWidth} lines={[tip.name, `${shareText(tip)} · ${rankText(i18n, tip)}`]} />}
      </div>
      <div class="chart-legend">
        <span class="chart-legend__title" id="chart-map-legend">{i18n.t('charts.legend')}</span>
        <LegendItems items={legend} labelledBy="chart-map-legend" />
      </div>
    </ChartFrame>
  );
}
