// Kazakhstan's 17 regions as a tile grid, each tile coloured by its against-all share.
// Tiles sit roughly where the regions are (west to east, north to south); a region the layout does
// not know (another dataset) gets a tile in an extra row, so no region is ever left out.
import { shareAxis } from './scale.js';

/** Grid position and abbreviations of the 2022 regions (Abai, Zhetisu and Ulytau included). */
export const kzTiles = {
  kostanay: { col: 2, row: 0, abbr: { ru: 'КОС', kk: 'ҚОС', en: 'KOS' } },
  'north-kazakhstan': { col: 3, row: 0, abbr: { ru: 'СКО', kk: 'СҚО', en: 'NKZ' } },
  pavlodar: { col: 4, row: 0, abbr: { ru: 'ПАВ', kk: 'ПАВ', en: 'PAV' } },
  'west-kazakhstan': { col: 0, row: 1, abbr: { ru: 'ЗКО', kk: 'БҚО', en: 'WKZ' } },
  aktobe: { col: 1, row: 1, abbr: { ru: 'АКТ', kk: 'АҚТ', en: 'AKT' } },
  ulytau: { col: 2, row: 1, abbr: { ru: 'УЛЫ', kk: 'ҰЛЫ', en: 'ULY' } },
  akmola: { col: 3, row: 1, abbr: { ru: 'АКМ', kk: 'АҚМ', en: 'AKM' } },
  abai: { col: 4, row: 1, abbr: { ru: 'АБА', kk: 'АБА', en: 'ABA' } },
  'east-kazakhstan': { col: 5, row: 1, abbr: { ru: 'ВКО', kk: 'ШҚО', en: 'EKZ' } },
  atyrau: { col: 0, row: 2, abbr: { ru: 'АТЫ', kk: 'АТЫ', en: 'ATY' } },
  kyzylorda: { col: 2, row: 2, abbr: { ru: 'КЫЗ', kk: 'ҚЫЗ', en: 'KYZ' } },
  karaganda: { col: 3, row: 2, abbr: { ru: 'КАР', kk: 'ҚАР', en: 'KAR' } },
  zhetisu: { col: 4, row: 2, abbr: { ru: 'ЖЕТ', kk: 'ЖЕТ', en: 'ZHE' } },
  mangystau: { col: 0, row: 3, abbr: { ru: 'МАН', kk: 'МАҢ', en: 'MAN' } },
  turkestan: { col: 2, row: 3, abbr: { ru: 'ТУР', kk: 'ТҮР', en: 'TUR' } },
  zhambyl: { col: 3, row: 3, abbr: { ru: 'ЖАМ', kk: 'ЖАМ', en: 'ZHA' } },
  almaty: { col: 4, row: 3, abbr: { ru: 'АЛМ', kk: 'АЛМ', en: 'ALM' } },
};
const gridColumns = 6;

/**
 * Whether the tiles would be a map: every region is one the layout places (Kazakhstan's 17). For any
 * other data (an upload, another country) the page draws no tiles, which would be an alphabetical
 * grid posing as a map, and ranks the areas as bars instead.
 */
export function hasMapLayout(regions) {
  return regions.length > 0 && regions.every((unit) => Boolean(kzTiles[unit.id]));
}

/** ColorBrewer YlOrBr (#cc4c02 for #d95f0e, which no text colour reads on at AA): sequential, one hue, readable with every common colour-vision deficiency. */
export const sequentialPalettes = {
  1: ['#fe9929'],
  2: ['#fed98e', '#cc4c02'],
  3: ['#fff7bc', '#fec44f', '#cc4c02'],
  4: ['#ffffd4', '#fed98e', '#fe9929', '#cc4c02'],
  5: ['#ffffd4', '#fed98e', '#fe9929', '#cc4c02', '#993404'],
  6: ['#ffffd4', '#fee391', '#fec44f', '#fe9929', '#cc4c02', '#993404'],
};

