// Every preset on the current dataset and swing, side by side; a row's button picks its rule.
import { outcomeKinds, tallyCounts } from './scenario.js';
import { swingText } from '../charts/swingChart.js';
import { outcomeGlyphs } from './OutcomeMark.jsx';
import { presetName, countriesText } from './PresetPicker.jsx';
import { TableExport } from '../ui/ExportButtons.jsx';

export function ComparisonPanel({ comparison, selected, edited, updating, i18n, onChoose }) {
  return (
    <section class="panel" id="comparison" aria-labelledby="comparison-title" aria-busy={updating ? 'true' : 'false'}>
      <h2 id="comparison-title">{i18n.t('compare.title')}</h2>
      {comparison && (
        <>
          <p class="panel__intro">{i18n.t('compare.intro', { swing: swingText(i18n, comparison.swing) })}</p>
          <div class="table-scroll-plain">
            <table class="comparison-table">
              <caption class="sr-only">{i18n.t('compare.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" class="col-rule">{i18n.t('compare.col.rule')}</th>
                  {outcomeKinds.map((kind) => (
                    <th scope="col" class="col-num" key={kind} title={i18n.t(`outcome.title.${kind}`)}>
                      <span class={`outcome__glyph outcome--${kind}`} aria-hidden="true">{outcomeGlyphs[kind]}</span>{' '}
                      <span class="comparison__word">{i18n.t(`outcome.${kind}`)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.presets.map((preset) => {
                  const counts = tallyCounts(preset.totals);
                  const current = preset.id === selected;
                  const name = presetName(i18n, preset.id);
                  return (
                    <tr key={preset.id} data-preset={preset.id} class={current ? 'is-selected' : ''}
                      aria-current={current ? 'true' : undefined} onClick={() => onChoose(preset.id)}>
                      <th scope="row" class="col-rule">
                        <button type="button" class="link-button" aria-label={i18n.t('compare.choose', { name })} aria-pressed={current ? 'true' : 'false'}
                          onClick={(e) => { e.stopPropagation(); onChoose(preset.id); }}>
                          {name}
                        </button>
                        {current && <span class="badge badge--current">{i18n.t(edited ? 'scenario.edited' : 'compare.current')}</span>}
                        <span class="comparison__countries">{countriesText(i18n, preset.countries)}</span>
                      </th>
                      {outcomeKinds.map((kind) => (
                        <td class="col-num" key={kind} data-outcome={kind}>{i18n.count(counts[kind])}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <TableExport table="comparison" comparison={comparison} nameParts={[`swing-${comparison.swing}`]} what={i18n.t('export.what.comparison')} />
        </>
      )}
    </section>
  );
}
