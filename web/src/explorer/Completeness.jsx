// How much of the contest level the data covers, from result.completeness.
const rows = [
  'with_against_all',
  'with_against_all_reported',
  'with_candidate_votes',
  'with_complete_candidates',
  'with_none',
];

export function Completeness({ completeness, i18n }) {
  if (!completeness) return null;
  const total = completeness.contests || 0;
  return (
    <div class="completeness">
      <h3 id="completeness-title">{i18n.t('completeness.title')}</h3>
      <ul class="completeness__list" aria-labelledby="completeness-title">
        {rows
          .filter((key) => completeness[key] !== undefined && completeness[key] !== null)
          .map((key) => {
            const n = completeness[key];
            const width = total ? Math.round((100 * n) / total) : 0;
            return (
              <li key={key} class={`completeness__row completeness__row--${key}`}>
                <span class="completeness__label">{i18n.t(`completeness.${key}`)}</span>
                <span class="completeness__count num">
                  {i18n.t('completeness.of', { n: i18n.count(n), total: i18n.count(total) })}
                </span>
                <span class="bar" aria-hidden="true">
                  <span class="bar__fill" style={{ width: `${width}%` }} />
                </span>
              </li>
            );
          })}
      </ul>
    </div>
  );
}
