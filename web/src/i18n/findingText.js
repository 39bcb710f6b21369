// One finding as a sentence: its code's message with the values formatted for the language.

function measureName(i18n, measure) {
  const key = `measure.${measure}`;
  return measure ? (i18n.has(key) ? i18n.t(key) : measure) : '';
}

function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function isPercentMeasure(measure) {
  return typeof measure === 'string' && measure.endsWith('_pct');
}

function formatNumber(i18n, value, measure) {
  if (typeof value !== 'number') return String(value);
  return isPercentMeasure(measure) ? i18n.percent(value) : i18n.count(value);
}

function formatValue(i18n, name, value, finding) {
  if (value === null || value === undefined) return i18n.t('value.unknown');
  if (name === 'published') return i18n.percent(value);
  if (name === 'recomputed') return i18n.percent(value, 2);
  if (name === 'missing' && Array.isArray(value)) return i18n.list(value.map((m) => lowerFirst(measureName(i18n, m))));
  if (name === 'claims' && Array.isArray(value)) {
    return i18n.list(
      value.map((claim) =>
        i18n.t('finding.claim', { value: formatNumber(i18n, claim.value, finding.measure), source: claim.source }),
      ),
    );
  }
  if (Array.isArray(value)) return i18n.list(value.map((v) => formatValue(i18n, name, v, finding)));
  if (typeof value === 'number') return formatNumber(i18n, value, finding.measure);
  return String(value);
}

/** The translated message of a finding, e.g. "Проголосовали: источники расходятся — 23 451 (article) и 24 061 (kazinform-sko)." */
export function findingText(i18n, finding) {
  const key = `finding.${finding.code}`;
  if (!i18n.has(key)) return i18n.t('finding.unknown', { code: finding.code });
  const params = { measure: measureName(i18n, finding.measure) };
  for (const [name, value] of Object.entries(finding.values || {})) params[name] = formatValue(i18n, name, value, finding);
  const text = i18n.t(key, params);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
