// The page's whole state and the only way it changes: a pure reducer over named actions.
// Later panels (rules, uploads, links) add their slices here, so a link can carry one object.
import { regionColumns } from '../explorer/regionColumns.js';
import { parentRegionOf, findingsAbout } from '../explorer/units.js';
import { initialScenario, withField, leverDefaults } from '../scenario/scenario.js';
import { initialUpload, uploadHandlers } from '../upload/uploadState.js';
import { initialLink, linkHandlers } from '../links/linkState.js';
import { errorOf, isCancelled } from '../engine/errors.js';
import { placeAnchor } from './places.js';

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

  selectFinding: (state, { id }) => ({ ...state, selectedFinding: id, focus: focusOn(state, `finding-${id}`) }),
  clearFindingsFilter: (state) => ({ ...state, findingsUnit: null, focus: focusOn(state, 'findings-title') }),
  /** A place of the page (app/places.js) brought into view, or an element in it (`target`, its id). */
  goTo: (state, { place, target }) => ({ ...state, focus: focusOn(state, target || placeAnchor(place)) }),
};

export function reducer(state, action) {
  const handle = handlers[action.type];
  return handle ? handle(state, action) : state;
}

export const actionTypes = Object.keys(handlers);
