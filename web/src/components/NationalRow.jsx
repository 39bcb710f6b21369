// The country's totals under the regions, for comparison while sorting.
import { FigureValue } from './FigureValue.jsx';
import { ShareValue } from './ShareValue.jsx';
import { PublishedShare } from './PublishedShare.jsx';
import { firstPublished } from '../app/regionColumns.js';
import { OutcomeTally } from './OutcomeTally.jsx';

export function NationalRow({ national, labels, totals, i18n, nameOf }) {
  return (
    <tr class="national-row">
      <th scope="row" class="col-name">{i18n.t('table.national_row')}</th>
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
