// The table's sort as a select and a direction toggle, for narrow screens where rows become cards.
export function SortControl({ columns, sort, i18n, onChange }) {
  const direction = sort.direction || 'ascending';
  const other = direction === 'ascending' ? 'descending' : 'ascending';
  return (
    <div class="sort-control">
      <label for="region-sort">{i18n.t('sort.label')}</label>
      <select
        id="region-sort"
        value={sort.key || ''}
        onChange={(event) => onChange(event.currentTarget.value || null, null)}
      >
        <option value="">{i18n.t('sort.dataset_order')}</option>
        {columns.map((c) => (
          <option key={c.key} value={c.key}>
            {i18n.t(c.label)}
          </option>
        ))}
      </select>
      <button
        type="button"
        class="chip-button"
        disabled={!sort.key}
        aria-label={`${i18n.t(`sort.${direction}`)}: ${i18n.t('sort.switch_to', { direction: i18n.t(`sort.${other}`) })}`}
        onClick={() => onChange(sort.key, other)}
      >
        <span aria-hidden="true">{direction === 'ascending' ? '▲' : '▼'} </span>
        {i18n.t(`sort.${direction}`)}
      </button>
    </div>
  );
}
