// Marks a figure the engine derived exactly from others, and says how in its title.
export function DerivedBadge({ derivation, i18n, nameOf }) {
  const rule = derivation && derivation.rule;
  const ruleKey = `derivation.${rule}`;
  const parts = [i18n.t('value.derived') + ': ' + (rule && i18n.has(ruleKey) ? i18n.t(ruleKey) : rule || '')];
  const from = (derivation && derivation.from) || [];
  if (from.length && nameOf) {
    const list = from.map((f) => `${nameOf(f.unit)} (${i18n.t(`measure.${f.measure}`)})`);
    parts.push(i18n.t('derivation.from', { list: i18n.list(list) }));
  }
  const explanation = parts.join('; ');
  return (
    <abbr class="badge badge--derived" title={explanation}>
      <span aria-hidden="true">{i18n.t('value.derived_badge')}</span>
      <span class="sr-only">{explanation}</span>
    </abbr>
  );
}
