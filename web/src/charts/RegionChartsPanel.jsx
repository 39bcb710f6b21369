// The regions as pictures: the tile map and the bars by share. A region chosen in either opens
// like a region chosen in the table.
import { RegionTileMap } from './RegionTileMap.jsx';
import { RegionShareChart } from './RegionShareChart.jsx';
import './charts.css';
import '../print.css';

export function RegionChartsPanel({ regions, national, selectedRegion, i18n, onOpen }) {
  return (
    <section class="panel charts-panel" id="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">{i18n.t('charts.title')}</h2>
      <p class="panel__intro">{i18n.t('charts.intro')}</p>
      <div class="charts-panel__grid">
        <RegionTileMap regions={regions} selectedRegion={selectedRegion} i18n={i18n} onOpen={onOpen} />
        <RegionShareChart regions={regions} national={national} selectedRegion={selectedRegion} i18n={i18n} onOpen={onOpen} />
      </div>
    </section>
  );
}
