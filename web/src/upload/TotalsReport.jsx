// The rows and columns read as totals: not added in, each figure checked against the sum.
function figureName(i18n, f) {
  if (f.measure === 'candidate') return f.candidate;
  const key = `measure.${f.measure}`;
  return i18n.has(key) ? i18n.t(key) : f.measure;
}

function Check({ f, i18n }) {
  if (f.agrees === true) return <span class="total-check total-check--ok">{i18n.t('totals.agrees')}</span>;
  if (f.agrees === false) {
    return (
      <span class="total-check total-check--differs">
        {i18n.t('totals.differs', { sum: i18n.count(f.sum), diff: i18n.count(Math.abs(f.published - f.sum)) })}
      </span>
    );
  }
  return <span class="total-check muted">{i18n.t('totals.not_checked')}</span>;
}

export function TotalsReport({ totals, columns, i18n, nameOf }) {
  if ((!totals || totals.length === 0) && (!columns || columns.length === 0)) return null;
  return (
    <section class="report-totals" id="report-totals" aria-labelledby="totals-title">
      <h3 id="totals-title">{i18n.t('totals.title', { n: i18n.count(totals.length + columns.length) })}</h3>
      <p class="field-hint">{i18n.t('totals.hint')}</p>
      {totals.map((t) => (
        <div class="total-row" key={t.line} data-line={t.line} data-how={t.how}>
          <p>
            {i18n.t(t.how === 'sum' ? 'totals.row_sum' : 'totals.row_label', {
              line: i18n.count(t.line),
              label: t.label,
              unit: t.unit === null ? i18n.t('totals.unit_unknown') : t.unit === 'country' ? i18n.t('totals.unit_file') : i18n.t('totals.unit_named', { name: nameOf(t.unit) }),
            })}
          </p>
          <div class="table-scroll" role="region" aria-label={i18n.t('totals.caption', { line: i18n.count(t.line) })} tabindex="0">
            <table class="problem-table totals-table">
              <caption class="sr-only">{i18n.t('totals.caption', { line: i18n.count(t.line) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('report.col.figure')}</th>
                  <th scope="col" class="num">{i18n.t('totals.col.published')}</th>
                  <th scope="col">{i18n.t('totals.col.check')}</th>
                </tr>
              </thead>
              <tbody>
                {t.figures.map((f) => (
                  <tr key={`${f.measure}/${f.candidate || ''}`} data-agrees={String(f.agrees)}>
                    <th scope="row">{figureName(i18n, f)}</th>
                    <td class="num">{i18n.count(f.published)}</td>
                    <td><Check f={f} i18n={i18n} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
      {columns.length > 0 && (
        <ul class="total-columns">
          {columns.map((c) => (
            <li key={c.column} data-column={c.column}>
              {i18n.t('totals.column', {
                header: c.header,
                checked: i18n.count(c.rows_checked),
                differing: i18n.count(c.rows_differing),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
