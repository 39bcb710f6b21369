// A long list drawn in part: "Showing 200 of 2 743", and more on request.

export function ShowMore({ shown, total, i18n, onMore }) {
  return (
    <p class="show-more">
      <span class="muted">{i18n.t('units.shown', { n: i18n.count(shown), total: i18n.count(total) })}</span>{' '}
      <button type="button" class="chip-button show-more__button" onClick={onMore}>
        {i18n.t('units.show_more')}
      </button>
    </p>
  );
}
