// A contest's candidates with votes and shares, and the against-all line beside them.
// Shares of ballots cast and of valid votes appear only where the data gives them.
import { FigureValue } from '../ui/FigureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';
import { SourceRef } from '../sources/SourceRef.jsx';
import { Unknown } from '../ui/Unknown.jsx';

const known = (v) => v !== null && v !== undefined;

// Parties are data; the few words every dataset uses ("self-nominated") are translated.
function partyName(i18n, party) {
  const key = `party.${party}`;
  return i18n.has(key) ? i18n.t(key) : party;
}

export function CandidateTable({ contest, sources, i18n, nameOf }) {
  const candidates = contest.candidates || [];
  const shares = contest.shares || {};
  const candidateSources = [...new Set(candidates.map((c) => c.source).filter(Boolean))];
  const hasValid = known(shares.against_all_of_valid) || candidates.some((c) => known(c.share_of_valid));
  const hasCast = known(shares.against_all_of_cast) || candidates.some((c) => known(c.share_of_cast)) || !hasValid;
  return (
    <div class="candidates">
      <div class="candidates__scroll">
        <table class="candidate-table">
          <caption class="sr-only">{i18n.t('candidates.caption', { contest: i18n.name(contest) })}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('candidates.name')}</th>
              <th scope="col" class="col-num">{i18n.t('candidates.votes')}</th>
              {hasCast && (
                <th scope="col" class="col-num">
                  <abbr title={i18n.t('candidates.share_of_cast.full')}>{i18n.t('candidates.share_of_cast')}</abbr>
                </th>
              )}
              {hasValid && (
                <th scope="col" class="col-num">
                  <abbr title={i18n.t('candidates.share_of_valid.full')}>{i18n.t('candidates.share_of_valid')}</abbr>
                </th>
              )}
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
                  {c.party && (
                    <span class="candidate__party">
                      <span class="sr-only">{i18n.t('candidates.party')}: </span>
                      {partyName(i18n, c.party)}
                    </span>
                  )}
                </th>
                <td class="col-num">{known(c.votes) ? <span class="num">{i18n.count(c.votes)}</span> : <Unknown i18n={i18n} />}</td>
                {hasCast && <td class="col-num"><ShareValue value={c.share_of_cast} i18n={i18n} /></td>}
                {hasValid && <td class="col-num"><ShareValue value={c.share_of_valid} i18n={i18n} /></td>}
              </tr>
            ))}
            <tr class="against-all-row">
              <th scope="row">{i18n.t('candidates.against_all_row')}</th>
              <td class="col-num"><FigureValue figure={contest.figures.against_all} i18n={i18n} nameOf={nameOf} /></td>
              {hasCast && <td class="col-num"><ShareValue value={shares.against_all_of_cast} i18n={i18n} /></td>}
              {hasValid && <td class="col-num"><ShareValue value={shares.against_all_of_valid} i18n={i18n} /></td>}
            </tr>
          </tbody>
        </table>
      </div>
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
