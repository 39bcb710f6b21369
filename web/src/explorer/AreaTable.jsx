// The areas of a region that are not contests (Bulgaria's municipalities under a constituency,
// Kyrgyzstan's rayons under an oblast): each with its figures and recomputed share, so a reader can
// see where in the region the protest line was strongest. They are parts of a contest, not
// contests: no outcome under the rule is shown for them. A row is `unit-<id>`, where a finding's unit
// link (state.showUnit) brings the reader, and is marked while one of its findings is selected.
import { FigureValue } from '../ui/FigureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';
import { FindingMarker } from '../findings/FindingMarker.jsx';
import { levelName } from './levels.js';
import { ListVoteNote } from './ListVoteNote.jsx';

export function AreaTable({ region, areas, summary, listVote = false, highlightedUnits = new Set(), i18n, nameOf, severityOf, onShowFindings }) {
  if (areas.length === 0) return null;
  const level = levelName(i18n, summary, areas[0].level, { plural: true });
  const titleId = `areas-title-${region.id}`;
  const labels = { against_all: i18n.t('table.col.against_all'), ballots_cast: i18n.t('table.col.ballots_cast'), share: i18n.t('table.col.share') };
  return (
    <div class="areas" data-areas={region.id}>
      <h3 id={titleId}>{i18n.t('areas.title', { level, n: i18n.count(areas.length) })}</h3>
      <p class="note">{i18n.t('areas.note')}</p>
      {listVote && <ListVoteNote i18n={i18n} />}
      <div class="table-scroll" role="region" aria-labelledby={titleId} tabindex="0">
        <table class="area-table">
          <thead>
            <tr>
              <th scope="col" class="col-name">{levelName(i18n, summary, areas[0].level)}</th>
              <th scope="col" class="col-num">{labels.against_all}</th>
              <th scope="col" class="col-num">{labels.ballots_cast}</th>
              <th scope="col" class="col-num">{labels.share}</th>
              <th scope="col" class="col-findings">{i18n.t('table.col.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr key={area.id} id={`unit-${area.id}`} data-unit={area.id} class={highlightedUnits.has(area.id) ? 'is-selected' : undefined}>
                <th scope="row" class="col-name">{i18n.name(area)}</th>
                <td class="col-num" data-label={labels.against_all}><FigureValue figure={area.figures.against_all} i18n={i18n} nameOf={nameOf} /></td>
                <td class="col-num" data-label={labels.ballots_cast}><FigureValue figure={area.figures.ballots_cast} i18n={i18n} nameOf={nameOf} /></td>
                <td class="col-num col-share" data-label={labels.share}><ShareValue value={area.shares.against_all_of_cast} i18n={i18n} digits={2} /></td>
                <td class={`col-findings${(area.findings || []).length ? '' : ' is-empty'}`}>
                  <FindingMarker unit={area} severity={severityOf(area)} i18n={i18n} onShow={onShowFindings} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
