// The navigation between the page's places: a bar under the header that stays in view on a wide
// screen, a tab bar at the bottom on a phone. Each item is a real link (#place-…); a click brings
// the place into view without touching the address bar, which keeps the scenario link. The place
// in view is marked (aria-current) as the reader scrolls; a place chosen here stays marked while
// the page scrolls to it (a short place at the page's end may never reach the top).
import { useEffect, useRef, useState } from 'preact/hooks';
import { places, placeAnchor } from './places.js';
import './places.css';

/** The last place whose top has passed a line a third of the way down the viewport. */
function placeAtLine() {
  const line = window.innerHeight / 3;
  let current = places[0];
  for (const place of places) {
    const element = document.getElementById(placeAnchor(place));
    if (element && element.getBoundingClientRect().top <= line) current = place;
  }
  return current;
}

function usePlaceInView() {
  const [inView, setInView] = useState(places[0]);
  const pinned = useRef(null); // { timer }: a place chosen in the navigation, held until scrolling stops
  useEffect(() => {
    let frame = 0;
    const onScroll = () => {
      if (pinned.current) {
        clearTimeout(pinned.current.timer);
        pinned.current.timer = setTimeout(() => (pinned.current = null), 250);
        return;
      }
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setInView(placeAtLine());
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  const choose = (place) => {
    if (pinned.current) clearTimeout(pinned.current.timer);
    pinned.current = { timer: setTimeout(() => (pinned.current = null), 1000) };
    setInView(place);
  };
  return [inView, choose];
}

export function PlaceNav({ i18n, counts = {}, onGo }) {
  const [inView, choose] = usePlaceInView();
  return (
    <nav class="place-nav" aria-label={i18n.t('places.nav')}>
      <ul class="place-nav__list">
        {places.map((place) => (
          <li key={place}>
            <a
              class="place-nav__link"
              href={`#${placeAnchor(place)}`}
              id={`nav-${place}`}
              aria-current={inView === place ? 'location' : undefined}
              onClick={(event) => {
                event.preventDefault();
                choose(place);
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
