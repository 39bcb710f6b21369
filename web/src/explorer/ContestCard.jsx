// One contest: its outcome under the rule, its figures with sources, the leader and the margin over against all, the candidates.
import { FactList } from '../ui/FactList.jsx';
import { unitFacts } from './unitFacts.jsx';
import { CandidateTable } from './CandidateTable.jsx';
import { FindingMarker } from '../findings/FindingMarker.jsx';
import { ContestOutcome } from '../scenario/ContestOutcome.jsx';

function leaderFacts(contest, i18n) {
  const items = [];
  if (contest.leader) {
    const votes = contest.leader.votes === null || contest.leader.votes === undefined ? null : i18n.count(contest.leader.votes);
    items.push({
      key: 'leader',
      label: i18n.t('contest.leader'),
      value: (
        <span>
          {contest.leader.name}
          {votes && <span class="num"> · {votes}</span>}
          {contest.leader.basis === 'elected' && <span class="muted"> ({i18n.t('contest.leader.elected')})</span>}
        </span>
      ),
    });
  }
  if (contest.margin) {
    const { votes, share_points: points } = contest.margin;
    items.push({
      key: 'margin',
      label: i18n.t('contest.margin'),
      value: (
        <span class="num">
          {votes === null || votes === undefined ? '—' : i18n.count(votes)}
          {points !== null && points !== undefined && ` · ${i18n.t('value.pp', { value: i18n.points(points) })}`}
        </span>
      ),
    });
  }
  return items;
}

export function ContestCard({ contest, highlighted, severity, sources, decision, rule, i18n, nameOf, onShowFindings }) {
  const kindKey = `contest.kind.${contest.kind}`;
  const listKey = `contest.candidate_list.${contest.candidate_list || 'none'}`;
  return (
    <article
      class={`contest${highlighted ? ' is-highlighted' : ''}`}
      id={`unit-${contest.id}`}
      tabindex="-1"
      aria-labelledby={`unit-${contest.id}-title`}
    >
      <div class="contest__head">
        <h4 id={`unit-${contest.id}-title`}>{i18n.name(contest)}</h4>
        <FindingMarker unit={contest} severity={severity} i18n={i18n} onShow={onShowFindings} />
      </div>
      <p class="contest__meta">
        {i18n.has(kindKey) && <span>{i18n.t(kindKey)}</span>}
        <span>{i18n.t(listKey)}</span>
      </p>
      <ContestOutcome decision={decision} rule={rule} i18n={i18n} />
      <FactList items={[...unitFacts(contest, { i18n, nameOf, sources }), ...leaderFacts(contest, i18n)]} />
      {(contest.candidates || []).length > 0 && <CandidateTable contest={contest} sources={sources} i18n={i18n} nameOf={nameOf} />}
      {contest.note && (
        <p class="note">
          <span class="label">{i18n.t('contest.note')}: </span>
          {contest.note}
        </p>
      )}
    </article>
  );
}
