// One place of the page (app/places.js): a labelled region, shown when it is the current place and
// hidden otherwise (kept rendered, so its panels keep their state; print.css prints every place).
import { placeAnchor } from './places.js';

export function Place({ name, current, i18n, children }) {
  return (
    <section class="place" id={placeAnchor(name)} data-place={name} aria-label={i18n.t(`places.${name}`)} hidden={current !== name}>
      {children}
    </section>
  );
}
