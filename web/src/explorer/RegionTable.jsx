// The regions, sortable by every column, with the country's totals as the footer row.
import { SortableHeader } from '../ui/SortableHeader.jsx';
import { RegionRow } from './RegionRow.jsx';
import { NationalRow } from './NationalRow.jsx';

const columnClass = { name: 'col-name', vs_national: 'col-vs', outcome: 'col-outcome', findings: 'col-findings' };

export function RegionTable({ regions, national, columns, sort, selectedRegion, highlightedUnits, severityOf, tallies, totals, i18n, nameOf, onSort, onOpen, onShowFindings }) {
  const labels = Object.fromEntries(columns.map((c) => [c.key, i18n.t(c.label)]));
  return (
    <div class="table-scroll" role="region" aria-label={i18n.t('table.scroll_label')} tabindex="0">
      <table class="region-table">
        <caption class="sr-only">{i18n.t('table.caption')}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.key}
                column={column}
                sort={sort}
                i18n={i18n}
                onSort={onSort}
                className={columnClass[column.key] || 'col-num'}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <RegionRow
              key={region.id}
              region={region}
              labels={labels}
              selected={region.id === selectedRegion}
              highlighted={highlightedUnits.has(region.id)}
              severity={severityOf(region)}
              tally={tallies ? tallies.get(region.id) : null}
              i18n={i18n}
              nameOf={nameOf}
              onOpen={onOpen}
              onShowFindings={onShowFindings}
            />
          ))}
        </tbody>
        <tfoot>
          <NationalRow national={national} labels={labels} totals={totals} i18n={i18n} nameOf={nameOf} />
        </tfoot>
      </table>
    </div>
  );
}
