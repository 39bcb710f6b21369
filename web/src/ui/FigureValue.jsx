// One count as the engine gives it: the number, or unknown; marked when derived or disputed.
import { Unknown } from './Unknown.jsx';
import { DerivedBadge } from './DerivedBadge.jsx';
import { DisagreementBadge } from './DisagreementBadge.jsx';

export function FigureValue({ figure, i18n, nameOf }) {
  if (!figure || figure.value === null || figure.value === undefined) return <Unknown i18n={i18n} />;
  return (
    <span class="figure">
      <span class="num">{i18n.count(figure.value)}</span>
      {figure.status === 'derived' && <DerivedBadge derivation={figure.derivation} i18n={i18n} nameOf={nameOf} />}
      {figure.disagreement && <DisagreementBadge figure={figure} i18n={i18n} />}
    </span>
  );
}
