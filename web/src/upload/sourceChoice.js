// Which table of a file the user is looking at: a workbook's sheet, a zip's entry. It travels with
// every request on the file ({ upload: { file, sheet, entry, mapping } }), and in a scenario link
// inside the mapping's blob as "source" (the link's v1 vocabulary stays as it is).

/** { sheet?, entry? } of an inspection (only what the file has). */
export function choiceOf(inspection) {
  const source = (inspection && inspection.source) || {};
  const choice = {};
  if (source.kind === 'xlsx' && source.sheet) choice.sheet = source.sheet;
  if (source.container === 'zip' && source.entry) choice.entry = source.entry;
  return choice;
}

/** The mapping as a link carries it: with the sheet/entry when there is one. */
export function linkMapping(upload) {
  const choice = {};
  if (upload.sheet) choice.sheet = upload.sheet;
  if (upload.entry) choice.entry = upload.entry;
  return Object.keys(choice).length ? { ...upload.mapping, source: choice } : upload.mapping;
}

/** A link's mapping split back into the mapping and the choice. */
export function splitLinkMapping(mapping) {
  if (!mapping || typeof mapping !== 'object' || !mapping.source) return { mapping, choice: {} };
  const { source, ...plain } = mapping;
  const choice = {};
  if (source && typeof source.sheet === 'string') choice.sheet = source.sheet;
  if (source && typeof source.entry === 'string') choice.entry = source.entry;
  return { mapping: plain, choice };
}
