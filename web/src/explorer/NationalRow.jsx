// The country's totals under the regions, for comparison while sorting.
import { FigureValue } from '../ui/FigureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';
import { PublishedShare } from './PublishedShare.jsx';
import { firstPublished } from './regionColumns.js';
import { OutcomeTally } from '../scenario/OutcomeTally.jsx';

// The row sums the contests in the data (45 pilot districts are not the whole country): it says so.
function rowName(totals, i18n) {
  const n = totals ? ['valid', 'void', 'runoff', 'undecided'].reduce((sum, k) => sum + ((totals[k] && totals[k].contests) || 0), 0) : 0;
  return n > 0 ? i18n.t('table.all_contests_row', { n: i18n.count(n) }) : i18n.t('table.national_row');
}

export function NationalRow({ national, labels, totals, i18n, nameOf }) {
  return (
    <tr class="national-row">
      <th scope="row" class="col-name">{rowName(totals, i18n)}</th>
      <td class="col-num" data-label={labels.against_all}><FigureValue figure={national.figures.against_all} i18n={i18n} nameOf={nameOf} /></td>
      <td class="col-num" data-label={labels.ballots_cast}><FigureValue figure={national.figures.ballots_cast} i18n={i18n} nameOf={nameOf} /></td>
      <td class="col-num col-share" data-label={labels.share}><ShareValue value={national.shares.against_all_of_cast} i18n={i18n} digits={2} /></td>
      <td class="col-num" data-label={labels.published}><PublishedShare published={firstPublished(national)} i18n={i18n} /></td>
      <td class="col-num is-empty" />
      <td class="col-vs is-empty" />
      <td class="col-outcome" data-label={labels.outcome}><OutcomeTally tally={totals} i18n={i18n} /></td>
      <td class="col-findings is-empty" />
    </tr>
  );
}