function channel(c) {
  const v = c / 255;
  return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of "#rrggbb". */
export function luminance(hex) {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio of two "#rrggbb" colours. */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/** The text colour that reads best on a fill: near-black or white. */
export function inkFor(fill) {
  return contrastRatio(fill, '#1b1f24') >= contrastRatio(fill, '#ffffff') ? '#1b1f24' : '#ffffff';
}

/**
 * Equal bins of round width from 0 to the largest known share (at most `maxBins`).
 * @returns {{ edges: number[], step: number, decimals: number, colors: string[] }} edges as fractions
 */
export function shareBins(shares, maxBins = 5) {
  const axis = shareAxis(shares, maxBins);
  const edges = axis.ticks;
  const count = Math.max(1, edges.length - 1);
  return { edges, step: axis.step, decimals: axis.decimals, colors: sequentialPalettes[Math.min(6, count)] || sequentialPalettes[6] };
}

/** The bin a share falls in (the last bin includes its upper edge); null for an unknown share. */
export function binOf(bins, share) {
  if (share === null || share === undefined || !Number.isFinite(share)) return null;
  const last = bins.edges.length - 2;
  for (let i = 0; i < last; i++) if (share < bins.edges[i + 1] - 1e-12) return i;
  return Math.max(0, last);
}

/** A bin as words: "2–4 %" (ru), "2–4%" (kk, en). */
export function binLabel(i18n, bins, index) {
  const lo = Math.round(bins.edges[index] * 1e9) / 1e7;
  const hi = Math.round(bins.edges[index + 1] * 1e9) / 1e7;
  return `${i18n.decimal(lo, bins.decimals)}–${i18n.percent(hi, bins.decimals)}`;
}

/** A region's abbreviation: the layout's, else the first three letters of its name. */
export function abbreviation(unit, lang, name) {
  const tile = kzTiles[unit.id];
  if (tile) return tile.abbr[lang] || tile.abbr.ru;
  return String(name || unit.id).replace(/^(область|oblysy|region)\s+/i, '').slice(0, 3).toUpperCase();
}

/**
 * Every tile, in pixels.
 * @param {object[]} regions summary.regions
 * @param {{ width: number, lang: string, nameOf: (unit) => string }} options
 */
export function tileMapLayout(regions, { width, lang, nameOf }) {
  const gap = 4;
  const size = Math.max(40, Math.min(84, Math.floor((width - 8 - gap * (gridColumns - 1)) / gridColumns)));
  const shares = regions.map((r) => (r.shares ? r.shares.against_all_of_cast ?? null : null));
  const bins = shareBins(shares);
  let extra = 0;
  const placed = regions.map((unit, i) => {
    const known = kzTiles[unit.id];
    const cell = known ? { col: known.col, row: known.row } : { col: extra % gridColumns, row: 4 + Math.floor(extra++ / gridColumns) };
    const share = shares[i];
    const bin = binOf(bins, share);
    const fill = bin === null ? null : bins.colors[bin];
    return {
      id: unit.id,
      name: nameOf(unit),
      abbr: abbreviation(unit, lang, nameOf(unit)),
      share,
      known: share !== null,
      rank: unit.rank ?? null,
      rankOf: unit.rank_of ?? null,
      bin,
      fill,
      ink: fill ? inkFor(fill) : '#1b1f24',
      col: cell.col,
      row: cell.row,
      x: 4 + cell.col * (size + gap),
      y: 4 + cell.row * (size + gap),
      size,
    };
  });
  const rows = placed.reduce((m, t) => Math.max(m, t.row + 1), 1);
  return { width, height: 8 + rows * size + (rows - 1) * gap, size, bins, tiles: placed };
}

/** The tile an arrow key moves to from `index`: the nearest one in that direction; null if none. */
export function tileInDirection(tiles, index, key) {
  const from = tiles[index];
  const dir = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[key];
  if (!from || !dir) return null;
  let best = null;
  let bestScore = Infinity;
  tiles.forEach((t, i) => {
    const dc = t.col - from.col;
    const dr = t.row - from.row;
    const along = dc * dir[0] + dr * dir[1];
    if (along <= 0) return;
    const across = Math.abs(dc * dir[1]) + Math.abs(dr * dir[0]);
    const score = along + across * 2.5;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
