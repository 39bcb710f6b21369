// An engine error as the page says it: the translated message and where the bad input is.

export function errorMessage(i18n, error) {
  const code = error && error.code;
  const key = `error.${code}`;
  return code && i18n.has(key) ? i18n.t(key) : i18n.t('error.unknown', { code: code || '?' });
}

/** "file figures.csv, line 3, column 17, field «value», value «12a»" — only the parts the error has. */
export function errorLocation(i18n, error) {
  if (!error) return '';
  const parts = [];
  if (error.file) parts.push(i18n.t('error.at.file', { file: error.file }));
  if (error.line) parts.push(i18n.t('error.at.line', { line: error.line }));
  if (error.column) parts.push(i18n.t('error.at.column', { column: error.column }));
  if (error.offset !== undefined && error.offset !== null) parts.push(i18n.t('error.at.offset', { offset: i18n.count(error.offset) }));
  if (error.field) parts.push(i18n.t('error.at.field', { field: error.field }));
  if (error.text !== undefined && error.text !== null && error.text !== '') parts.push(i18n.t('error.at.text', { text: error.text }));
  return parts.join(', ');
}
