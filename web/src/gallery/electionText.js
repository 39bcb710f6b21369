// The comparison of elections in words, in the page's language: shared by its table, its chart and
// its CSV/JSON export.

export function electionKind(i18n, row) {
  const kind = row.contest ? i18n.t(`picker.kind.${row.contest}`) : '';
  const structure = row.structure ? i18n.t(`elections.structure.${row.structure}`, { n: i18n.count(row.contests) }) : '';
  return [kind, structure].filter(Boolean).join(' · ');
}

export const electionName = (i18n, row) => `${row.country ? row.country[i18n.lang] || row.country.en : row.id}, ${i18n.date(row.date)}`;

export const shareText = (i18n, fraction) => (fraction === null || fraction === undefined ? '—' : i18n.share(fraction, 2));

export function spreadText(i18n, spread) {
  if (!spread) return '—';
  return i18n.t('elections.spread', {
    median: shareText(i18n, spread.median),
    highest: `${i18n.name(spread.highest)} ${shareText(i18n, spread.highest.share)}`,
    lowest: `${i18n.name(spread.lowest)} ${shareText(i18n, spread.lowest.share)}`,
    n: i18n.count(spread.known),
  });
}

export function voidText(i18n, counts, contests) {
  if (!counts) return '—';
  const base = i18n.t('elections.void_of', { n: i18n.count(counts.void), of: i18n.count(contests) });
  return counts.undecided ? `${base} ${i18n.t('elections.undecided', { n: i18n.count(counts.undecided) })}` : base;
}

export function fallText(i18n, swing) {
  if (swing === null || swing === undefined) return i18n.t('elections.fall.none');
  if (swing === 0) return i18n.t('elections.fall.already');
  return i18n.t('elections.fall.at', { n: i18n.decimal(swing, 1) });
}
