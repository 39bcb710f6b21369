// A recomputed share (a fraction), or unknown.
import { Unknown } from './Unknown.jsx';

export function ShareValue({ value, i18n, digits = 1 }) {
  if (value === null || value === undefined) return <Unknown i18n={i18n} />;
  return (
    <span class="num" title={i18n.share(value, 3)}>
      {i18n.share(value, digits)}
    </span>
  );
}
