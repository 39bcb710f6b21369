// Where the core found the table in the file: the title and note lines it skipped, a header over
// two rows, and the offer to read a transposed table the other way round (the file is not changed).
import { problemText } from './uploadText.js';

export function SkippedLines({ skipped, i18n, id }) {
  if (!skipped || skipped.length === 0) return null;
  return (
    <details class="skipped-lines" id={id}>
      <summary>{i18n.t('layout.skipped', { n: i18n.count(skipped.length) })}</summary>
      <ul>
        {skipped.map((s) => (
          <li key={s.line} data-line={s.line} data-reason={s.reason}>
            <span class="num muted">{i18n.t('layout.line', { n: i18n.count(s.line) })}</span> {problemText(i18n, s.reason)}{' '}
            <code class="raw-text">{s.text}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function TableLayout({ layout, busy, i18n, onTranspose }) {
  if (!layout) return null;
  const header = layout.group_line
    ? i18n.t('layout.header_two_rows', { group: i18n.count(layout.group_line), line: i18n.count(layout.header_line) })
    : layout.header_line > 1 ? i18n.t('layout.header_at', { line: i18n.count(layout.header_line) }) : null;
  return (
    <div class="table-layout" id="table-layout">
      {header && <p class="notice" id="layout-header">{header}</p>}
      <SkippedLines skipped={layout.skipped} i18n={i18n} id="layout-skipped" />
      {layout.transposed ? (
        <p class="notice" id="layout-transposed">
          {i18n.t('layout.transposed')}{' '}
          <button type="button" class="action-button" id="transpose-off" disabled={busy} onClick={() => onTranspose(false)}>
            {i18n.t('layout.transpose_off')}
          </button>
        </p>
      ) : layout.looks_transposed ? (
        <p class="notice notice--warning" id="layout-looks-transposed">
          {i18n.t('layout.looks_transposed')}{' '}
          <button type="button" class="action-button" id="transpose-on" disabled={busy} onClick={() => onTranspose(true)}>
            {i18n.t('layout.transpose_on')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
