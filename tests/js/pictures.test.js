// Pictures that tell the truth for any data (issue 15, item 2): the tile map only where the tool
// knows the geography (Kazakhstan's 17 regions); elsewhere ranked bars whose labels never repeat.
import { describe, it, expect, beforeAll } from 'vitest';
import { hasMapLayout, kzTiles } from '../../web/src/charts/tileMap.js';
import { regionBarsLayout, uniqueNames } from '../../web/src/charts/regionBars.js';
import { createEngine, directTransport } from '../../web/src/engine/index.js';
import { loadWasmCore, readDatasetFolder } from './support.js';

describe('which picture a dataset gets', () => {
  let engine;
  beforeAll(async () => {
    engine = createEngine(directTransport(await loadWasmCore()));
  });

  it('the akim elections: all 17 regions placed, so a map', async () => {
    const { result } = await engine.summary(readDatasetFolder('data/kz-2023-akims'));
    expect(result.regions).toHaveLength(17);
    expect(hasMapLayout(result.regions)).toBe(true);
  });

  it('every gallery election of another country: no map', async () => {
    for (const id of ['ru-2004-president', 'kg-2017-president']) {
      const { result } = await engine.summary(readDatasetFolder(`data/${id}`));
      expect(hasMapLayout(result.regions), id).toBe(false);
    }
  });

  it('an upload whose areas are not Kazakhstan’s regions, or only some of them: no map', () => {
    expect(hasMapLayout([{ id: 'andijan' }, { id: 'andijan-city' }])).toBe(false);
    expect(hasMapLayout([{ id: 'abai' }, { id: 'elsewhere' }])).toBe(false);
    expect(hasMapLayout([])).toBe(false);
    expect(hasMapLayout(Object.keys(kzTiles).map((id) => ({ id })))).toBe(true);
  });
});

describe('bar labels', () => {
  const units = [
    { id: 'a1', name: 'AND', against_all_share: 0.1 },
    { id: 'a2', name: 'AND', against_all_share: 0.2 },
    { id: 'b', name: 'Bor', against_all_share: 0.05 },
  ];
  const nameOf = (u) => u.name;

  it('a name two areas share is told apart by the area’s id; a name of its own stays as it is', () => {
    const names = uniqueNames(units, nameOf);
    expect([...names.values()]).toEqual(['AND (a1)', 'AND (a2)', 'Bor']);
  });

  it('the bars read those labels, each once', () => {
    const g = regionBarsLayout(units, { against_all_share: 0.1 }, { width: 800, nameOf });
    const labels = g.rows.map((r) => r.name);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('AND (a2)');
  });
});
