// The value of the mark under the pointer or the keyboard, beside the mark. Hidden from screen
// readers: the focused mark's own name says the same.
export function ChartTip({ x, y, width, lines, below = false }) {
  if (!lines || !lines.length) return null;
  const left = Math.min(Math.max(x, 90), Math.max(90, width - 90));
  return (
    <div class={`chart-tip${below ? ' chart-tip--below' : ''}`} aria-hidden="true" style={{ left: `${left}px`, top: `${y}px` }}>
      {lines.map((line, i) => (
        <span key={i} class={i === 0 ? 'chart-tip__title' : 'chart-tip__value'}>{line}</span>
      ))}
    </div>
  );
}
