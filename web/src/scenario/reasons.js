// Issue 12: why a contest is decided, what would decide an open one, and why the open ones are
// open — in words with the engine's numbers (docs/engine-api.md, "reason", "settle", "why").
// Plain functions of the engine's answer and the dictionaries, so Vitest can check the sentences.

/** A count the engine bounded, as the side of the comparison that matters: "178", "at most 745". */
export function boundText(i18n, range, side) {
  if (!range) return '?';
  const exact = range.at_most !== null && range.at_least === range.at_most;
  if (exact) return i18n.count(range.at_least);
  if (side === 'at_most') return range.at_most === null ? i18n.t('reason.any') : i18n.t('reason.at_most', { n: i18n.count(range.at_most) });
  return i18n.t('reason.at_least', { n: i18n.count(range.at_least) });
}

function baseRange(reason, base) {
  if (base === 'ballots_cast') return reason.ballots_cast;
  if (base === 'registered') return reason.registered;
  const a = reason.against_all;
  const t = reason.candidates_total;
  if (!a || !t) return null;
  return { at_least: a.at_least + t.at_least, at_most: a.at_most === null || t.at_most === null ? null : a.at_most + t.at_most };
}

/** The decided contest's reason in one sentence, or null (no reason given). */
export function reasonText(i18n, decision, rule) {
  const reason = decision && decision.reason;
  if (!reason || !rule) return null;
  if (reason.check === 'none') return i18n.t('reason.none');
  const outcome = i18n.t(`reason.outcome.${decision.outcome}`);
  if (reason.from_pieces) return i18n.t('reason.pieces', { outcome });
  // Valid: against-all at its most, the limit at its least; void or runoff: the other way round.
  const hi = reason.fails ? 'at_least' : 'at_most';
  const lo = reason.fails ? 'at_most' : 'at_least';
  const a = boundText(i18n, reason.against_all, hi);
  const params = { outcome, a };
  if (reason.check === 'min_turnout') {
    return i18n.t(reason.fails ? 'reason.turnout.fails' : 'reason.turnout.passes', {
      outcome, percent: i18n.percent(rule.min_turnout),
      cast: boundText(i18n, reason.ballots_cast, reason.fails ? 'at_most' : 'at_least'),
      registered: boundText(i18n, reason.registered, reason.fails ? 'at_least' : 'at_most'),
    });
  }
  if (reason.check === 'winner_min' && rule.winner_min) {
    return i18n.t(reason.fails ? 'reason.winner_min.fails' : 'reason.winner_min.passes', {
      outcome, percent: i18n.percent(rule.winner_min.percent), base: i18n.t(`base.${rule.winner_min.base}`),
      leader: boundText(i18n, reason.leader, reason.fails ? 'at_most' : 'at_least'),
      limit: boundText(i18n, baseRange(reason, rule.winner_min.base), reason.fails ? 'at_least' : 'at_most'),
    });
  }
  const kind = rule.validity && rule.validity.kind;
  if (kind === 'against_all_beats_leader') {
    const tie = rule.tie === 'void' ? '.tie' : '';
    return i18n.t(`reason.beats.${reason.fails ? 'fails' : 'passes'}${tie}`, { ...params, leader: boundText(i18n, reason.leader, lo) });
  }
  if (kind === 'against_all_majority') {
    return i18n.t(reason.fails ? 'reason.majority.fails' : 'reason.majority.passes', { ...params, total: boundText(i18n, reason.candidates_total, lo) });
  }
  if (kind === 'against_all_share') {
    return i18n.t(reason.fails ? 'reason.share.fails' : 'reason.share.passes', {
      ...params, percent: i18n.percent(rule.validity.percent), base: i18n.t(`base.${rule.validity.base}`),
      limit: boundText(i18n, baseRange(reason, rule.validity.base), lo),
    });
  }
  return null;
}

const shareOfCast = (i18n, lever) => (lever.ballots_cast ? i18n.share(lever.votes / lever.ballots_cast, 1) : null);

/** One sentence per figure that would settle an open contest, with its threshold. */
export function settleTexts(i18n, decision) {
  return ((decision && decision.settle) || []).map((lever) => {
    const outcome = i18n.t(`reason.outcome.${lever.outcome}`);
    const n = i18n.count(lever.votes);
    const share = shareOfCast(i18n, lever);
    if (lever.figure === 'invalid') {
      return i18n.t('settle.invalid', { outcome, n, share: share ?? '', assumption: i18n.percent(lever.assume_max_invalid) });
    }
    if (lever.figure === 'leader') {
      return i18n.t(share ? 'settle.leader.share' : 'settle.leader', { outcome, n, share });
    }
    return i18n.t(share ? 'settle.against_all.share' : 'settle.against_all', { outcome, n, share });
  });
}

/** What the region's total leaves for an open contest without its against-all count, or null. */
export function regionBoundText(i18n, decision) {
  const bound = decision && decision.region_bound;
  if (!bound) return null;
  const n = i18n.count(bound.against_all_at_most);
  const text = bound.settles
    ? i18n.t('settle.region.settles', { outcome: i18n.t(`reason.outcome.${bound.settles}`), n })
    : i18n.t('settle.region.open', { n });
  return bound.sharing > 1 ? `${text} ${i18n.t('settle.region.sharing', { k: i18n.count(bound.sharing) })}` : text;
}

/** The groups of the "why" summary as phrases: "23 have no figures at all", "14 lack candidate votes". */
export function whyGroups(i18n, why) {
  return ((why && why.groups) || []).map((g) => (g.no_figures
    ? i18n.t('why.group.no_figures', { n: i18n.count(g.contests) })
    : i18n.t('why.group.missing', { n: i18n.count(g.contests), list: i18n.list(g.missing.map((m) => i18n.t(`missing.${m}`))) })));
}

/** The summary line: "37 cannot be decided: 23 …, 14 …". */
export function whyLine(i18n, why) {
  if (!why || !why.undecided) return null;
  return i18n.t('why.line', { n: i18n.count(why.undecided), groups: whyGroups(i18n, why).join('; ') });
}
