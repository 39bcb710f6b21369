// The page's whole state and the only way it changes: a pure reducer over named actions.
// Later panels (rules, uploads, links) add their slices here, so a link can carry one object.
import { regionColumns } from '../explorer/regionColumns.js';
import { parentRegionOf, findingsAbout } from '../explorer/units.js';
import { initialScenario, withField, leverDefaults } from '../scenario/scenario.js';
import { initialUpload, uploadHandlers } from '../upload/uploadState.js';
import { initialLink, linkHandlers } from '../links/linkState.js';
import { errorOf, isCancelled } from '../engine/errors.js';
import { placeAnchor, places, firstPlace } from './places.js';

export function initialState({ lang, datasetId, place = firstPlace }) {
  return {
    lang,
    datasetId,
    place: places.includes(place) ? place : firstPlace, // the place of the page shown (app/places.js)
    status: 'loading', // 'loading' | 'ready' | 'error'
    summary: null, // the engine's summary result (docs/engine-api.md)
    error: null, // the engine's error value
    sort: { key: null, direction: null }, // null: the dataset's own order
    selectedRegion: null, // region id whose contests are open
    selectedFinding: null, // finding id
    findingsUnit: null, // unit id the findings panel is narrowed to
    focus: null, // { id, seq }: an element to move focus to after the next render
    // What the user asks: { preset, rule: edits that differ from the preset, swing } (app/scenario.js).
    // A plain object, so a scenario link can carry it as it is.
    scenario: initialScenario(),
    // The bundled elections ticked for the side-by-side comparison (gallery/), in the order ticked.
    compare: [],
    // The user's own file: its inspection, mapping, analysis and report (upload/uploadState.js).
    upload: initialUpload(),
    // The scenario link last opened: what it could not carry, the view it waits to show, the file it names (links/linkState.js).
    link: initialLink(),
    // What the engine answered about it. `seq`: the latest request; older answers are ignored.
    rules: {
      presets: null, // the engine's presets
      presetsError: null,
      evaluation: null, // the last good `evaluate` result: kept while a new one is computed
      evaluationError: null, // the error of the latest request (a bad field: rule.invalid)
      evaluateSeq: 0,
      evaluating: false,
      comparison: null,
      comparisonError: null,
      compareSeq: 0,
      comparing: false,
    },
  };
}

function presetRuleOf(state, id) {
  const preset = (state.rules.presets || []).find((p) => p.id === id);
  return preset ? preset.rule : null;
}

function withRules(state, changes) {
  return { ...state, rules: { ...state.rules, ...changes } };
}


function focusOn(state, id) {
  return { id, seq: (state.focus ? state.focus.seq : 0) + 1 };
}

/** Show a place and focus an element in it (an item of another place is reached by switching first). */
function jumpTo(state, place, id) {
  return { ...state, place, focus: focusOn(state, id) };
}

