// Pages of a long list: "21–40 of 1 000", previous and next.

export function Pager({ id, page, i18n, onPage }) {
  if (page.pages <= 1) return null;
  return (
    <nav class="pager" id={id} aria-label={i18n.t('pager.label')}>
      <button type="button" class="chip-button" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
        <span aria-hidden="true">← </span>{i18n.t('pager.previous')}
      </button>
      <span class="pager__status num" aria-live="polite">
        {i18n.t('pager.status', { from: i18n.count(page.from), to: i18n.count(page.to), total: i18n.count(page.total) })}
      </span>
      <button type="button" class="chip-button" disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)}>
        {i18n.t('pager.next')}<span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
