// The comparison of elections as rows for CSV and JSON (web/src/export/): domain words as keys, the
// page's language as labels, shares as percentages, unknown as null.
import { pct } from '../export/csv.js';
import { electionKind, electionName } from './electionText.js';

const col = (key, label, type = 'text') => ({ key, label, type });
const presetName = (i18n, id) => (i18n.has(`preset.${id}.name`) ? i18n.t(`preset.${id}.name`) : id);

export function electionsTable(rows, presets, rule, { i18n }) {
  const columns = [
    col('id', i18n.t('export.col.id')),
    col('election', i18n.t('elections.col.election')),
    col('kind', i18n.t('elections.col.kind')),
    col('contests', i18n.t('elections.col.contests'), 'number'),
    col('against_all_pct_of_cast', i18n.t('elections.col.share_cast'), 'number'),
    col('against_all_pct_of_valid', i18n.t('elections.col.share_valid'), 'number'),
    col('areas_known', i18n.t('elections.col.areas'), 'number'),
    col('median_pct', i18n.t('elections.col.median'), 'number'),
    col('highest', i18n.t('elections.col.highest')),
    col('highest_pct', i18n.t('elections.col.highest_pct'), 'number'),
    col('lowest', i18n.t('elections.col.lowest')),
    col('lowest_pct', i18n.t('elections.col.lowest_pct'), 'number'),
    ...presets.flatMap((id) => [
      col(`void_${id}`, i18n.t('elections.col.void', { rule: presetName(i18n, id) }), 'number'),
      col(`undecided_${id}`, i18n.t('elections.col.undecided', { rule: presetName(i18n, id) }), 'number'),
    ]),
    col('first_fall_swing_pp', i18n.t('elections.col.first_fall', { rule: presetName(i18n, rule) }), 'number'),
  ];
  const out = rows.map((r) => {
    const s = r.spread;
    const row = {
      id: r.id,
      election: electionName(i18n, r),
      kind: electionKind(i18n, r),
      contests: r.contests,
      against_all_pct_of_cast: pct(r.share_of_cast),
      against_all_pct_of_valid: pct(r.share_of_valid),
      areas_known: s ? s.known : null,
      median_pct: s ? pct(s.median) : null,
      highest: s ? i18n.name(s.highest) : null,
      highest_pct: s ? pct(s.highest.share) : null,
      lowest: s ? i18n.name(s.lowest) : null,
      lowest_pct: s ? pct(s.lowest.share) : null,
      first_fall_swing_pp: r.first_fall,
    };
    for (const id of presets) {
      row[`void_${id}`] = r.voided[id] ? r.voided[id].void : null;
      row[`undecided_${id}`] = r.voided[id] ? r.voided[id].undecided : null;
    }
    return row;
  });
  return { id: 'elections', columns, rows: out };
}
