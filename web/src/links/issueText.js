// A link's issue as the page says it, in the page's language. Whatever a link carried is shown as
// plain text only, cut to a readable length.
const maxShown = 60;

export function shorten(text) {
  const s = String(text ?? '');
  return s.length > maxShown ? `${s.slice(0, maxShown)}…` : s;
}

export function linkIssueText(i18n, issue) {
  const key = `link.issue.${String(issue.code).replace(/^link\./, '')}`;
  const params = { field: shorten(issue.field), text: shorten(issue.text) };
  return i18n.has(key) ? i18n.t(key, params) : i18n.t('link.issue.unknown', { code: shorten(issue.code) });
}

/** "3.1" (KB) for a count of link characters. */
export function kilobytes(i18n, chars) {
  return i18n.decimal(Math.max(0.1, Math.round((chars / 1024) * 10) / 10), 1);
}
