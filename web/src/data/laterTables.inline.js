// The one-file page's version of laterTables.js: the same tables, inlined, since a page opened from
// disk has nowhere to fetch a chunk from. Same shape: a loader per file.
const tables = import.meta.glob(['../../../data/*/*.csv', '!../../../data/kz-2023-akims/*.csv'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const laterTables = Object.fromEntries(Object.entries(tables).map(([path, text]) => [path, () => Promise.resolve(text)]));
