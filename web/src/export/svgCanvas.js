// A standalone chart SVG (export/svgExport.js) drawn onto a canvas, for PNG files.
//
// The page's Content-Security-Policy allows images only from the page itself (img-src 'self'), so
// an SVG cannot be loaded into an <img> from a blob: or data: URL. The charts use a small part of
// SVG — rect, line, path, circle, polygon, text, groups with translate/rotate/scale, pattern fills,
// all styled by attributes — so they are drawn here element by element, the same on every page.
import { systemFonts } from './svgExport.js';

const inherited = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-style', 'font-family', 'text-anchor', 'fill-opacity', 'stroke-opacity', 'paint-order'];

function num(value, fallback = 0, fontSize = 12) {
  if (value === null || value === undefined || value === '') return fallback;
  const text = String(value).trim();
  if (text.endsWith('em')) return parseFloat(text) * fontSize;
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : fallback;
}

/** "translate(10 20) rotate(-90)" → the same transforms applied to the context, in order. */
export function applyTransform(ctx, transform) {
  if (!transform) return;
  for (const [, name, args] of String(transform).matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const a = args.split(/[\s,]+/).filter(Boolean).map(Number);
    if (name === 'translate') ctx.translate(a[0] || 0, a[1] || 0);
    else if (name === 'scale') ctx.scale(a[0], a.length > 1 ? a[1] : a[0]);
    else if (name === 'rotate') {
      const rad = ((a[0] || 0) * Math.PI) / 180;
      if (a.length >= 3) {
        ctx.translate(a[1], a[2]);
        ctx.rotate(rad);
        ctx.translate(-a[1], -a[2]);
      } else ctx.rotate(rad);
    } else if (name === 'matrix' && a.length === 6) ctx.transform(a[0], a[1], a[2], a[3], a[4], a[5]);
  }
}

function styleOf(element, parent) {
  const style = { ...parent };
  for (const name of inherited) {
    const value = element.getAttribute(name);
    if (value !== null && value !== '' && value !== 'inherit') style[name] = value;
  }
  style.opacity = (parent.opacity ?? 1) * num(element.getAttribute('opacity'), 1);
  return style;
}

