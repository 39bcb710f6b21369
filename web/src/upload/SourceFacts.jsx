// Where the table comes from when the file is not plain text: a workbook's sheets (choose one), a
// zip's tables (choose one), and what the workbook reader did that a careful reader should know:
// hidden rows and columns read, merged cells spread, numbers taken as whole, dates, unreadable cells.
function listText(i18n, items, max = 12) {
  const shown = items.slice(0, max).map(String);
  return i18n.list(items.length > max ? [...shown, '…'] : shown);
}

function sheetLabel(i18n, sheet) {
  if (!sheet.rows) return i18n.t('upload.source.sheet_empty', { name: sheet.name });
  const values = { name: sheet.name, rows: i18n.count(sheet.rows), columns: i18n.count(sheet.columns) };
  return i18n.t(sheet.hidden ? 'upload.source.sheet_hidden' : 'upload.source.sheet_option', values);
}

export function SourceFacts({ source, i18n, onChoose }) {
  if (!source) return null;
  const sheets = source.sheets || [];
  const entries = source.entries || [];
  const notes = [];
  if (source.container === 'gzip') notes.push(['from-gzip', i18n.t('upload.source.from_gzip')]);
  if (source.container === 'zip' && source.entry) notes.push(['from-zip', i18n.t('upload.source.from_zip', { entry: source.entry })]);
  if (source.kind === 'xlsx') {
    if ((source.hidden_rows || []).length) notes.push(['hidden-rows', i18n.t('upload.source.hidden_rows', { list: listText(i18n, source.hidden_rows) })]);
    if ((source.hidden_columns || []).length) notes.push(['hidden-columns', i18n.t('upload.source.hidden_columns', { list: listText(i18n, source.hidden_columns) })]);
    if ((source.merged || []).length) notes.push(['merged', i18n.t('upload.source.merged', { list: listText(i18n, source.merged, 6) })]);
    if (source.rounded) notes.push(['rounded', i18n.t('upload.source.rounded', { n: i18n.count(source.rounded), cell: source.first_rounded })]);
    if (source.dates) notes.push(['dates', i18n.t('upload.source.dates', { n: i18n.count(source.dates) })]);
    if ((source.cell_problems || []).length) notes.push(['cell-problems', i18n.t('upload.source.cell_problems', { n: i18n.count(source.cell_problems.length) })]);
  }
  if (sheets.length < 2 && entries.length < 2 && !notes.length) return null;
  return (
    <div class="source-facts" id="source-facts">
      {entries.length > 1 && (
        <p class="source-facts__choice">
          <label for="source-entry">{i18n.t('upload.source.entry')}</label>{' '}
          <select id="source-entry" value={source.entry} onChange={(e) => onChoose({ entry: e.currentTarget.value })}>
            {entries.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </p>
      )}
      {sheets.length > 1 && (
        <p class="source-facts__choice">
          <label for="source-sheet">{i18n.t('upload.source.sheet')}</label>{' '}
          <select id="source-sheet" value={source.sheet} onChange={(e) => onChoose({ entry: source.entry, sheet: e.currentTarget.value })}>
            {sheets.map((sheet) => (
              <option key={sheet.name} value={sheet.name} disabled={!sheet.rows}>{sheetLabel(i18n, sheet)}</option>
            ))}
          </select>
        </p>
      )}
      {notes.length > 0 && (
        <ul class="source-facts__notes">
          {notes.map(([key, text]) => <li key={key} data-note={key}>{text}</li>)}
        </ul>
      )}
    </div>
  );
}
