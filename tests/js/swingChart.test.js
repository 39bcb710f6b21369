// The swing chart's scale, ticks, geometry and words (web/src/charts/swingChart.js): no DOM needed.
import { describe, it, expect } from 'vitest';
import {
  linearScale, niceStep, ticks, curveTotal, chartGeometry, nearestIndex, indexAtPixel, stepIndex, curveChanges,
  swingText, pointText, stackOrder,
} from '../../web/src/charts/swingChart.js';
import { createI18n } from '../../web/src/i18n/index.js';
import { NBSP } from '../../web/src/i18n/format.js';

const curve = Array.from({ length: 61 }, (_, i) => {
  const swing = i / 2;
  const voided = Math.min(10, Math.floor(swing / 3));
  return { swing, valid: 15 - voided, void: voided, runoff: 0, undecided: 30 };
});

describe('scales and ticks', () => {
  it('maps a domain linearly onto pixels and back', () => {
    const x = linearScale([0, 30], [40, 340]);
    expect(x(0)).toBe(40);
    expect(x(30)).toBe(340);
    expect(x(15)).toBe(190);
    expect(x.invert(190)).toBe(15);
    const flat = linearScale([5, 5], [0, 100]);
    expect(flat(5)).toBe(0);
    expect(flat.invert(50)).toBe(5);
  });

  it('picks round steps', () => {
    expect(niceStep(45, 5)).toBe(10);
    expect(niceStep(30, 6)).toBe(5);
    expect(niceStep(3, 5)).toBe(1); // counts are whole: never a fractional step
    expect(niceStep(0)).toBe(1);
  });

  it('ends the ticks at the total, dropping a round tick too close to it', () => {
    expect(ticks(45, 5)).toEqual([0, 10, 20, 30, 45]);
    expect(ticks(50, 5)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(ticks(30, 6, { step: 5 })).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(ticks(1, 3)).toEqual([0, 1]);
  });
});

describe('geometry', () => {
  const g = chartGeometry(curve, { width: 600, height: 260, margin: { top: 20, right: 10, bottom: 40, left: 40 } });

  it('spans the plot: swing 0–30 left to right, 0–total contests bottom to top', () => {
    expect(curveTotal(curve)).toBe(45);
    expect(g.total).toBe(45);
    expect(g.x(0)).toBe(40);
    expect(g.x(30)).toBe(590);
    expect(g.y(0)).toBe(220);
    expect(g.y(45)).toBe(20);
    expect(g.xTicks).toEqual([0, 5, 10, 15, 20, 25, 30]);
  });

  it('stacks the outcomes in order, each band from the one below to its own top', () => {
    expect(g.bands.map((b) => b.kind)).toEqual(stackOrder);
    const [voided, runoff, undecided, valid] = g.bands;
    const at = 20; // swing 10: 3 void
    expect(voided.lower[at]).toBe(0);
    expect(voided.upper[at]).toBe(3);
    expect(runoff.upper[at]).toBe(3);
    expect(undecided.upper[at]).toBe(33);
    expect(valid.upper[at]).toBe(45);
    for (const band of g.bands) expect(band.path).toMatch(/^M40,\d+(\.\d+)?L.*Z$/);
  });

  it('uses fewer x ticks on a narrow plot', () => {
    const narrow = chartGeometry(curve, { width: 300, height: 220 });
    expect(narrow.xTicks).toEqual([0, 10, 20, 30]);
  });

  it('draws nothing for an empty curve, without failing', () => {
    const empty = chartGeometry([], { width: 300, height: 200 });
    expect(empty.total).toBe(0);
    expect(empty.bands.every((b) => b.path === '')).toBe(true);
  });
});

describe('reading the curve', () => {
  const g = chartGeometry(curve, { width: 600, height: 260, margin: { top: 20, right: 10, bottom: 40, left: 40 } });

  it('finds the point nearest a swing or a pointer', () => {
    expect(nearestIndex(curve, 0)).toBe(0);
    expect(nearestIndex(curve, 2.6)).toBe(5);
    expect(nearestIndex(curve, 99)).toBe(60);
    expect(indexAtPixel(curve, g, g.x(12.5))).toBe(25);
    expect(indexAtPixel(curve, g, -100)).toBe(0);
    expect(indexAtPixel(curve, g, 10000)).toBe(60);
  });

  it('steps with the keyboard and stays within the curve', () => {
    expect(stepIndex(5, 'ArrowRight', 61)).toBe(6);
    expect(stepIndex(5, 'ArrowLeft', 61)).toBe(4);
    expect(stepIndex(0, 'ArrowLeft', 61)).toBe(0);
    expect(stepIndex(55, 'PageUp', 61)).toBe(60);
    expect(stepIndex(5, 'PageDown', 61)).toBe(0);
    expect(stepIndex(30, 'Home', 61)).toBe(0);
    expect(stepIndex(30, 'End', 61)).toBe(60);
    expect(stepIndex(30, 'a', 61)).toBeNull();
  });

  it('keeps only the points where a count changes, with the first and the last', () => {
    const changes = curveChanges(curve);
    expect(changes[0].swing).toBe(0);
    expect(changes[changes.length - 1].swing).toBe(30);
    expect(changes.map((p) => p.swing)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
  });

  it('says a point in each language, numbers formatted per locale', () => {
    const ru = createI18n('ru');
    const en = createI18n('en');
    expect(swingText(ru, 2.5)).toBe('+2,5 п.п.');
    expect(swingText(en, 2.5)).toBe('+2.5 pp');
    expect(swingText(en, 0)).toBe('0 pp');
    const point = { swing: 12.5, valid: 1234, void: 3, runoff: 0, undecided: 30 };
    expect(pointText(en, point)).toBe('+12.5 pp: void 3, runoff 0, undecidable 30, valid 1,234');
    expect(pointText(ru, point)).toBe(`+12,5 п.п.: не состоялись 3, второй тур 0, не определить 30, состоялись 1${NBSP}234`);
    expect(pointText(en, null)).toBe('');
  });
});
