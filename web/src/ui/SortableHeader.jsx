// A column heading that sorts: a button inside <th>, the state in aria-sort.
const icons = { ascending: '▲', descending: '▼' };

export function SortableHeader({ column, sort, i18n, onSort, className }) {
  const active = sort.key === column.key;
  const direction = active ? sort.direction : null;
  const label = i18n.t(column.label);
  return (
    <th scope="col" class={className} aria-sort={direction || 'none'}>
      <button
        type="button"
        class={`sort-button${active ? ' sort-button--active' : ''}`}
        title={i18n.t('table.sort_by', { column: label })}
        onClick={() => onSort(column.key)}
      >
        <span>{label}</span>
        <span class="sort-button__icon" aria-hidden="true">{direction ? icons[direction] : '↕'}</span>
      </button>
    </th>
  );
}
