// The regions as pictures: the tile map (only where the tool knows the geography: Kazakhstan's 17
// regions) and the bars ranked by share. A region chosen in either opens like a region chosen in
// the table. Pointer and keyboard hints on a screen with a pointer, touch hints on a touch screen.
import { RegionTileMap } from './RegionTileMap.jsx';
import { RegionShareChart } from './RegionShareChart.jsx';
import { hasMapLayout } from './tileMap.js';
import './charts.css';
import '../print.css';

export function RegionChartsPanel({ regions, national, selectedRegion, i18n, onOpen }) {
  const map = hasMapLayout(regions);
  return (
    <section class="panel charts-panel" id="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{i18n.t(map ? 'charts.title' : 'charts.title_bars')}</h2>
      <p class="panel__intro">
        <span class="hint--pointer">{i18n.t('charts.intro')}</span>
        <span class="hint--touch">{i18n.t('charts.intro_touch')}</span>
      </p>
      {map ? (
        <div class="charts-panel__grid">
          <RegionTileMap regions={regions} selectedRegion={selectedRegion} i18n={i18n} onOpen={onOpen} />
          <RegionShareChart regions={regions} national={national} selectedRegion={selectedRegion} i18n={i18n} onOpen={onOpen} />
        </div>
      ) : (
        <>
          <p class="notice" id="charts-no-map">{i18n.t('charts.bars_only')}</p>
          <RegionShareChart regions={regions} national={national} selectedRegion={selectedRegion} i18n={i18n} onOpen={onOpen} />
        </>
      )}
    </section>
  );
}
