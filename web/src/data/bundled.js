// The datasets shipped with the page, as text, so they work with no network.
const kz2023Files = import.meta.glob('../../../data/kz-2023-akims/*.{json,csv}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function byFileName(globbed) {
  const files = {};
  for (const [path, text] of Object.entries(globbed)) files[path.slice(path.lastIndexOf('/') + 1)] = text;
  return files;
}

export const bundledDatasets = {
  'kz-2023-akims': { files: byFileName(kz2023Files) },
};

export const defaultDatasetId = 'kz-2023-akims';