const handlers = {
  ...uploadHandlers,
  ...linkHandlers,
  setLanguage: (state, { lang }) => ({ ...state, lang }),
  /** An election ticked or unticked for the comparison. */
  compareToggled: (state, { id }) => ({
    ...state,
    compare: state.compare.includes(id) ? state.compare.filter((x) => x !== id) : [...state.compare, id],
  }),

  loadStarted: (state, { datasetId }) => ({
    ...state,
    datasetId,
    status: 'loading',
    error: null,
    selectedRegion: null,
    selectedFinding: null,
    findingsUnit: null,
    // The last dataset's outcomes say nothing about this one.
    rules: { ...state.rules, evaluation: null, evaluationError: null, comparison: null, comparisonError: null },
  }),
  /** The picker: another bundled election (useAppStore loads it when datasetId changes). */
  chooseDataset: (state, { id }) => (id === state.datasetId ? state : { ...state, datasetId: id, status: 'loading' }),
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

  openRegion: (state, { id }) => ({ ...jumpTo(state, 'regions', 'region-detail-title'), selectedRegion: id }),
  closeRegion: (state) => {
    const id = state.selectedRegion;
    return { ...state, selectedRegion: null, focus: id ? focusOn(state, `open-${id}`) : state.focus };
  },

  /** Go to any unit a finding or a derivation names: the country, a region, or a contest. */
  showUnit: (state, { id }) => {
    const summary = state.summary;
    if (!summary) return state;
    if (summary.national && summary.national.id === id) return jumpTo(state, 'overview', 'national-title');
    if (summary.regions.some((r) => r.id === id)) {
      return { ...jumpTo(state, 'regions', 'region-detail-title'), selectedRegion: id };
    }
    const region = parentRegionOf(summary, id);
    if (!region) return state;
    return { ...jumpTo(state, 'regions', `unit-${id}`), selectedRegion: region.id };
  },

  /** A row's findings marker: narrow the panel to the unit and go to its first finding. */
  showFindingsFor: (state, { id }) => {
    const first = state.summary ? findingsAbout(state.summary, id)[0] : null;
    return {
      ...jumpTo(state, 'findings', first ? `finding-${first.id}` : 'findings-title'),
      findingsUnit: id,
      selectedFinding: first ? first.id : null,
    };
  },
  presetsLoaded: (state, { presets }) => withRules(state, { presets, presetsError: null }),
  presetsFailed: (state, { error }) => withRules(state, { presetsError: error }),

  choosePreset: (state, { id }) => {
    if (!presetRuleOf(state, id)) return state;
    return { ...state, scenario: { ...state.scenario, preset: id, rule: {} } };
  },
  /** One field of the rule, by its path ("min_turnout", "validity.percent"); `on`: a lever's checkbox. */
  editRule: (state, { path, value }) => {
    const presetRule = presetRuleOf(state, state.scenario.preset);
    if (!presetRule) return state;
    return { ...state, scenario: { ...state.scenario, rule: withField(presetRule, state.scenario.rule, path, value) } };
  },
  /** A lever switched on (with its default) or off (null). */
  toggleLever: (state, { path, on }) => {
    const presetRule = presetRuleOf(state, state.scenario.preset);
    if (!presetRule) return state;
    const value = on ? (presetRule[path] ?? leverDefaults[path]) : null;
    return { ...state, scenario: { ...state.scenario, rule: withField(presetRule, state.scenario.rule, path, value) } };
  },
  resetRule: (state) => ({ ...state, scenario: { ...state.scenario, rule: {} } }),
  setSwing: (state, { swing }) => ({ ...state, scenario: { ...state.scenario, swing } }),

  evaluateRequested: (state, { seq }) => withRules(state, { evaluateSeq: seq, evaluating: true }),
  evaluated: (state, { seq, response }) => {
    if (seq !== state.rules.evaluateSeq) return state; // a stale answer
    if (isCancelled(response)) return withRules(state, { evaluating: false }); // the engine was closed; nothing to show
    if (response && response.ok) return withRules(state, { evaluation: response.result, evaluationError: null, evaluating: false });
    return withRules(state, { evaluationError: errorOf(response), evaluating: false });
  },
  compareRequested: (state, { seq }) => withRules(state, { compareSeq: seq, comparing: true }),
  compared: (state, { seq, response }) => {
    if (seq !== state.rules.compareSeq) return state;
    if (isCancelled(response)) return withRules(state, { comparing: false });
    if (response && response.ok) return withRules(state, { comparison: response.result, comparisonError: null, comparing: false });
    return withRules(state, { comparisonError: errorOf(response), comparing: false });
  },

  selectFinding: (state, { id }) => ({ ...jumpTo(state, 'findings', `finding-${id}`), selectedFinding: id }),
  clearFindingsFilter: (state) => ({ ...jumpTo(state, 'findings', 'findings-title'), findingsUnit: null }),
  /** A place of the page (app/places.js) shown, and brought into view with focus, or an element in it (`target`, its id). */
  goTo: (state, { place, target }) => (places.includes(place) ? jumpTo(state, place, target || placeAnchor(place)) : state),
  /**
   * A place shown without moving focus: back/forward to an entry of another place, or the place of an
   * element another action asked to focus (app/useFocusRequest.js), switched to before it is focused.
   */
  placeShown: (state, { place }) => (places.includes(place) && place !== state.place ? { ...state, place } : state),
};

export function reducer(state, action) {
  const handle = handlers[action.type];
  return handle ? handle(state, action) : state;
}

export const actionTypes = Object.keys(handlers);
