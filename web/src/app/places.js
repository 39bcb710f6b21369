// The page's places (issue 15, item 1): the sections a reader moves between, one shown at a time.
// Each has an anchor a link can name (#place-regions); the place shown is kept in the browser's
// history entry (history.state.place), so back and forward return to it while the address bar keeps
// the scenario link; an opened scenario link takes the reader to the place and item it names.

export const places = ['overview', 'scenario', 'regions', 'findings', 'sources', 'file'];

/** The place a page opens in when nothing names one. */
export const firstPlace = places[0];

/** The id of a place's element, the fragment of a link to it. */
export const placeAnchor = (place) => `place-${place}`;

/** The place a fragment names (`place-findings`), or null (a scenario link, a skip link, nothing). */
export function placeFromFragment(fragment) {
  const match = /^place-([a-z]+)$/.exec(String(fragment || '').replace(/^#/, ''));
  return match && places.includes(match[1]) ? match[1] : null;
}

/** The place a history entry's state names, or null (an entry the page did not write). */
export function placeFromHistory(historyState) {
  const place = historyState && historyState.place;
  return places.includes(place) ? place : null;
}

/** The history entry's state with the place shown (the rest of the entry's state kept). */
export function historyWithPlace(historyState, place) {
  return { ...(historyState && typeof historyState === 'object' ? historyState : {}), place };
}

/** The place an element is drawn in (its nearest place's data-place), or null outside every place. */
export function placeOfElement(element) {
  const holder = element && element.closest ? element.closest('[data-place]') : null;
  return holder ? holder.getAttribute('data-place') : null;
}

/**
 * Where a scenario link's view takes the reader: { place, target } (the element to bring into view
 * and focus), or null when the link names no item (the page opens at its top).
 * @param {{ region?: string|null, finding?: string|null, findingsUnit?: string|null }} view  checked against the summary
 * @param {string[]} compare  the elections the link compares side by side (their view is in the scenario place)
 */
export function placeOfView(view, compare = []) {
  if (!view) return null;
  if (view.finding) return { place: 'findings', target: `finding-${view.finding}` };
  if (view.findingsUnit) return { place: 'findings', target: 'findings-title' };
  if (view.region) return { place: 'regions', target: 'region-detail-title' };
  if (compare.length > 0) return { place: 'scenario', target: 'elections-title' };
  return null;
}
