// A chart's key: a swatch (a colour or a pattern) and its label, an item each.

/** The swatch of a key's item: the fill of the chart's marks, in a small box. */
export function Swatch({ fill }) {
  return (
    <svg width="18" height="14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="17" height="13" fill={fill} stroke="#555d68" />
    </svg>
  );
}

/**
 * @param {{ items: { label: string, fill: string }[], class?: string, labelledBy?: string }} props
 */
export function LegendItems({ items, class: kind = 'chart-legend__items', labelledBy }) {
  return (
    <ul class={kind} aria-labelledby={labelledBy}>
      {items.map((item) => (
        <li key={item.label}>
          <Swatch fill={item.fill} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
