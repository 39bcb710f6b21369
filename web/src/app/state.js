// The page's whole state and the only way it changes: a pure reducer over named actions.
// Later panels (rules, uploads, links) add their slices here, so a link can carry one object.
import { regionColumns } from './regionColumns.js';
import { parentRegionOf, findingsAbout } from './units.js';

export function initialState({ lang, datasetId }) {
  return {
    lang,
    datasetId,
    status: 'loading', // 'loading' | 'ready' | 'error'
    summary: null, // the engine's summary result (docs/engine-api.md)
    error: null, // the engine's error value
    sort: { key: null, direction: null }, // null: the dataset's own order
    selectedRegion: null, // region id whose contests are open
    selectedFinding: null, // finding id
    findingsUnit: null, // unit id the findings panel is narrowed to
    focus: null, // { id, seq }: an element to move focus to after the next render
  };
}

function focusOn(state, id) {
  return { id, seq: (state.focus ? state.focus.seq : 0) + 1 };
}

const handlers = {
  setLanguage: (state, { lang }) => ({ ...state, lang }),

  loadStarted: (state, { datasetId }) => ({
    ...state,
    datasetId,
    status: 'loading',
    error: null,
    selectedRegion: null,
    selectedFinding: null,
    findingsUnit: null,
  }),
  loadSucceeded: (state, { summary }) => ({ ...state, status: 'ready', summary, error: null }),
  loadFailed: (state, { error }) => ({ ...state, status: 'error', summary: null, error }),

  sortBy: (state, { key }) => {
    const column = regionColumns.find((c) => c.key === key);
    if (!column) return state;
    const direction =
      state.sort.key === key
        ? state.sort.direction === 'ascending' ? 'descending' : 'ascending'
        : column.firstDirection;
    return { ...state, sort: { key, direction } };
  },

  /** The narrow-screen sort control: a column and a direction at once (null key: the dataset's order). */
  setSort: (state, { key, direction }) => {
    if (!key) return { ...state, sort: { key: null, direction: null } };
    const column = regionColumns.find((c) => c.key === key);
    if (!column) return state;
    return { ...state, sort: { key, direction: direction || column.firstDirection } };
  },

  openRegion: (state, { id }) => ({ ...state, selectedRegion: id, focus: focusOn(state, 'region-detail-title') }),
  closeRegion: (state) => {
    const id = state.selectedRegion;
    return { ...state, selectedRegion: null, focus: id ? focusOn(state, `open-${id}`) : state.focus };
  },

  /** Go to any unit a finding or a derivation names: the country, a region, or a contest. */
  showUnit: (state, { id }) => {
    const summary = state.summary;
    if (!summary) return state;
    if (summary.national && summary.national.id === id) return { ...state, focus: focusOn(state, 'national-title') };
    if (summary.regions.some((r) => r.id === id)) {
      return { ...state, selectedRegion: id, focus: focusOn(state, 'region-detail-title') };
    }
    const region = parentRegionOf(summary, id);
    if (!region) return state;
    return { ...state, selectedRegion: region.id, focus: focusOn(state, `unit-${id}`) };
  },

  /** A row's findings marker: narrow the panel to the unit and go to its first finding. */
  showFindingsFor: (state, { id }) => {
    const first = state.summary ? findingsAbout(state.summary, id)[0] : null;
    return {
      ...state,
      findingsUnit: id,
      selectedFinding: first ? first.id : null,
      focus: focusOn(state, first ? `finding-${first.id}` : 'findings-title'),
    };
  },
  selectFinding: (state, { id }) => ({ ...state, selectedFinding: id, focus: focusOn(state, `finding-${id}`) }),
  clearFindingsFilter: (state) => ({ ...state, findingsUnit: null, focus: focusOn(state, 'findings-title') }),
};

export function reducer(state, action) {
  const handle = handlers[action.type];
  return handle ? handle(state, action) : state;
}

export const actionTypes = Object.keys(handlers);
