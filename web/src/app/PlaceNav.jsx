// The navigation between the page's places: a bar under the header that stays in view on a wide
// screen, a tab bar at the bottom on a phone. Each item is a real link (#place-…, so it can be opened
// in a new tab); a click shows that place instead of the one shown, which is marked (aria-current).
// The address bar keeps the scenario link; the place goes into the history entry (links/useLinkSync.js).
import { places, placeAnchor } from './places.js';
import './places.css';

export function PlaceNav({ i18n, current, counts = {}, onGo }) {
  return (
    <nav class="place-nav" aria-label={i18n.t('places.nav')}>
      <ul class="place-nav__list">
        {places.map((place) => (
          <li key={place}>
            <a
              class="place-nav__link"
              href={`#${placeAnchor(place)}`}
              id={`nav-${place}`}
              aria-current={current === place ? 'page' : undefined}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button > 0) return; // a new tab or window
                event.preventDefault();
                onGo(place);
              }}
            >
              {i18n.t(`places.${place}`)}
              {counts[place] > 0 && <span class="place-nav__count num"> {i18n.count(counts[place])}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
