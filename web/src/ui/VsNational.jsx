// Above, below or equal to the national share; unknown when the share is.
import { Unknown } from './Unknown.jsx';

const arrows = { above: '▲', below: '▼', equal: '=' };

export function VsNational({ value, i18n }) {
  if (!arrows[value]) return <Unknown i18n={i18n} />;
  return (
    <span class={`vs vs--${value}`}>
      <span aria-hidden="true" class="vs__arrow">{arrows[value]}</span> {i18n.t(`vs.${value}`)}
    </span>
  );
}
