// Saving a file the page made: a Blob and a temporary link. Nothing leaves the browser.

/** A file name that says what it holds: against-all_kz-2023-akims_regions_ru.csv */
export function fileName(parts, extension) {
  const clean = parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .map((p) => String(p).toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean);
  return `${['against-all', ...clean].join('_')}.${extension}`;
}

export const mimeTypes = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  svg: 'image/svg+xml;charset=utf-8',
  png: 'image/png',
};

export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function downloadText(text, name, format) {
  downloadBlob(new Blob([text], { type: mimeTypes[format] || 'text/plain;charset=utf-8' }), name);
}
