// What the table's marks mean.
import { outcomeKinds } from '../scenario/scenario.js';
import { outcomeGlyphs } from '../scenario/OutcomeMark.jsx';

export function Legend({ i18n }) {
  const items = [
    ['—', 'unknown', 'legend.unknown'],
    [i18n.t('value.derived_badge'), 'derived', 'legend.derived'],
    ['≠', 'mismatch', 'legend.mismatch'],
    ['⇆', 'disagreement', 'legend.disagreement'],
    ['!', 'findings', 'legend.findings'],
    ...outcomeKinds.map((kind) => [outcomeGlyphs[kind], `outcome-${kind}`, `outcome.title.${kind}`]),
  ];
  return (
    <div class="legend">
      <h3 class="legend__title" id="legend-title">{i18n.t('legend.title')}</h3>
      <ul aria-labelledby="legend-title">
        {items.map(([symbol, kind, key]) => (
          <li key={kind}>
            <span class={`legend__symbol legend__symbol--${kind}`} aria-hidden="true">{symbol}</span>
            {i18n.t(key)}
          </li>
        ))}
      </ul>
    </div>
  );
}
