// A grouped comparison (by number of candidates, or by kind of unit): how many units, the share
// weighted by the base (Σ against all / Σ base), the unweighted mean and the median.
import { TableExport } from '../ui/ExportButtons.jsx';
import { groupLabel, leftOutText } from './factorsText.js';
import { groupsTable } from './factorTables.js';

export function GroupTable({ block, by, i18n }) {
  if (!block || !block.groups.length) return null;
  const title = i18n.t(`factors.groups.${by}`);
  const share = (v) => (v === null ? i18n.t('value.unknown') : i18n.share(v, 2));
  return (
    <div class="factor-groups" data-groups={by}>
      <h3 class="factor-groups__title">{title}</h3>
      <div class="table-scroll-plain" role="region" aria-label={title} tabindex="0">
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('factors.groups.col.group')}</th>
              <th scope="col" class="col-num">{i18n.t('factors.groups.col.n')}</th>
              <th scope="col" class="col-num">{i18n.t('factors.groups.col.weighted')}</th>
              <th scope="col" class="col-num">{i18n.t('factors.groups.col.mean')}</th>
              <th scope="col" class="col-num">{i18n.t('factors.groups.col.median')}</th>
            </tr>
          </thead>
          <tbody>
            {block.groups.map((g) => (
              <tr key={groupLabel(i18n, g)}>
                <th scope="row">{groupLabel(i18n, g)}</th>
                <td class="col-num">{i18n.count(g.n)}</td>
                <td class="col-num">{share(g.weighted_share)}</td>
                <td class="col-num">{share(g.mean)}</td>
                <td class="col-num">{share(g.median)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="factor__note">{leftOutText(i18n, block.left_out)}</p>
      <TableExport table={`groups-${by}`} what={i18n.t('factors.export.groups', { what: title })} build={(ctx) => groupsTable(block, by, ctx)} />
    </div>
  );
}
