// The validation report of an analysed file: every row accounted for, every problem located,
// the figures left unknown with their known part, and the problem rows to download.
import { notUsedReasons } from './problemRows.js';
import { ProblemTable } from './ProblemTable.jsx';
import { UnknownFigures } from './UnknownFigures.jsx';
import { SkippedLines } from './TableLayout.jsx';
import { TotalsReport } from './TotalsReport.jsx';
import { encodingText, delimiterText, problemText } from './uploadText.js';
import { errorMessage } from '../i18n/errorText.js';
import { ConventionOffers } from './ConventionOffers.jsx';

const pctNote = /^measures\.(\w+): percentages of reporting units below the contest are not summed$/;

const conventionNote = /^conventions\.(valid_votes|ballots_cast|turnout_pct): \D*(\d+)/;

function noteText(i18n, note) {
  const m = pctNote.exec(note);
  if (m) return i18n.t('report.note.pct_not_summed', { measure: i18n.t(`measure.${m[1]}`) });
  const c = conventionNote.exec(note);
  return c ? i18n.t(`report.note.convention.${c[1]}`, { n: i18n.count(Number(c[2])) }) : note;
}

export function UploadReport({ report, pages, download, i18n, nameOf, onPage, onDownload, onReading, busy }) {
  const reasons = notUsedReasons(report);
  const problems = report.problems || [];
  const unknown = report.unknown_figures || [];
  const total = report.problems_total ?? problems.length;
  return (
    <section class="panel upload-report" id="upload-report" aria-labelledby="upload-report-title">
      <h2 id="upload-report-title" tabindex="-1">{i18n.t('report.title', { file: report.file })}</h2>
      <p class="panel__intro">
        {i18n.t('report.read_as', { encoding: encodingText(i18n, report.encoding), delimiter: delimiterText(i18n, report.delimiter) })}
      </p>
      <dl class="stats report-stats">
        <div class="stat" data-stat="rows">
          <dt class="stat__label">{i18n.t('report.rows')}</dt>
          <dd class="stat__value num">{i18n.count(report.rows)}</dd>
        </div>
        <div class="stat" data-stat="rows_used">
          <dt class="stat__label">{i18n.t('report.rows_used')}</dt>
          <dd class="stat__value num">{i18n.count(report.rows_used)}</dd>
        </div>
        <div class="stat" data-stat="rows_not_used">
          <dt class="stat__label">{i18n.t('report.rows_not_used')}</dt>
          <dd class="stat__value num">{i18n.count(report.rows - report.rows_used)}</dd>
        </div>
        <div class="stat" data-stat="problems">
          <dt class="stat__label">{i18n.t('report.problems')}</dt>
          <dd class="stat__value num">{i18n.count(total)}</dd>
        </div>
      </dl>
      {reasons.length > 0 && (
        <>
          <h3 id="not-used-title">{i18n.t('report.not_used_title')}</h3>
          <ul class="not-used" aria-labelledby="not-used-title">
            {reasons.map((r) => (
              <li key={r.code} data-code={r.code}>
                <span class="num not-used__count">{i18n.count(r.count)}</span> {problemText(i18n, r.code)}
                {r.code === 'row.empty' && <span class="muted"> {i18n.t('report.empty_rows_note')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.layout && report.layout.transposed && <p class="notice" id="report-transposed">{i18n.t('layout.transposed')}</p>}
      <SkippedLines skipped={report.layout && report.layout.skipped} i18n={i18n} id="report-skipped" />
      <TotalsReport totals={report.totals || []} columns={report.total_columns || []} i18n={i18n} nameOf={nameOf} />
      <ConventionOffers offers={report.conventions} i18n={i18n} disabled={busy} onReading={onReading} />
      {(report.notes || []).length > 0 && (
        <ul class="report-notes">
          {report.notes.map((note) => (
            <li key={note} class="notice">{noteText(i18n, note)}</li>
          ))}
        </ul>
      )}

      <div class="report-head">
        <h3 id="problems-title">{i18n.t('report.problems_title', { n: i18n.count(total) })}</h3>
        {total > 0 && (
          <button type="button" class="action-button" id="problems-download" disabled={download === 'working'} onClick={onDownload}>
            {i18n.t(download === 'working' ? 'report.download_working' : 'report.download')}
          </button>
        )}
      </div>
      {download && download !== 'working' && <p class="notice notice--error" role="alert">{errorMessage(i18n, download)}</p>}
      {total === 0 ? (
        <p class="muted" id="problems-none">{i18n.t('report.problems_none')}</p>
      ) : (
        <>
          <p class="field-hint">{i18n.t('report.problems_hint')}</p>
          {total > problems.length && <p class="notice" id="problems-truncated">{i18n.t('report.problems_truncated', { n: i18n.count(problems.length), total: i18n.count(total) })}</p>}
          <ProblemTable problems={problems} page={pages.problems} i18n={i18n} onPage={(page) => onPage('problems', page)} />
        </>
      )}

      {unknown.length > 0 && (
        <>
          <h3 id="unknown-title">{i18n.t('report.unknown_title', { n: i18n.count(unknown.length) })}</h3>
          <p class="field-hint">{i18n.t('report.unknown_hint')}</p>
          <UnknownFigures figures={unknown} page={pages.unknown} i18n={i18n} nameOf={nameOf} onPage={(page) => onPage('unknown', page)} />
        </>
      )}

      {(report.unmapped || []).length > 0 && (
        <details class="report-unmapped">
          <summary>{i18n.t('report.unmapped', { n: i18n.count(report.unmapped.length) })}</summary>
          <ul>
            {report.unmapped.map((u) => (
              <li key={u.column}>
                <span class="num muted">{u.column + 1}</span> {u.header}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
