// One finding: severity, the translated message with its values, the units as links, the sources.
import { findingText } from '../i18n/findingText.js';
import { SeverityBadge } from './SeverityBadge.jsx';
import { UnitLink } from './UnitLink.jsx';
import { SourceRef } from '../sources/SourceRef.jsx';

export function FindingItem({ finding, selected, sources, i18n, nameOf, onShowUnit }) {
  const units = finding.units || [];
  const findingSources = finding.sources || [];
  return (
    <li
      id={`finding-${finding.id}`}
      class={`finding finding--${finding.severity}${selected ? ' is-selected' : ''}`}
      tabindex="-1"
      data-code={finding.code}
      aria-current={selected ? 'true' : undefined}
    >
      <p class="finding__message">
        <SeverityBadge severity={finding.severity} i18n={i18n} /> {findingText(i18n, finding)}{' '}
        <span class="finding__id">{finding.id}</span>
      </p>
      <div class="finding__meta">
        {units.length > 0 && (
          <p class="finding__units">
            <span class="label">{i18n.t('findings.units')}: </span>
            {units.map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <UnitLink id={id} i18n={i18n} nameOf={nameOf} onShow={onShowUnit} />
              </span>
            ))}
          </p>
        )}
        {findingSources.length > 0 && (
          <p class="finding__sources">
            <span class="label">{i18n.t('findings.sources')}: </span>
            {findingSources.map((s) => (
              <span key={s}>
                <SourceRef source={s} sources={sources} i18n={i18n} />{' '}
              </span>
            ))}
          </p>
        )}
      </div>
    </li>
  );
}
