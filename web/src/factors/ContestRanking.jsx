// Where the extremes are: the contests with the highest and the lowest against-all share (the
// record NOTA constituency first), each with the counts behind its share. A name opens the unit.
import { TableExport } from '../ui/ExportButtons.jsx';
import { extremes } from './ranking.js';
import { rankingTable } from './factorTables.js';
import './factors.css';

const perEnd = 10;

function RankList({ title, units, i18n, onShowUnit }) {
  if (!units.length) return null;
  return (
    <div class="ranking__list">
      <h3 class="ranking__title">{title}</h3>
      <div class="table-scroll-plain" role="region" aria-label={title} tabindex="0">
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" class="col-num">{i18n.t('ranking.col.rank')}</th>
              <th scope="col">{i18n.t('factors.col.unit')}</th>
              <th scope="col" class="col-num">{i18n.t('factors.col.share')}</th>
              <th scope="col" class="col-num col-count">{i18n.t('factors.col.against_all')}</th>
              <th scope="col" class="col-num col-count">{i18n.t('factors.col.base')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.id} data-id={u.id}>
                <td class="col-num">{i18n.count(u.rank)}</td>
                <th scope="row">
                  <button type="button" class="link-button" onClick={() => onShowUnit(u.id)}>{i18n.name(u)}</button>
                </th>
                <td class="col-num">{i18n.share(u.share, 2)}</td>
                <td class="col-num col-count">{i18n.count(u.against_all)}</td>
                <td class="col-num col-count">{i18n.count(u.base)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ContestRanking({ factors, i18n, onShowUnit }) {
  const { result } = factors;
  // One contest for the whole file: nothing to rank (the factors view then compares its regions).
  if (!result || result.level !== 'contest' || result.units.length < 2) return null;
  const { top, bottom, unknown } = extremes(result.units, perEnd);
  return (
    <section class="panel ranking-panel" id="ranking" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{i18n.t('ranking.title')}</h2>
      {top.length === 0 ? (
        <p class="notice">{i18n.t('ranking.none')}</p>
      ) : (
        <>
          <p class="panel__intro">{i18n.t('ranking.intro', { top: i18n.count(top.length), bottom: i18n.count(bottom.length), base: i18n.t(`ranking.base.${result.base}`) })}</p>
          <div class="ranking__grid">
            <RankList title={i18n.t('ranking.top')} units={top} i18n={i18n} onShowUnit={onShowUnit} />
            <RankList title={i18n.t('ranking.bottom')} units={bottom} i18n={i18n} onShowUnit={onShowUnit} />
          </div>
          {unknown > 0 && <p class="factor__note">{i18n.t('ranking.unknown', { n: i18n.count(unknown) })}</p>}
          <TableExport table="ranking" what={i18n.t('ranking.export')} build={(ctx) => rankingTable([...top, ...bottom], ctx)} />
        </>
      )}
    </section>
  );
}
