// A contest's candidates with votes and shares, and the against-all line beside them.
import { FigureValue } from './FigureValue.jsx';
import { ShareValue } from './ShareValue.jsx';
import { SourceRef } from './SourceRef.jsx';
import { Unknown } from './Unknown.jsx';

export function CandidateTable({ contest, sources, i18n, nameOf }) {
  const candidates = contest.candidates || [];
  const candidateSources = [...new Set(candidates.map((c) => c.source).filter(Boolean))];
  const hasParty = candidates.some((c) => c.party);
  return (
    <div class="candidates">
      <table class="candidate-table">
        <caption class="sr-only">{i18n.t('candidates.caption', { contest: i18n.name(contest) })}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('candidates.name')}</th>
            {hasParty && <th scope="col" class="col-party">{i18n.t('candidates.party')}</th>}
            <th scope="col" class="col-num">{i18n.t('candidates.votes')}</th>
            <th scope="col" class="col-num">{i18n.t('candidates.share_of_cast')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c, i) => (
            <tr key={i} class={c.elected ? 'is-elected' : undefined}>
              <th scope="row" title={c.name_source && c.name_source !== c.name ? c.name_source : undefined}>
                {c.name}
                {c.elected && (
                  <span class="elected" title={i18n.t('candidates.elected')}>
                    <span aria-hidden="true"> ✓</span>
                    <span class="sr-only"> — {i18n.t('candidates.elected')}</span>
                  </span>
                )}
              </th>
              {hasParty && <td class="col-party">{c.party || <Unknown i18n={i18n} />}</td>}
              <td class="col-num">{c.votes === null || c.votes === undefined ? <Unknown i18n={i18n} /> : <span class="num">{i18n.count(c.votes)}</span>}</td>
              <td class="col-num"><ShareValue value={c.share_of_cast} i18n={i18n} /></td>
            </tr>
          ))}
          <tr class="against-all-row">
            <th scope="row">{i18n.t('candidates.against_all_row')}</th>
            {hasParty && <td class="col-party" />}
            <td class="col-num"><FigureValue figure={contest.figures.against_all} i18n={i18n} nameOf={nameOf} /></td>
            <td class="col-num"><ShareValue value={contest.shares.against_all_of_cast} i18n={i18n} /></td>
          </tr>
        </tbody>
      </table>
      {candidateSources.length > 0 && (
        <p class="candidates__sources">
          {i18n.t('findings.sources')}:{' '}
          {candidateSources.map((s) => (
            <span key={s} class="candidates__source">
              <SourceRef source={s} sources={sources} i18n={i18n} />{' '}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
