// "3" with "3 of 17" for those who ask; unknown when the share is.
import { Unknown } from './Unknown.jsx';

export function RankValue({ rank, of, i18n }) {
  if (rank === null || rank === undefined) return <Unknown i18n={i18n} />;
  const full = i18n.t('value.rank_of', { rank: i18n.count(rank), of: i18n.count(of) });
  return (
    <span class="num" title={full}>
      <span aria-hidden="true">{i18n.count(rank)}</span>
      <span class="sr-only">{full}</span>
    </span>
  );
}
