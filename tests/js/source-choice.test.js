// Which sheet of a workbook (or table of a zip) the user chose travels with every request and in a
// scenario link's mapping blob (web/src/upload/sourceChoice.js), and comes back out of the link.
import { describe, it, expect } from 'vitest';
import { choiceOf, linkMapping, splitLinkMapping } from '../../web/src/upload/sourceChoice.js';

const mapping = { hierarchy: [{ level: 'region', column: 0 }], measures: { against_all: [4] } };

describe('source choice', () => {
  it('is taken from the inspection: a sheet of a workbook, an entry of a zip, nothing for text', () => {
    expect(choiceOf({ source: { kind: 'xlsx', container: null, sheet: 'Итоги' } })).toEqual({ sheet: 'Итоги' });
    expect(choiceOf({ source: { kind: 'xlsx', container: 'zip', entry: 'a.xlsx', sheet: 'Итоги' } })).toEqual({ sheet: 'Итоги', entry: 'a.xlsx' });
    expect(choiceOf({ source: { kind: 'text', container: 'gzip' } })).toEqual({});
    expect(choiceOf({})).toEqual({});
  });

  it('rides in the link with the mapping and comes back apart; a plain upload’s mapping is unchanged', () => {
    const linked = linkMapping({ file: 'r.xlsx', sheet: 'Итоги', mapping });
    expect(linked).toEqual({ ...mapping, source: { sheet: 'Итоги' } });
    expect(splitLinkMapping(JSON.parse(JSON.stringify(linked)))).toEqual({ mapping, choice: { sheet: 'Итоги' } });
    expect(linkMapping({ file: 'r.csv', mapping })).toBe(mapping);
    expect(splitLinkMapping(mapping)).toEqual({ mapping, choice: {} });
    expect(splitLinkMapping({ ...mapping, source: { sheet: 5 } })).toEqual({ mapping, choice: {} });
  });
});
