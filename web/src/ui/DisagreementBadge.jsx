// Marks a figure whose sources give different numbers.
export function DisagreementBadge({ figure, i18n }) {
  const claims = (figure.claims || []).map((c) => `${i18n.count(c.value)} (${c.source})`);
  const text = `${i18n.t('value.disagreement')}: ${i18n.list(claims)}`;
  return (
    <abbr class="badge badge--disagreement" title={text}>
      <span aria-hidden="true">⇆</span>
      <span class="sr-only">{text}</span>
    </abbr>
  );
}
