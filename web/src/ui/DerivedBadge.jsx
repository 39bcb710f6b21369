// Marks a figure the engine derived exactly from others, and says how in its title.
function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function DerivedBadge({ derivation, i18n, nameOf }) {
  const rule = derivation && derivation.rule;
  const ruleKey = `derivation.${rule}`;
  const parts = [i18n.t('value.derived') + ': ' + (rule && i18n.has(ruleKey) ? i18n.t(ruleKey) : rule || '')];
  const from = (derivation && derivation.from) || [];
  if (from.length && nameOf) {
    // Grouped by measure: "против всех: область X, район Y и район Z".
    const byMeasure = new Map();
    for (const f of from) byMeasure.set(f.measure, [...(byMeasure.get(f.measure) || []), nameOf(f.unit)]);
    const groups = [...byMeasure].map(([measure, units]) => `${lowerFirst(i18n.t(`measure.${measure}`))}: ${i18n.list(units)}`);
    parts.push(i18n.t('derivation.from', { list: groups.join('; ') }));
  }
  const explanation = parts.join('; ');
  return (
    <abbr class="badge badge--derived" title={explanation}>
      <span aria-hidden="true">{i18n.t('value.derived_badge')}</span>
      <span class="sr-only">{explanation}</span>
    </abbr>
  );
}
