// The place shown ⇄ the browser's history: back and forward show the place of the entry they reach
// (history.state.place, written by links/useLinkSync.js with the scenario link), and a link to a
// place (#place-findings: opened, typed, or followed inside the page) shows that place.
import { useEffect } from 'preact/hooks';
import { firstPlace, placeFromFragment, placeFromHistory } from './places.js';

/** The place a page opens in: its history entry's (a reload), a #place-… link's, or the first. */
export function initialPlace() {
  if (typeof window === 'undefined') return firstPlace;
  return placeFromHistory(window.history.state) || placeFromFragment(window.location.hash) || firstPlace;
}

/**
 * @param {{ placeShown(p), goTo(p) }} actions  the store's (app/state.js)
 * @param {boolean} ready  the dataset's places are drawn: a #place-… link's place can take focus
 */
export function usePlaceHistory(actions, ready) {
  useEffect(() => {
    // The entry's own state (event.state): by the time a quick run of back/forward steps is handled,
    // window.history.state may already be a later entry's.
    const onPop = (event) => {
      const place = placeFromHistory(event.state) || placeFromFragment(window.location.hash) || firstPlace;
      actions.placeShown({ place });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [actions]);

  useEffect(() => {
    const go = () => {
      const place = placeFromFragment(window.location.hash);
      if (place) actions.goTo({ place });
    };
    go();
    window.addEventListener('hashchange', go);
    return () => window.removeEventListener('hashchange', go);
  }, [actions, ready]);
}
