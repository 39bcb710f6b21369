// What a region's total leaves for its contests without figures, as one derived block.
import { FactList } from '../ui/FactList.jsx';
import { FigureValue } from '../ui/FigureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';

export function RemainderCard({ remainder, i18n, nameOf }) {
  const names = remainder.contests.map((id) => nameOf(id));
  const figures = remainder.figures || {};
  const items = ['ballots_cast', 'against_all'].map((m) => ({
    key: m,
    label: i18n.t(`measure.${m}`),
    value: <FigureValue figure={figures[m]} i18n={i18n} nameOf={nameOf} />,
  }));
  items.push({
    key: 'share',
    label: i18n.t('measure.share'),
    value: <ShareValue value={remainder.shares ? remainder.shares.against_all_of_cast : null} i18n={i18n} digits={2} />,
  });
  return (
    <article class="contest contest--remainder" aria-labelledby="remainder-title">
      <h4 id="remainder-title">{i18n.t('remainder.title')}</h4>
      <p class="contest__meta">{i18n.t('remainder.contests', { list: i18n.list(names) })}</p>
      <FactList items={items} />
      <p class="note">{i18n.t('value.derived')}: {i18n.t('derivation.region_remainder')}</p>
    </article>
  );
}
