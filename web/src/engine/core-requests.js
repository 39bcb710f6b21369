// Which requests read the attached file's bytes (docs/engine-api.md, "Uploads"). Kept apart from
// core.js so the page can ask without loading the wasm module.
export function needsFile(request) {
  return request.op === 'inspect' || request.op === 'problems_csv' || Boolean(request.dataset && request.dataset.upload);
}
