// One contest under the rule: the outcome, why, the winner, and how far it was from the other outcome.
import { FactList } from '../ui/FactList.jsx';
import { OutcomeMark } from './OutcomeMark.jsx';
import { reasonText, regionBoundText, settleTexts } from './reasons.js';

function whyText(decision, rule, i18n) {
  const reason = reasonText(i18n, decision, rule);
  if (reason) return reason;
  const percentOf = (threshold) => ({ percent: i18n.percent(threshold.percent), base: i18n.t(`base.${threshold.base}`) });
  if (decision.outcome === 'undecided') {
    return i18n.t('outcome.why.undecided', { list: i18n.list((decision.missing || []).map((m) => i18n.t(`missing.${m}`))) });
  }
  if (decision.decided_by === 'min_turnout') return i18n.t('outcome.why.min_turnout', { percent: i18n.percent(rule.min_turnout) });
  if (decision.decided_by === 'winner_min' && rule.winner_min) return i18n.t('outcome.why.winner_min', percentOf(rule.winner_min));
  if (decision.decided_by === 'validity' && rule.validity) {
    const kind = rule.validity.kind;
    if (kind === 'against_all_share') return i18n.t('outcome.why.validity.against_all_share', percentOf(rule.validity));
    if (kind === 'against_all_beats_leader' && rule.tie === 'void') return i18n.t('outcome.why.validity.against_all_beats_leader.tie');
    return i18n.t(`outcome.why.validity.${kind}`);
  }
  const hasLegalEffect = (rule.validity && rule.validity.kind !== 'none') || rule.min_turnout !== null || rule.winner_min;
  return i18n.t(hasLegalEffect ? 'outcome.why.passes' : 'outcome.why.none');
}

export function ContestOutcome({ decision, rule, i18n }) {
  if (!decision || !rule) return null;
  const failed = decision.outcome === 'void' || decision.outcome === 'runoff';
  const items = [
    { key: 'why', label: i18n.t('outcome.why'), value: whyText(decision, rule, i18n) },
  ];
  if (decision.outcome === 'undecided') {
    const region = regionBoundText(i18n, decision);
    const settle = region ? [region, ...settleTexts(i18n, decision)] : settleTexts(i18n, decision);
    items.push({
      key: 'settle',
      label: i18n.t('settle.title'),
      value: settle.length
        ? <ul class="settle-list">{settle.map((text) => <li key={text} class="settle">{text}</li>)}</ul>
        : i18n.t('settle.none', { list: i18n.list((decision.missing || []).map((m) => i18n.t(`missing.${m}`))) }),
    });
  }
  if (decision.winner || decision.candidates_tied) {
    items.push({
      key: 'winner',
      label: i18n.t(decision.outcome === 'valid' ? 'outcome.winner' : 'outcome.leader'),
      value: decision.winner || i18n.t('outcome.candidates_tied'),
    });
  }
  if (decision.against_all !== null && decision.against_all !== undefined) {
    items.push({ key: 'aa', label: i18n.t('outcome.against_all'), value: <span class="num">{i18n.count(decision.against_all)}</span> });
  }
  if (decision.leader_votes !== null && decision.leader_votes !== undefined) {
    items.push({ key: 'lv', label: i18n.t('outcome.leader_votes'), value: <span class="num">{i18n.count(decision.leader_votes)}</span> });
  }
  if (decision.switch) {
    items.push({
      key: 'switch',
      label: i18n.t('outcome.switch'),
      value: i18n.t(failed ? 'outcome.switch.to_pass' : 'outcome.switch.to_fail', { n: i18n.count(decision.switch.votes) }),
    });
  }
  if (decision.new_voters) {
    const beyond = decision.new_voters.within_non_voters === false;
    items.push({
      key: 'new',
      label: i18n.t('outcome.new_voters'),
      value: (
        <span>
          {i18n.t(failed ? 'outcome.new_voters.to_pass' : 'outcome.new_voters.to_fail', { n: i18n.count(decision.new_voters.votes) })}
          {beyond && <strong class="beyond"> — {i18n.t('outcome.beyond_non_voters')}</strong>}
        </span>
      ),
    });
  }
  const notInData = decision.not_in_data || [];
  return (
    <div class={`contest-outcome contest-outcome--${decision.outcome}`} data-outcome={decision.outcome}>
      <p class="contest-outcome__head">
        <span class="label">{i18n.t('outcome.heading')}: </span>
        <OutcomeMark outcome={decision.outcome} i18n={i18n} />
      </p>
      <FactList items={items} />
      {notInData.length > 0 && (
        <p class="note">{i18n.t('outcome.not_in_data', { list: i18n.list(notInData.map((m) => i18n.t(`missing.${m}`))) })}</p>
      )}
    </div>
  );
}