function paintFor(ctx, value, patterns) {
  if (!value || value === 'none' || value === 'transparent') return null;
  const url = /^url\((#[^)]+)\)$/.exec(value);
  if (url) return patterns(url[1].slice(1));
  return value;
}

function fillAndStroke(ctx, style, patterns, draw) {
  const fill = paintFor(ctx, style.fill ?? '#000000', patterns);
  const stroke = paintFor(ctx, style.stroke, patterns);
  if (fill) {
    ctx.globalAlpha = style.opacity * num(style['fill-opacity'], 1);
    ctx.fillStyle = fill;
    draw('fill');
  }
  if (stroke) {
    ctx.globalAlpha = style.opacity * num(style['stroke-opacity'], 1);
    ctx.strokeStyle = stroke;
    ctx.lineWidth = num(style['stroke-width'], 1);
    const dash = style['stroke-dasharray'];
    ctx.setLineDash(dash && dash !== 'none' ? dash.split(/[\s,]+/).map(Number).filter(Number.isFinite) : []);
    draw('stroke');
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;
}

function drawText(ctx, element, style, patterns) {
  const fontSize = num(style['font-size'], 12);
  const text = element.textContent.replace(/\s+/g, ' ').trim(); // as SVG lays text out: no edge spaces
  if (!text) return;
  ctx.font = `${style['font-style'] === 'italic' ? 'italic ' : ''}${style['font-weight'] || 400} ${fontSize}px ${style['font-family'] || systemFonts}`;
  ctx.textAlign = { middle: 'center', end: 'right' }[style['text-anchor']] || 'left';
  ctx.textBaseline = 'alphabetic';
  const x = num(element.getAttribute('x')) + num(element.getAttribute('dx'), 0, fontSize);
  const y = num(element.getAttribute('y')) + num(element.getAttribute('dy'), 0, fontSize);
  const strokeFirst = String(style['paint-order'] || '').startsWith('stroke');
  const fill = paintFor(ctx, style.fill ?? '#000000', patterns);
  const stroke = paintFor(ctx, style.stroke, patterns);
  const doStroke = () => {
    if (!stroke) return;
    ctx.globalAlpha = style.opacity;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = num(style['stroke-width'], 1);
    ctx.lineJoin = 'round';
    ctx.strokeText(text, x, y);
  };
  if (strokeFirst) doStroke();
  if (fill) {
    ctx.globalAlpha = style.opacity * num(style['fill-opacity'], 1);
    ctx.fillStyle = fill;
    ctx.fillText(text, x, y);
  }
  if (!strokeFirst) doStroke();
  ctx.globalAlpha = 1;
}

function drawElement(ctx, element, parentStyle, patterns) {
  const tag = element.localName;
  if (['defs', 'title', 'desc', 'pattern', 'style', 'metadata', 'clipPath', 'mask'].includes(tag)) return;
  if (element.getAttribute('display') === 'none' || element.getAttribute('visibility') === 'hidden') return;
  const style = styleOf(element, parentStyle);
  ctx.save();
  applyTransform(ctx, element.getAttribute('transform'));
  const a = (name, fallback = 0) => num(element.getAttribute(name), fallback);
  if (tag === 'g' || tag === 'svg' || tag === 'a') {
    for (const child of element.children) drawElement(ctx, child, style, patterns);
  } else if (tag === 'rect') {
    const [x, y, w, h, rx] = [a('x'), a('y'), a('width'), a('height'), a('rx', a('ry'))];
    if (w > 0 && h > 0) {
      fillAndStroke(ctx, style, patterns, (mode) => {
        ctx.beginPath();
        if (rx > 0 && ctx.roundRect) ctx.roundRect(x, y, w, h, Math.min(rx, w / 2, h / 2));
        else ctx.rect(x, y, w, h);
        ctx[mode]();
      });
    }
  } else if (tag === 'line') {
    fillAndStroke(ctx, { ...style, fill: 'none' }, patterns, (mode) => {
      ctx.beginPath();
      ctx.moveTo(a('x1'), a('y1'));
      ctx.lineTo(a('x2'), a('y2'));
      ctx[mode]();
    });
  } else if (tag === 'path') {
    const path = new Path2D(element.getAttribute('d') || '');
    fillAndStroke(ctx, style, patterns, (mode) => ctx[mode](path));
  } else if (tag === 'circle') {
    fillAndStroke(ctx, style, patterns, (mode) => {
      ctx.beginPath();
      ctx.arc(a('cx'), a('cy'), a('r'), 0, Math.PI * 2);
      ctx[mode]();
    });
  } else if (tag === 'polygon' || tag === 'polyline') {
    const points = (element.getAttribute('points') || '').trim().split(/[\s,]+/).map(Number);
    fillAndStroke(ctx, tag === 'polyline' ? { ...style, fill: 'none' } : style, patterns, (mode) => {
      ctx.beginPath();
      for (let i = 0; i + 1 < points.length; i += 2) ctx[i ? 'lineTo' : 'moveTo'](points[i], points[i + 1]);
      if (tag === 'polygon') ctx.closePath();
      ctx[mode]();
    });
  } else if (tag === 'text') {
    drawText(ctx, element, style, patterns);
  }
  ctx.restore();
}

/**
 * Draws an SVG document's text onto a new canvas at `scale` × its size.
 * @returns {HTMLCanvasElement}
 */
export function svgToCanvas(svgText, scale = 2) {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg') throw new Error('not an SVG document');
  const width = num(root.getAttribute('width'), 300);
  const height = num(root.getAttribute('height'), 150);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  const cache = new Map();
  const patterns = (id) => {
    if (cache.has(id)) return cache.get(id);
    const element = doc.getElementById(id);
    let pattern = null;
    if (element && element.localName === 'pattern') {
      const pw = num(element.getAttribute('width'), 8);
      const ph = num(element.getAttribute('height'), 8);
      const tile = document.createElement('canvas');
      tile.width = Math.max(1, Math.round(pw * scale));
      tile.height = Math.max(1, Math.round(ph * scale));
      const tctx = tile.getContext('2d');
      tctx.scale(scale, scale);
      for (const child of element.children) drawElement(tctx, child, { opacity: 1 }, patterns);
      pattern = ctx.createPattern(tile, 'repeat');
      if (pattern && pattern.setTransform) pattern.setTransform(new DOMMatrix().scale(1 / scale));
    }
    cache.set(id, pattern);
    return pattern;
  };
  ctx.scale(scale, scale);
  drawElement(ctx, root, { opacity: 1, 'font-family': root.getAttribute('font-family') || systemFonts }, patterns);
  return canvas;
}

/** The SVG as a PNG file's bytes, at twice its size. */
export function svgToPngBlob(svgText, scale = 2) {
  const canvas = svgToCanvas(svgText, scale);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))), 'image/png');
  });
}
