// Every claim on one figure, in file order, the one in use marked: shown when there is more than one.
import { SourceRef } from '../sources/SourceRef.jsx';

export function ClaimList({ figure, sources, i18n, format }) {
  const claims = (figure && figure.claims) || [];
  if (claims.length < 2) return null;
  const show = format || ((v) => i18n.count(v));
  let usedMarked = false;
  return (
    <details class={`claims${figure.disagreement ? ' claims--disagree' : ''}`}>
      <summary>{i18n.t('detail.claims')}</summary>
      <ul>
        {claims.map((claim, i) => {
          const used = !usedMarked && claim.source === figure.source && claim.value === figure.value;
          if (used) usedMarked = true;
          return (
            <li key={i}>
              <span class="num">{claim.value === null || claim.value === undefined ? '—' : show(claim.value)}</span>{' '}
              <SourceRef source={claim.source} sources={sources} i18n={i18n} />
              {used && <span class="claims__used"> · {i18n.t('detail.claim_used')}</span>}
              {claim.note && <span class="claims__note"> — {claim.note}</span>}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
