// The dataset's contests by outcome under the rule, and the registered voters living in them.
import { outcomeKinds } from './scenario.js';
import { outcomeGlyphs } from './OutcomeMark.jsx';

export function votersNote(entry, i18n) {
  if (!entry || !entry.contests) return null;
  const known = entry.contests - entry.registered_unknown;
  if (known === 0) return i18n.t('tally.voters_none');
  const registered = i18n.count(entry.registered);
  if (!entry.registered_unknown) return i18n.t('tally.voters', { registered });
  return i18n.t('tally.voters_partial', { registered, unknown: i18n.count(entry.registered_unknown), n: i18n.count(entry.contests) });
}

export function ScenarioTotals({ totals, i18n }) {
  return (
    <dl class="stats outcome-stats" id="scenario-totals">
      {outcomeKinds.map((kind) => {
        const entry = totals ? totals[kind] : null;
        return (
          <div class={`stat outcome-stat outcome-stat--${kind}`} key={kind} data-outcome={kind}>
            <dt class="stat__label">
              <span class={`outcome__glyph outcome--${kind}`} aria-hidden="true">{outcomeGlyphs[kind]}</span>{' '}
              {i18n.t(`outcome.title.${kind}`)}
            </dt>
            <dd class="stat__value num">{entry ? i18n.count(entry.contests) : '—'}</dd>
            {entry && entry.contests > 0 && <dd class="stat__note">{votersNote(entry, i18n)}</dd>}
          </div>
        );
      })}
    </dl>
  );
}
