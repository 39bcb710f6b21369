// When the whole file is one contest (a presidential election by polling station), the contest
// itself: its candidates, leader, margin and outcome under the rule.
import { ContestCard } from './ContestCard.jsx';

export function NationalContest({ contest, note, decision, rule, sources, severity, i18n, nameOf, onShowFindings }) {
  return (
    <section class="panel national-contest" id="national-contest" aria-labelledby="national-contest-title">
      <h2 id="national-contest-title">{i18n.t('units.national_contest')}</h2>
      {note && <p class="notice national-contest__rules">{note}</p>}
      <div class="contest-grid contest-grid--single">
        <ContestCard
          contest={contest}
          highlighted={false}
          severity={severity}
          decision={decision}
          rule={rule}
          sources={sources}
          i18n={i18n}
          nameOf={nameOf}
          onShowFindings={onShowFindings}
        />
      </div>
    </section>
  );
}
