// One region in the table: its name opens its contests; each figure as the engine gives it.
import { FigureValue } from '../ui/FigureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';
import { PublishedShare } from './PublishedShare.jsx';
import { RankValue } from '../ui/RankValue.jsx';
import { VsNational } from '../ui/VsNational.jsx';
import { FindingMarker } from '../findings/FindingMarker.jsx';
import { OutcomeTally } from '../scenario/OutcomeTally.jsx';
import { firstPublished } from './regionColumns.js';

export function RegionRow({ region, labels, selected, highlighted, severity, tally, i18n, nameOf, onOpen, onShowFindings }) {
  const name = i18n.name(region);
  const classes = ['region-row', selected && 'is-selected', highlighted && 'is-highlighted'].filter(Boolean).join(' ');
  return (
    <tr id={`row-${region.id}`} class={classes} data-unit={region.id}>
      <th scope="row" class="col-name">
        <button
          type="button"
          id={`open-${region.id}`}
          class="link-button"
          aria-expanded={selected ? 'true' : 'false'}
          aria-controls={selected ? 'region-detail' : undefined}
          title={i18n.t('table.open_region', { name })}
          onClick={() => onOpen(region.id)}
        >
          {name}
        </button>
      </th>
      <td class="col-num" data-label={labels.against_all}><FigureValue figure={region.figures.against_all} i18n={i18n} nameOf={nameOf} /></td>
      <td class="col-num" data-label={labels.ballots_cast}><FigureValue figure={region.figures.ballots_cast} i18n={i18n} nameOf={nameOf} /></td>
      <td class="col-num col-share" data-label={labels.share}><ShareValue value={region.shares.against_all_of_cast} i18n={i18n} digits={2} /></td>
      <td class="col-num" data-label={labels.published}><PublishedShare published={firstPublished(region)} i18n={i18n} /></td>
      <td class="col-num" data-label={labels.rank}><RankValue rank={region.rank} of={region.rank_of} i18n={i18n} /></td>
      <td class="col-vs" data-label={labels.vs_national}><VsNational value={region.vs_national} i18n={i18n} /></td>
      <td class="col-outcome" data-label={labels.outcome}><OutcomeTally tally={tally} i18n={i18n} /></td>
      <td class={`col-findings${(region.findings || []).length ? '' : ' is-empty'}`}>
        <FindingMarker unit={region} severity={severity} i18n={i18n} onShow={onShowFindings} />
      </td>
    </tr>
  );
}
