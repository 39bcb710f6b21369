// Every finding of the checks, or those about one unit when a row's marker asked for them.
import { FindingItem } from './FindingItem.jsx';
import { TableExport } from '../ui/ExportButtons.jsx';

export function FindingsPanel({ findings, filterUnit, selectedFinding, sources, i18n, nameOf, onShowUnit, onClearFilter }) {
  const shown = filterUnit ? findings.filter((f) => (f.units || []).includes(filterUnit)) : findings;
  return (
    <section class="panel" id="findings" aria-labelledby="findings-title">
      <div class="panel__head">
        <h2 id="findings-title" tabindex="-1">{i18n.t('findings.title')}</h2>
        <span class="panel__count">{i18n.t('findings.count', { n: i18n.count(findings.length) })}</span>
      </div>
      <p class="panel__intro">{i18n.t('findings.intro')}</p>
      {findings.length > 0 && <TableExport table="findings" findings={findings} what={i18n.t('export.what.findings')} />}
      {filterUnit && (
        <p class="filter-notice" role="status">
          <span>{i18n.t('findings.filtered', { unit: nameOf(filterUnit) })}</span>{' '}
          <button type="button" class="chip-button" onClick={onClearFilter}>
            {i18n.t('findings.show_all')}
          </button>
        </p>
      )}
      {shown.length === 0 ? (
        <p class="muted">{i18n.t('findings.none')}</p>
      ) : (
        <ol class="finding-list">
          {shown.map((finding) => (
            <FindingItem
              key={finding.id}
              finding={finding}
              selected={finding.id === selectedFinding}
              sources={sources}
              i18n={i18n}
              nameOf={nameOf}
              onShowUnit={onShowUnit}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
