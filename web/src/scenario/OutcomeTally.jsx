// A region's contests by outcome under the current rule, in a table cell: only the outcomes it has.
import { outcomeKinds, tallyCounts } from './scenario.js';
import { outcomeGlyphs } from './OutcomeMark.jsx';

export function OutcomeTally({ tally, i18n }) {
  if (!tally) return <span class="unknown" aria-hidden="true">—</span>;
  const counts = tallyCounts(tally);
  const present = outcomeKinds.filter((kind) => counts[kind] > 0);
  if (!present.length) return <span class="muted">{i18n.t('table.outcome.none')}</span>;
  const words = present.map((kind) => i18n.t(`outcome.count.${kind}`, { n: i18n.count(counts[kind]) })).join(', ');
  return (
    <span class="outcome-tally" title={words} data-counts={outcomeKinds.map((k) => counts[k]).join('/')}>
      <span class="sr-only">{words}</span>
      {present.map((kind) => (
        <span key={kind} class={`outcome-pill outcome--${kind}`} aria-hidden="true">
          <span class="outcome__glyph">{outcomeGlyphs[kind]}</span>
          <span class="num">{i18n.count(counts[kind])}</span>
        </span>
      ))}
    </span>
  );
}
