// The chosen elections side by side (issue 16, item 3): the protest line as a share of ballots cast
// and of valid votes, its spread over areas, how many contests each rule would void, and the swing at
// which the first contest would fall under the page's current rule. A table and a chart, both
// exportable; elections of different kinds are labelled as such.
import { useEffect, useRef, useState } from 'preact/hooks';
import { comparisonRow, mixesKinds } from './electionComparison.js';
import { loadDataset } from '../app/useAppStore.js';
import { presetName } from '../scenario/PresetPicker.jsx';
import { TableExport, ChartExport } from '../ui/ExportButtons.jsx';
import { ElectionComparisonChart } from './ElectionComparisonChart.jsx';
import { electionKind, electionName, shareText, spreadText, voidText, fallText } from './electionText.js';
import './comparison.css';
import { errorOf } from '../engine/errors.js';

/** The engine's three answers for one election, as one row (or the first error). */
async function analyse(engine, entry, meta, rule) {
  const dataset = await loadDataset(entry);
  const [summary, comparison, evaluation] = await Promise.all([
    engine.summary(dataset),
    engine.compare(dataset, 0),
    engine.call({ op: 'evaluate', dataset, rule, swing: 0, contests: false }),
  ]);
  const failed = [summary, comparison, evaluation].find((r) => !r || !r.ok);
  if (failed) return { error: errorOf(failed) };
  return { row: comparisonRow(meta, summary.result, comparison.result, evaluation.result) };
}

export function ElectionComparison({ catalogue, datasets, engine, rule, presets, chosen, i18n, onToggle }) {
  const [rows, setRows] = useState({}); // `${id} ${rule}` → { row } | { error }
  const cache = useRef(new Map()); // `${id} ${rule}` → promise
  const ruleKey = JSON.stringify(rule || {});
  useEffect(() => {
    let current = true;
    for (const id of chosen) {
      const entry = datasets[id];
      const meta = catalogue.find((m) => m.id === id);
      if (!entry || !meta) continue;
      const key = `${id} ${ruleKey}`;
      if (!cache.current.has(key)) cache.current.set(key, analyse(engine, entry, meta, rule).catch(() => ({ error: { code: 'dataset.not_loaded' } })));
      cache.current.get(key).then((answer) => {
        if (current) setRows((had) => (had[key] === answer ? had : { ...had, [key]: answer }));
      });
    }
    return () => {
      current = false;
    };
  }, [chosen.join(','), ruleKey, engine]);

  const answers = chosen.map((id) => rows[`${id} ${ruleKey}`]);
  const shown = answers.filter((a) => a && a.row).map((a) => a.row);
  const ready = chosen.length > 0 && shown.length === chosen.length;
  const presetIds = (presets || []).map((p) => p.id);
  const failed = answers.find((a) => a && a.error);
  // Column heads, also each cell's label where a narrow screen stacks a row (comparison.css).
  const labels = {
    share_cast: i18n.t('elections.col.share_cast'),
    share_valid: i18n.t('elections.col.share_valid'),
    spread: i18n.t('elections.col.spread'),
    void_by_rule: i18n.t('elections.col.void_by_rule'),
    first_fall: i18n.t('elections.col.first_fall', { rule: presetName(i18n, rule.preset) }),
  };

  return (
    <section class="panel elections" id="elections" aria-labelledby="elections-title" aria-busy={ready || chosen.length === 0 ? 'false' : 'true'}>
      <h2 id="elections-title">{i18n.t('elections.title')}</h2>
      <p class="panel__intro">{i18n.t('elections.intro')}</p>
      <fieldset class="elections__choose">
        <legend>{i18n.t('elections.choose')}</legend>
        {catalogue.map((meta) => {
          const g = meta.gallery || {};
          const country = g.country_name ? g.country_name[i18n.lang] || g.country_name.en : meta.id;
          return (
            <label key={meta.id} class="elections__option">
              <input type="checkbox" value={meta.id} checked={chosen.includes(meta.id)} onChange={() => onToggle(meta.id)} />
              <span>{country}, {i18n.date(meta.date)}</span>
            </label>
          );
        })}
      </fieldset>
      {chosen.length < 2 && <p class="notice">{i18n.t('elections.need_two')}</p>}
      {failed && <p class="notice notice--error">{i18n.t(`error.${failed.error.code}`)}</p>}
      {chosen.length >= 2 && !ready && !failed && <p class="elections__loading">{i18n.t('elections.loading')}</p>}
      {chosen.length >= 2 && ready && (
        <>
          {mixesKinds(shown) && <p class="notice elections__kinds">{i18n.t('elections.mixed_kinds')}</p>}
          <div class="table-scroll-plain">
            <table class="elections-table">
              <caption class="sr-only">{i18n.t('elections.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('elections.col.election')}</th>
                  <th scope="col" class="col-num">{labels.share_cast}</th>
                  <th scope="col" class="col-num">{labels.share_valid}</th>
                  <th scope="col">{labels.spread}</th>
                  <th scope="col">{labels.void_by_rule}</th>
                  <th scope="col" class="col-num">{labels.first_fall}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.id} data-dataset={row.id}>
                    <th scope="row">
                      <span class="elections__name">{electionName(i18n, row)}</span>
                      <span class="elections__kind">{electionKind(i18n, row)}</span>
                    </th>
                    <td class="col-num" data-label={labels.share_cast}>{shareText(i18n, row.share_of_cast)}</td>
                    <td class="col-num" data-label={labels.share_valid}>{shareText(i18n, row.share_of_valid)}</td>
                    <td class="col-wide" data-label={labels.spread}><span class="elections__spread">{spreadText(i18n, row.spread)}</span></td>
                    <td class="col-wide" data-label={labels.void_by_rule}>
                      <ul class="elections__rules">
                        {presetIds.map((id) => (
                          <li key={id} data-preset={id}>
                            <span class="elections__rule">{presetName(i18n, id)}:</span> {voidText(i18n, row.voided[id], row.contests)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td class="col-num col-wide" data-label={labels.first_fall} data-first-fall>{fallText(i18n, row.first_fall)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <TableExport table="elections" rows={shown} presets={presetIds} rule={rule.preset} what={i18n.t('export.what.elections')} />
          <ElectionComparisonChart rows={shown} i18n={i18n}>
            <ChartExport chart="elections" what={i18n.t('export.what.chart_elections')} title={i18n.t('elections.chart.title')} legend={i18n.t('elections.chart.legend')} />
          </ElectionComparisonChart>
        </>
      )}
    </section>
  );
}
