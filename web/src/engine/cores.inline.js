// cores.js for the one-file page: one full core (its .wasm inlined in the page) answers everything,
// since a page opened from disk has no chunk to fetch the full module from later. Same shape.
import { loadCore } from './core.js';

export function startCores() {
  const core = loadCore();
  return { first: core, full: () => core };
}
