// A unit's findings count, coloured by the worst of them; activating it shows them in the panel.
export function FindingMarker({ unit, severity, i18n, onShow }) {
  const n = (unit.findings || []).length;
  if (!n) return null;
  return (
    <button
      type="button"
      class={`marker marker--${severity || 'info'}`}
      aria-label={i18n.t('findings.marker', { n: i18n.count(n), name: i18n.name(unit) })}
      title={i18n.t('findings.marker', { n: i18n.count(n), name: i18n.name(unit) })}
      onClick={() => onShow(unit.id)}
    >
      <span aria-hidden="true" class="marker__icon">!</span>
      <span aria-hidden="true">{i18n.count(n)}</span>
    </button>
  );
}
