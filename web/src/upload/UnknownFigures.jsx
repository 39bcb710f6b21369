// Figures a sum could not give because some rows lack them: what is known is a lower bound.
import { pageOf } from './problemRows.js';
import { Pager } from '../ui/Pager.jsx';

const pageSize = 25;

export function UnknownFigures({ figures, page, i18n, nameOf, onPage }) {
  const shown = { ...pageOf(figures, page, pageSize), total: figures.length };
  return (
    <>
      <div class="table-scroll" role="region" aria-labelledby="unknown-title" tabindex="0">
        <table class="unknown-table" id="unknown-table">
          <caption class="sr-only">{i18n.t('report.unknown_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('report.col.unit')}</th>
              <th scope="col">{i18n.t('report.col.figure')}</th>
              <th scope="col" class="col-num">{i18n.t('report.col.at_least')}</th>
              <th scope="col" class="col-num">{i18n.t('report.col.rows_unknown')}</th>
              <th scope="col" class="col-num">{i18n.t('report.col.first_line')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((f, i) => (
              <tr key={`${f.unit}-${f.measure}-${f.candidate || ''}-${i}`} data-unit={f.unit} data-measure={f.measure}>
                <th scope="row">{nameOf(f.unit)}</th>
                <td>{f.measure === 'candidate' ? i18n.t('report.candidate_votes', { name: f.candidate }) : i18n.t(`measure.${f.measure}`)}</td>
                <td class="col-num">{i18n.t('report.at_least', { n: i18n.count(f.at_least) })}</td>
                <td class="col-num">{i18n.t('report.rows_of', { n: i18n.count(f.rows_unknown), total: i18n.count(f.rows) })}</td>
                <td class="col-num">{f.first_line ? i18n.count(f.first_line) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager id="unknown-pager" page={shown} i18n={i18n} onPage={onPage} />
    </>
  );
}
