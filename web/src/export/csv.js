// Tables as files: CSV that Excel opens with Cyrillic intact, and JSON with the same rows.
//
// CSV: UTF-8 with a BOM, comma-separated, CRLF line ends, numbers written plainly (a dot for the
// decimal mark, no grouping), unknown as an empty cell. A text cell that a spreadsheet would read as
// a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.

export const BOM = '\uFEFF';
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",;\r\n]|^\s|\s$/;

/** One cell's text. */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV text, BOM first.
 * @param {{ columns: {key, label}[], rows: object[] }} table
 */
export function toCsv(table) {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key])).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** A table as JSON: what it is, its columns (keys and the language's labels), its rows by key. */
export function toJson(table, meta = {}) {
  return `${JSON.stringify(
    { ...meta, table: table.id, columns: table.columns.map(({ key, label }) => ({ key, label })), rows: table.rows },
    null,
    2,
  )}\n`;
}

/** A fraction as a percentage with at most 4 decimals: 0.0759971 → 7.5997 (null stays null). */
export function pct(fraction) {
  return typeof fraction === 'number' && Number.isFinite(fraction) ? Math.round(fraction * 1e6) / 1e4 : null;
}
