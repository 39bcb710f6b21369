// The label–value rows for a region or a contest: counts with sources, shares, published figures.
// Always the ballots cast, against all and the share; other measures only when something is known.
import { MeasureValue } from './MeasureValue.jsx';
import { ShareValue } from '../ui/ShareValue.jsx';
import { PublishedList } from './PublishedList.jsx';

const always = ['ballots_cast', 'against_all'];
const optional = ['registered', 'valid_votes', 'invalid', 'blank', 'crossed_out'];

function hasSomething(figure) {
  return figure && ((figure.value !== null && figure.value !== undefined) || (figure.claims || []).length > 0);
}

export function unitFacts(unit, { i18n, nameOf, sources }) {
  const figures = unit.figures || {};
  const shares = unit.shares || {};
  const published = unit.published || {};
  const items = [];
  const measure = (m) => ({
    key: m,
    label: i18n.t(`measure.${m}`),
    value: <MeasureValue figure={figures[m]} sources={sources} i18n={i18n} nameOf={nameOf} />,
  });
  for (const m of always) items.push(measure(m));
  items.push({
    key: 'share',
    label: i18n.t('facts.share_recomputed'),
    value: <ShareValue value={shares.against_all_of_cast} i18n={i18n} digits={2} />,
  });
  if ((published.against_all_pct || []).length) {
    items.push({
      key: 'share-published',
      label: i18n.t('facts.share_published'),
      value: <PublishedList published={published.against_all_pct} sources={sources} i18n={i18n} />,
    });
  }
  for (const m of optional) if (hasSomething(figures[m])) items.push(measure(m));
  if (shares.turnout !== null && shares.turnout !== undefined) {
    items.push({
      key: 'turnout',
      label: i18n.t('facts.turnout_recomputed'),
      value: <ShareValue value={shares.turnout} i18n={i18n} digits={1} />,
    });
  }
  if ((published.turnout_pct || []).length) {
    items.push({
      key: 'turnout-published',
      label: i18n.t('facts.turnout_published'),
      value: <PublishedList published={published.turnout_pct} sources={sources} i18n={i18n} />,
    });
  }
  if (hasSomething(figures.candidates)) items.push(measure('candidates'));
  return items;
}
