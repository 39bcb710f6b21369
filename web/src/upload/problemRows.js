// The problem rows download and the report's lists, as the page needs them.

/** "2004.csv" → "2004.problems.csv"; a name without an extension gets one. */
export function problemsFileName(fileName) {
  const base = String(fileName || 'upload').replace(/[\\/:*?"<>|]+/g, '_').replace(/\.(csv|tsv|txt)$/i, '');
  return `${base || 'upload'}.problems.csv`;
}

/** The CSV text as a file Excel opens with its Cyrillic intact: UTF-8 with a byte order mark. */
export function problemsBlob(csv) {
  return new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
}

/** One page of a long list: { items, page, pages, from, to } (from/to 1-based, for "21–40 of 1000"). */
export function pageOf(list, page, size) {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  const start = current * size;
  const items = list.slice(start, start + size);
  return { items, page: current, pages, from: items.length ? start + 1 : 0, to: start + items.length };
}

/** rows_not_used as [{ code, count }], the reasons with rows first, in the core's order. */
export function notUsedReasons(report) {
  return Object.entries((report && report.rows_not_used) || {})
    .filter(([, count]) => count > 0)
    .map(([code, count]) => ({ code, count }));
}
