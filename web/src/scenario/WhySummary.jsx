// Issue 12: one line on why the open contests are open, above the tallies, and the assumption on
// invalid ballots offered as the lever that settles the most of them (1, 2, 5 %), one click each.
import { whyLine } from './reasons.js';

// "Up to X %" must not overstate: rounded down to a tenth.
const tenthDown = (pct) => Math.floor(pct * 10) / 10;

export function WhySummary({ why, rule, i18n, onAssume }) {
  if (!why) return null;
  if (!why.undecided) return <p class="why-summary" id="why-summary">{i18n.t('why.all_decided')}</p>;
  const lever = why.invalid_lever;
  const assumed = rule && rule.assume_max_invalid !== null && rule.assume_max_invalid !== undefined;
  return (
    <div class="why-summary" id="why-summary" aria-labelledby="why-title">
      <h4 id="why-title" class="why-summary__title">{i18n.t('why.title')}</h4>
      <p class="why-summary__line">{whyLine(i18n, why)}</p>
      {assumed && <p class="why-summary__assumed">{i18n.t('why.lever.on', { percent: i18n.percent(rule.assume_max_invalid) })}</p>}
      {lever && lever.contests > 0 ? (
        <>
          <p class="why-summary__lever">{i18n.t('why.lever', { n: i18n.count(lever.contests), percent: i18n.percent(tenthDown(lever.up_to_percent), 1) })}</p>
          <ul class="why-summary__levers">
            {lever.at.map((at) => (
              <li key={at.percent}>
                <button type="button" class="chip-button" id={`why-assume-${at.percent}`}
                  aria-pressed={assumed && rule.assume_max_invalid === at.percent ? 'true' : 'false'}
                  onClick={() => onAssume(at.percent)}>
                  {i18n.t('why.lever.at', { percent: i18n.percent(at.percent), n: i18n.count(at.contests) })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="why-summary__lever">{i18n.t('why.lever.none')}</p>
      )}
    </div>
  );
}
