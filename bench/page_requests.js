// The contest_page requests the bench times (issue 14), shared by bench/node_wasm.mjs and
// bench/page.js (served to Chromium as is). Each run uses its own swing, so the first page of a
// run is the first page of a new scenario (nothing remembered by the session), and the next page
// is the one a user turns to right after.
export const pageVariants = ['first_page', 'closest_to_void', 'closest_to_void_next', 'region_page'];

/** The requests of one run: name → request text (region: a unit id from the first page). */
export function pageRequests(session, run, region) {
  const base = { op: 'contest_page', session, rule: { preset: 'beats-leader' }, swing: 0.25 + run * 0.5 };
  const closest = { ...base, filter: { outcome: ['valid'] }, sort: { by: 'switch' }, limit: 50 };
  return {
    first_page: JSON.stringify({ ...base, limit: 50 }),
    closest_to_void: JSON.stringify(closest),
    closest_to_void_next: JSON.stringify({ ...closest, offset: 50 }),
    region_page: JSON.stringify({ ...base, filter: { within: region }, offset: 100, limit: 50 }),
  };
}

/** Times every variant over `runs` runs with `call(text) → response text`; `now()` is the clock. */
export function timePages(call, session, runs, now) {
  const first = JSON.parse(call(JSON.stringify({ op: 'contest_page', session, rule: { preset: 'beats-leader' }, limit: 1 })));
  if (!first.ok) return { error: first.error };
  const region = first.result.contests[0].region;
  const out = {};
  for (const name of pageVariants) out[name] = { ms: [], response_bytes: 0 };
  for (let run = 0; run < runs; run += 1) {
    const requests = pageRequests(session, run, region);
    for (const name of pageVariants) {
      const start = now();
      const response = call(requests[name]);
      out[name].ms.push(now() - start);
      out[name].response_bytes = response.length;
      if (!response.startsWith('{"ok":true')) out[name].error = response.slice(0, 300);
    }
  }
  return out;
}
