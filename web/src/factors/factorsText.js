// The words of the factors view, built from the core's numbers: the sentence a researcher can quote
// ("weak negative relation, r = −0.25, 95 % CI −0.33…−0.17, n = 542"), what was left out, the
// groups' names, and a unit's value of a factor. Plain functions: Vitest checks them in Node.

/** The value a point is drawn with on a factor's axis (null: unknown, never 0). */
export function factorValue(point, factor) {
  const value = point[factor];
  if (value === null || value === undefined) return null;
  if (factor === 'registered' && !(value > 0)) return null;
  return value;
}

/** A factor's value as the language writes it. */
export function factorValueText(i18n, factor, value) {
  if (value === null || value === undefined) return i18n.t('value.unknown');
  if (factor === 'turnout' || factor === 'leader_share') return i18n.share(value, 1);
  return i18n.count(value);
}

/** "weak negative relation, r = −0.25, 95 % CI −0.33…−0.17, n = 542", or why there is no r. */
export function relationSentence(i18n, correlation) {
  const { n } = correlation;
  if (correlation.r === null) {
    return i18n.t(correlation.missing === 'constant' ? 'factors.no_r.constant' : 'factors.no_r.too_few', { n: i18n.count(n) });
  }
  const relation = correlation.strength === 'none' || !correlation.direction
    ? i18n.t('factors.relation.none')
    : i18n.t(`factors.relation.${correlation.strength}.${correlation.direction}`);
  const r = i18n.fixed(correlation.r, 2);
  if (!correlation.ci) return i18n.t('factors.sentence_no_ci', { relation, r, n: i18n.count(n) });
  const sentence = i18n.t('factors.sentence', {
    relation,
    r,
    low: i18n.fixed(correlation.ci[0], 2),
    high: i18n.fixed(correlation.ci[1], 2),
    n: i18n.count(n),
  });
  // A relation whose interval spans 0 is named, but not left to stand alone.
  const spansZero = correlation.ci[0] < 0 && correlation.ci[1] > 0;
  return spansZero && correlation.strength !== 'none' ? i18n.t('factors.includes_zero', { sentence }) : sentence;
}

/** "Against all and turnout: weak negative relation, r = …." (Pearson: the sentence to quote). */
export function pairSentence(i18n, factor) {
  return i18n.t('factors.pair', { factor: i18n.t(`factors.name.${factor.factor}`), sentence: relationSentence(i18n, factor.pearson) });
}

/** The same with Spearman's ρ. */
export function rankSentence(i18n, factor) {
  return i18n.t('factors.spearman', { sentence: relationSentence(i18n, factor.spearman).replace('r =', 'ρ =') });
}

/** What a factor's figures leave out, and why. */
export function leftOutText(i18n, leftOut) {
  const params = { share: i18n.count(leftOut.share_unknown), factor: i18n.count(leftOut.factor_unknown) };
  if (leftOut.registered_zero) return i18n.t('factors.left_out_zero', { ...params, zero: i18n.count(leftOut.registered_zero) });
  return i18n.t('factors.left_out', params);
}

/** A group's name: "3 candidates", "4–5 candidates", "10 or more candidates", or a kind of unit. */
export function groupLabel(i18n, group) {
  if (group.kind !== undefined) return i18n.has(`kind.${group.kind}`) ? i18n.t(`kind.${group.kind}`) : group.kind;
  if (group.max === null) return i18n.t('factors.groups.candidates_more', { min: i18n.count(group.min) });
  if (group.max === group.min) return i18n.t('factors.groups.candidates_n', { n: i18n.count(group.min) });
  return i18n.t('factors.groups.candidates_range', { min: i18n.count(group.min), max: i18n.count(group.max) });
}

/** How many points of a factor took the published turnout percentage (the counts were missing). */
export function publishedTurnouts(units) {
  return units.filter((u) => u.share !== null && u.turnout_source === 'published').length;
}
