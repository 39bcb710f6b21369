// A chart on the page → a standalone SVG file: the page's CSS turned into attributes, system fonts,
// a title above and the chart's key below (the page shows those in HTML, a file must carry them).

export const systemFonts = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
const SVG_NS = 'http://www.w3.org/2000/svg';

// The computed properties a drawing needs; everything else stays with the page.
const painted = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-size', 'font-weight', 'font-style', 'text-anchor', 'paint-order'];
const defaults = { 'fill-opacity': '1', 'stroke-opacity': '1', opacity: '1', 'stroke-dasharray': 'none', 'font-style': 'normal', 'paint-order': 'normal' };
const dropped = ['class', 'tabindex', 'role', 'focusable', 'style', 'data-index', 'data-id'];

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Colours as the page computes them ("rgb(213, 94, 0)") become "#d55e00"; urls lose their quotes. */
function plainValue(value) {
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(value);
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) === 0) return 'none';
    return `#${[rgb[1], rgb[2], rgb[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  }
  const url = /^url\("?'?(#[^"')]+)"?'?\)$/.exec(value);
  if (url) return `url(${url[1]})`;
  return value.replace(/px\b/g, '').replace(/,\s+/g, ' ');
}

function inlineStyles(source, target) {
  if (source.nodeType !== 1) return;
  const view = source.ownerDocument.defaultView;
  const style = view.getComputedStyle(source);
  if (style.display === 'none' || style.visibility === 'hidden') {
    target.setAttribute('data-drop', '1');
    return;
  }
  for (const property of painted) {
    const value = style.getPropertyValue(property);
    if (!value || value === defaults[property]) continue;
    if (property.startsWith('font') || property === 'text-anchor' || property === 'paint-order') {
      if (source.localName !== 'text' && source.localName !== 'tspan') continue;
    }
    target.setAttribute(property, plainValue(value));
  }
  for (const name of dropped) target.removeAttribute(name);
  for (const attr of [...target.attributes]) if (attr.name.startsWith('aria-')) target.removeAttribute(attr.name);
  const sourceChildren = [...source.childNodes];
  const targetChildren = [...target.childNodes];
  sourceChildren.forEach((child, i) => inlineStyles(child, targetChildren[i]));
}

/** Words wrapped to lines of about `px` pixels (an estimate at `fontSize`). */
export function wrapWords(text, px, fontSize) {
  const perLine = Math.max(8, Math.floor(px / (fontSize * 0.55)));
  const lines = [];
  let line = '';
  for (const word of String(text || '').split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Legend swatches laid out in rows that fit `width`. */
export function legendRows(items, width, fontSize = 12) {
  const rows = [[]];
  let x = 0;
  for (const item of items) {
    const w = 22 + Math.ceil(String(item.label).length * fontSize * 0.56) + 16;
    if (x > 0 && x + w > width) {
      rows.push([]);
      x = 0;
    }
    rows[rows.length - 1].push({ ...item, x });
    x += w;
  }
  return items.length ? rows : [];
}

/**
 * @param {SVGSVGElement} svg the chart as drawn on the page
 * @param {{ title: string, subtitle?: string, legend?: {label, fill, stroke?}[], note?: string, lang?: string }} words
 * @returns {string} a complete SVG document
 */
export function standaloneSvg(svg, { title, subtitle, legend = [], note, lang }) {
  const width = Math.round(Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width);
  const chartHeight = Math.round(Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height);
  const pad = 12;
  const clone = svg.cloneNode(true);
  inlineStyles(svg, clone);
  clone.querySelectorAll('[data-drop]').forEach((node) => node.remove());

  const titleLines = wrapWords(title, width - 2 * pad, 15);
  const subtitleLines = subtitle ? wrapWords(subtitle, width - 2 * pad, 12) : [];
  let y = pad;
  const head = [];
  for (const line of titleLines) {
    y += 18;
    head.push(`<text x="${pad}" y="${y}" font-size="15" font-weight="700" fill="#1b1f24">${escapeXml(line)}</text>`);
  }
  for (const line of subtitleLines) {
    y += 16;
    head.push(`<text x="${pad}" y="${y}" font-size="12" fill="#555d68">${escapeXml(line)}</text>`);
  }
  const chartTop = y + 8;
  let bottom = chartTop + chartHeight + 6;
  const foot = [];
  for (const row of legendRows(legend, width - 2 * pad)) {
    for (const item of row) {
      foot.push(`<rect x="${pad + item.x + 0.5}" y="${bottom + 0.5}" width="17" height="13" fill="${escapeXml(item.fill)}" stroke="${escapeXml(item.stroke || '#555d68')}"/>`);
      foot.push(`<text x="${pad + item.x + 22}" y="${bottom + 11}" font-size="12" fill="#1b1f24">${escapeXml(item.label)}</text>`);
    }
    bottom += 20;
  }
  if (note) {
    for (const line of wrapWords(note, width - 2 * pad, 11)) {
      bottom += 14;
      foot.push(`<text x="${pad}" y="${bottom}" font-size="11" fill="#555d68">${escapeXml(line)}</text>`);
    }
  }
  const height = bottom + pad;
  const inner = new XMLSerializer().serializeToString(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${lang ? ` xml:lang="${lang}"` : ''} font-family="${escapeXml(systemFonts)}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    subtitle ? `<desc>${escapeXml(subtitle)}</desc>` : '',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...head,
    `<g transform="translate(0 ${chartTop})">${inner}</g>`,
    ...foot,
    '</svg>',
    '',
  ].filter((part) => part !== '').join('\n');
}
