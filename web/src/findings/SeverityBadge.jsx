// error / warning / info, in words and colour.
export function SeverityBadge({ severity, i18n }) {
  return <span class={`severity severity--${severity}`}>{i18n.t(`findings.severity.${severity}`)}</span>;
}
