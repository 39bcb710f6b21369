// What a user pastes, as a table file for the upload: the HTML of a table (a web page's table; Excel,
// LibreOffice and Google Sheets put one on the clipboard too) or tab-separated text. Pure: no DOM,
// so the Vitest suite runs it in Node. Merged cells follow the workbook reader's rule
// (docs/engine-api.md, "Workbooks"): a spanned text is repeated over its columns and rows, a
// spanned number stays in its first cell only, so no figure is counted twice.

const named = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", mdash: '—', ndash: '–', laquo: '«', raquo: '»', hellip: '…', minus: '−' };

export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    const value = named[body.toLowerCase()];
    return value === undefined ? whole : value;
  });
}

const looksNumeric = (text) => /\d/.test(text) && /^[-+−]?[\d\s\u00a0\u202f.,%]+$/.test(text);

const cleanCell = (text) => decodeEntities(text).replace(/[ \t\r\n\f]+/g, ' ').trim();

function spanOf(attributes, name) {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 && n <= 1000 ? n : 1;
}

/** The raw rows of every top-level table: [{ rows: [[{ text, colspan, rowspan }]] }]. */
function readTables(html) {
  const source = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  const tables = [];
  let depth = 0;
  let table = null;
  let row = null;
  let cell = null;
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g;
  let at = 0;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    if (cell) cell.raw += source.slice(at, m.index);
    at = tag.lastIndex;
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    if (name === 'table') {
      if (!closing) {
        depth += 1;
        if (depth === 1) {
          table = { rows: [] };
          tables.push(table);
        }
      } else if (depth > 0) {
        depth -= 1;
        if (depth === 0) table = row = cell = null;
      }
      if (depth > 1 && cell) cell.raw += ' ';
      continue;
    }
    if (depth !== 1) {
      if (cell && /^(br|p|div|li|tr|td|th)$/.test(name)) cell.raw += ' ';
      continue;
    }
    if (name === 'tr') {
      cell = null;
      row = closing ? null : [];
      if (row) table.rows.push(row);
    } else if (name === 'td' || name === 'th') {
      if (closing) {
        cell = null;
      } else {
        if (!row) {
          row = [];
          table.rows.push(row);
        }
        cell = { raw: '', colspan: spanOf(m[3], 'colspan'), rowspan: spanOf(m[3], 'rowspan') };
        row.push(cell);
      }
    } else if (cell && /^(br|p|div|li)$/.test(name)) {
      cell.raw += ' ';
    }
  }
  if (cell) cell.raw += source.slice(at);
  return tables;
}

/** The table of an HTML fragment as rows of cell texts (the largest table when there are several), or null. */
export function tableFromHtml(html) {
  const tables = readTables(String(html || ''));
  let best = null;
  let bestCells = 0;
  for (const t of tables) {
    const cells = t.rows.reduce((n, r) => n + r.length, 0);
    if (cells > bestCells) {
      best = t;
      bestCells = cells;
    }
  }
  if (!best) return null;
  const grid = [];
  const carried = []; // column → { text, left } from a rowspan above
  for (const raw of best.rows) {
    const out = [];
    let column = 0;
    const fillCarried = () => {
      while (carried[column] && carried[column].left > 0) {
        out[column] = carried[column].text;
        carried[column].left -= 1;
        column += 1;
      }
    };
    for (const c of raw) {
      fillCarried();
      const text = cleanCell(c.raw);
      const spread = !looksNumeric(text);
      for (let k = 0; k < c.colspan; k += 1) {
        out[column + k] = k === 0 || spread ? text : '';
        if (c.rowspan > 1) carried[column + k] = { text: spread ? text : '', left: c.rowspan - 1 };
      }
      column += c.colspan;
    }
    fillCarried();
    if (out.some((t) => t !== undefined && t !== '')) grid.push(Array.from(out, (t) => t ?? ''));
  }
  if (!grid.length) return null;
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => r.concat(Array(width - r.length).fill('')));
}

/** Rows of cell texts as tab-separated text (quoted where a cell holds a tab, a line break or a quote). */
export function tsvFromRows(rows) {
  const field = (text) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((r) => r.map(field).join('\t')).join('\r\n') + '\r\n';
}

/** Non-blank records of tab-separated text: line breaks inside quotes (as Excel writes them) do not count. */
function countRecords(text) {
  let records = 0;
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if ((c === '\n' || c === '\r') && !quoted) {
      if (!blank) records += 1;
      blank = true;
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else if (c.trim() !== '') {
      blank = false;
    }
  }
  return blank ? records : records + 1;
}

/**
 * What the clipboard holds as a table: its HTML table when there is one, else its text as pasted.
 * @returns {{ text: string, from: 'html' | 'text', rows: number, columns: number } | null}
 */
export function pastedTable({ html = '', text = '' } = {}) {
  const rows = html ? tableFromHtml(html) : null;
  if (rows) return { text: tsvFromRows(rows), from: 'html', rows: rows.length, columns: rows[0].length };
  const plain = String(text || '').replace(/^\uFEFF/, '');
  if (!plain.trim()) return null;
  return { text: plain, from: 'text', rows: countRecords(plain), columns: 0 };
}

/** The pasted table as the file the upload reads. */
export const pastedFileName = 'pasted-table.tsv';
export function pastedFile(text) {
  return new File([text], pastedFileName, { type: 'text/tab-separated-values' });
}
