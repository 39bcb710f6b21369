// Every problem the core found, a page at a time: its line and column, the field, what is wrong,
// the raw text, and whether the row was still used.
import { pageOf } from './problemRows.js';
import { Pager } from '../ui/Pager.jsx';
import { problemText } from './uploadText.js';

export const problemsPageSize = 50;

export function ProblemTable({ problems, page, i18n, onPage }) {
  const shown = { ...pageOf(problems, page, problemsPageSize), total: problems.length };
  const inSheet = problems.some((p) => p.cell); // a workbook: sheet + cell instead of line and column
  return (
    <>
      <div class="table-scroll" role="region" aria-labelledby="problems-title" tabindex="0">
        <table class="problem-table" id="problem-table">
          <caption class="sr-only">{i18n.t('report.problems_caption')}</caption>
          <thead>
            <tr>
              <th scope="col" class="col-num">{i18n.t(inSheet ? 'upload.col.cell' : 'upload.col.line')}</th>
              <th scope="col" class="col-num">{i18n.t(inSheet ? 'upload.col.sheet' : 'report.col.column')}</th>
              <th scope="col">{i18n.t('report.col.field')}</th>
              <th scope="col">{i18n.t('report.col.problem')}</th>
              <th scope="col">{i18n.t('report.col.text')}</th>
              <th scope="col">{i18n.t('report.col.row')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.items.map((p, i) => (
              <tr key={`${p.line}-${p.column}-${p.code}-${i}`} data-code={p.code} data-line={p.line}>
                {inSheet ? (
                  <>
                    <td class="col-num" data-cell={p.cell}>{p.cell || '—'}</td>
                    <td class="col-num">{p.sheet || '—'}</td>
                  </>
                ) : (
                  <>
                    <td class="col-num">{i18n.count(p.line)}</td>
                    <td class="col-num">{p.column ? i18n.count(p.column) : '—'}</td>
                  </>
                )}
                <td class="problem-table__field">{p.field || <span class="muted">—</span>}</td>
                <td>
                  {problemText(i18n, p.code)} <code class="problem-table__code">{p.code}</code>
                </td>
                <td class="problem-table__text">{p.text ? <code>{p.text}</code> : <span class="muted">{i18n.t('report.empty_text')}</span>}</td>
                <td class={p.row_used ? 'row-used' : 'row-not-used'}>{i18n.t(p.row_used ? 'report.row_used' : 'report.row_not_used')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager id="problems-pager" page={shown} i18n={i18n} onPage={onPage} />
    </>
  );
}
