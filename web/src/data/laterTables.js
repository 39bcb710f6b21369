// The tables of every bundled election but the default one: a loader per file, each a chunk of its
// own that the page fetches when the election is chosen (the service worker precaches them all).
// The one-file page uses laterTables.inline.js instead (vite.config.js).
export const laterTables = import.meta.glob(['../../../data/*/*.csv', '!../../../data/kz-2023-akims/*.csv'], {
  query: '?raw',
  import: 'default',
});
