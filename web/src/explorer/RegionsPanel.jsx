// The regions section: heading, how to use the table, the key to its marks, the table.
import { RegionTable } from './RegionTable.jsx';
import { Legend } from './Legend.jsx';
import { SortControl } from '../ui/SortControl.jsx';
import { TableExport } from '../ui/ExportButtons.jsx';

export function RegionsPanel(props) {
  const { i18n } = props;
  return (
    <section class="panel" id="regions" aria-labelledby="regions-title">
      <h2 id="regions-title">{i18n.t('table.title')}</h2>
      <p class="panel__intro">{i18n.t('table.hint')}</p>
      <SortControl columns={props.columns} sort={props.sort} i18n={i18n} onChange={props.onSortChange} />
      <RegionTable {...props} />
      {props.children /* e.g. "show more" when an uploaded file has many units */}
      <Legend i18n={i18n} />
      <TableExport table="regions" what={i18n.t('export.what.regions')} />
    </section>
  );
}
