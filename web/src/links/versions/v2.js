// Version 2 of the scenario link, kept forever: version 1 (v1.js, read as it is) and the elections
// compared side by side (issue 16):
//
//   v=2 & <every v1 field> & compare=<bundled dataset id>,<id>,… & map=… & data=… & end
//
// `compare` stands before the bulky fields, so a cut link keeps it. A link whose state has no
// comparison is still written as version 1 (codec.js), so that a page saved before version 2 (the
// one-file page people keep offline) opens it.
import * as v1 from './v1.js';

export const { presets, defaultPreset, languages, sortKeys, uploadDataset, gradualFields, absentMeans, emptyView } = v1;

/** The most elections one link compares, as the comparison view allows. */
export const compareMax = 6;

/** State → fields: v1's, with `compare` before the bulky ones. */
export function fieldsFromState(state, blobs = {}) {
  const fields = v1.fieldsFromState(state, blobs);
  const ids = state.compare || [];
  if (ids.length === 0) return fields;
  const entry = ['compare', ids.join(',')];
  const bulky = fields.findIndex(([key]) => key === 'map' || key === 'data');
  if (bulky < 0) fields.push(entry);
  else fields.splice(bulky, 0, entry);
  return fields;
}

/** `compare`'s text → the known ids in order, each once; every other part named as an issue. */
function readCompare(text, datasets) {
  const ids = [];
  const issues = [];
  for (const id of String(text).split(',')) {
    if (!datasets.includes(id)) issues.push({ code: 'link.unknown_dataset', field: 'compare', text: id });
    else if (ids.includes(id)) issues.push({ code: 'link.duplicate_field', field: 'compare', text: id });
    else if (ids.length >= compareMax) issues.push({ code: 'link.bad_value', field: 'compare', text: id });
    else ids.push(id);
  }
  return { ids, issues };
}

/**
 * Fields (after `v`) → the link's state: v1's reading of every field but `compare`, and the
 * comparison. Never throws; what it cannot use is named in `issues`.
 */
export function stateFromFields(input, context) {
  const issues = [];
  const ended = input.some(([key, value]) => key === 'end' && value === null);
  const rest = [];
  let compareText;
  let cut = false;
  input.forEach(([key, value], at) => {
    if (key !== 'compare') {
      rest.push([key, value]);
    } else if (!ended && at === input.length - 1) {
      cut = true; // the last field of a link without `end` may be cut short: not trusted
    } else if (compareText !== undefined) {
      issues.push({ code: 'link.duplicate_field', field: 'compare' });
    } else if (value === null) {
      issues.push({ code: 'link.bad_value', field: 'compare', text: '' });
    } else {
      compareText = value;
    }
  });
  // v1 flags a link without `end` by its last field; when that field was `compare`, say so here.
  const read = v1.stateFromFields(cut ? [...rest, ['end', null]] : rest, context);
  if (cut) issues.push({ code: 'link.truncated', field: 'compare' });
  const compare = compareText === undefined ? { ids: [], issues: [] } : readCompare(compareText, context.datasets || []);
  return {
    ...read,
    state: read.state && { ...read.state, compare: compare.ids },
    issues: [...read.issues, ...issues, ...compare.issues],
  };
}
