// A figure nobody published and nothing derives: a dash, never a zero.
export function Unknown({ i18n }) {
  const label = i18n.t('value.unknown');
  return (
    <span class="unknown" title={label}>
      <span aria-hidden="true">—</span>
      <span class="sr-only">{label}</span>
    </span>
  );
}
