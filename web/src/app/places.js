// The page's places (issue 15, item 1): the sections a reader moves between, each with an anchor a
// link can name (#place-regions), and where an opened scenario link takes the reader.

export const places = ['overview', 'scenario', 'regions', 'findings', 'sources', 'file'];

/** The id of a place's element, the fragment of a link to it. */
export const placeAnchor = (place) => `place-${place}`;

/** The place a fragment names (`place-findings`), or null (a scenario link, a skip link, nothing). */
export function placeFromFragment(fragment) {
  const match = /^place-([a-z]+)$/.exec(String(fragment || '').replace(/^#/, ''));
  return match && places.includes(match[1]) ? match[1] : null;
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
