// The chart's fills: a colour-blind-safe palette (Okabe–Ito) and a pattern each, and their key.
import { stackOrder } from './swingChart.js';
import { outcomeGlyphs } from '../scenario/OutcomeMark.jsx';
import { Swatch } from '../ui/LegendItems.jsx';

export const swingStyles = {
  void: { fill: '#d55e00', ink: '#ffffff', pattern: 'hatch' },
  runoff: { fill: '#56b4e9', ink: '#0b3d63', pattern: 'dots' },
  undecided: { fill: '#d9dde2', ink: '#6b7480', pattern: 'cross' },
  valid: { fill: '#8fd3bd', ink: '#00734f', pattern: 'none' },
};

function PatternMarks({ pattern, ink }) {
  if (pattern === 'hatch') return <path d="M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2" stroke={ink} stroke-width="1.6" />;
  if (pattern === 'dots') return <circle cx="4" cy="4" r="1.4" fill={ink} />;
  if (pattern === 'cross') return <path d="M0,0 L8,8 M8,0 L0,8" stroke={ink} stroke-width="0.8" />;
  return null;
}

/** The <defs> every chart and legend swatch refers to (ids are page-wide; one chart per page). */
export function SwingPatterns() {
  return (
    <defs>
      {stackOrder.map((kind) => {
        const s = swingStyles[kind];
        return (
          <pattern key={kind} id={`swing-pattern-${kind}`} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={s.fill} />
            <PatternMarks pattern={s.pattern} ink={s.ink} />
          </pattern>
        );
      })}
    </defs>
  );
}

export function SwingLegend({ i18n }) {
  return (
    <ul class="swing-legend">
      {stackOrder.map((kind) => (
        <li key={kind}>
          <Swatch fill={`url(#swing-pattern-${kind})`} />
          <span class={`outcome__glyph outcome--${kind}`} aria-hidden="true">{outcomeGlyphs[kind]}</span>
          {i18n.t(`outcome.title.${kind}`)}
        </li>
      ))}
    </ul>
  );
}
