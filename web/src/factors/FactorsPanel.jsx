// What goes with the against-all share: for each factor the sentence to quote (Pearson, with its
// interval and n), Spearman beside it, what was left out, and the scatter plot; then the grouped
// comparisons. The user picks the level (contests or regions) and the share's base.
import { ScatterChart } from './ScatterChart.jsx';
import { GroupTable } from './GroupTable.jsx';
import { pairSentence, rankSentence, leftOutText, publishedTurnouts } from './factorsText.js';
import './factors.css';

function Choice({ name, legend, options, value, onChoose }) {
  return (
    <fieldset class="factor-choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} class="factor-choice__option">
          <input type="radio" name={name} value={o.value} checked={o.value === value} disabled={o.disabled} onChange={() => onChoose(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function FactorBlock({ factor, units, i18n, onShowUnit }) {
  const published = factor.factor === 'turnout' ? publishedTurnouts(units) : 0;
  return (
    <article class="factor" data-factor={factor.factor}>
      <p class="factor__sentence" data-sentence>{pairSentence(i18n, factor)}</p>
      <p class="factor__note">{rankSentence(i18n, factor)}</p>
      {factor.transform === 'log10' && <p class="factor__note">{i18n.t('factors.log_note')}</p>}
      <p class="factor__note">{leftOutText(i18n, factor.left_out)}</p>
      {published > 0 && <p class="factor__note">{i18n.t('factors.turnout_published', { n: i18n.count(published) })}</p>}
      <ScatterChart factor={factor} units={units} i18n={i18n} onShowUnit={onShowUnit} />
    </article>
  );
}

export function FactorsPanel({ factors, i18n, onShowUnit }) {
  const { result, status } = factors;
  return (
    <section class="panel factors-panel" id="factors" aria-labelledby="factors-title" aria-busy={status === 'loading' ? 'true' : 'false'}>
      <h2 id="factors-title">{i18n.t('factors.title')}</h2>
      <p class="panel__intro">{i18n.t('factors.intro')}</p>
      {status === 'error' && <p class="notice notice--error">{i18n.t('factors.error')}</p>}
      {!result && status === 'loading' && <p class="muted">{i18n.t('factors.loading')}</p>}
      {result && (
        <>
          <div class="factor-choices">
            {result.levels.length > 1 && (
              <Choice
                name="factors-level"
                legend={i18n.t('factors.level')}
                value={result.level}
                onChoose={factors.chooseLevel}
                options={result.levels.map((l) => ({ value: l.level, label: i18n.t(`factors.level.${l.level}`) }))}
              />
            )}
            <Choice
              name="factors-base"
              legend={i18n.t('factors.base')}
              value={result.base}
              onChoose={factors.chooseBase}
              options={['ballots_cast', 'valid_votes'].map((base) => {
                const n = result.levels.find((l) => l.level === result.level).with_share[base];
                return { value: base, label: i18n.t(`factors.base.${base}`, { n: i18n.count(n) }), disabled: n === 0 && base !== result.base };
              })}
            />
          </div>
          <p class="factor__note" data-share-known>
            {i18n.t('factors.share_known', {
              known: i18n.count(result.share.known),
              units: i18n.count(result.share.units),
              against_all: i18n.count(result.share.against_all_unknown),
              base: i18n.count(result.share.base_unknown),
              zero: i18n.count(result.share.base_zero),
            })}
          </p>
          <p class="factor__note">{i18n.t('factors.method')}</p>
          <div class="factors-panel__grid">
            {result.factors.map((f) => (
              <FactorBlock key={f.factor} factor={f} units={result.units} i18n={i18n} onShowUnit={onShowUnit} />
            ))}
          </div>
          <div class="factors-panel__groups">
            <GroupTable block={result.groups.candidates} by="candidates" i18n={i18n} />
            <GroupTable block={result.groups.kind} by="kind" i18n={i18n} />
          </div>
        </>
      )}
    </section>
  );
}
