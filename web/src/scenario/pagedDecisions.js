// Issue 14: a dataset with many contests is not evaluated with its whole per-contest list (on
// 100,000 polling stations that is 40 MB of JSON); the page asks for the tallies and the why
// summary, then for the decisions of the contests it draws, in pages (`contest_page`).

/** Above this many contests, evaluate leaves its list out and the page asks for pages. */
export const fullListMost = 2000;

/** What a page may ask at once (the core's limit). */
export const pageMost = 1000;

/** The parts of `evaluate` the page asks for, by the number of contests on the screen. */
export function evaluateParts(contestCount) {
  return contestCount > fullListMost ? { contests: false, why: true } : {};
}

/** True when the evaluation holds no per-contest list (decisions come in pages). */
export function isPaged(evaluation) {
  return Boolean(evaluation) && !Array.isArray(evaluation.contests);
}

/**
 * The contest_page requests that cover the first `count` contests within a unit, in file order
 * (at most pageMost each).
 */
export function pageRequests(within, count) {
  const requests = [];
  for (let offset = 0; offset < count; offset += pageMost) {
    requests.push({ filter: { within }, offset, limit: Math.min(pageMost, count - offset) });
  }
  return requests;
}

/**
 * Asks the engine for the decisions of the first `count` contests within each unit, and resolves to
 * { decisions: Map(id → decision), error } (the first error any page gave, else null).
 */
export async function fetchDecisions(engine, dataset, rule, swing, wanted) {
  const decisions = new Map();
  decisions.partial = true; // only the contests asked for: an export must not read a missing one as no outcome
  const calls = [];
  for (const { within, count } of wanted) {
    for (const query of pageRequests(within, count)) calls.push(engine.contestPage(dataset, rule, swing, query));
  }
  let error = null;
  for (const response of await Promise.all(calls)) {
    if (response && response.ok) for (const c of response.result.contests) decisions.set(c.id, c);
    else if (!error) error = (response && response.error) || { code: 'engine.failed' };
  }
  return { decisions, error };
}
