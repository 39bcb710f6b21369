// The drawing of a chart whose marks take the keyboard (ui/chartHooks.js): an <svg> group named by
// the chart's caption and described by its hint, found by the export buttons (data-chart-svg), and
// its marks, each a button named by what it shows.

/**
 * @param {{ svgRef, width: number, height: number, titleId: string, hintId: string, name: string, children }} props
 *   name: the chart's data-chart (tests and styles find the drawing by it)
 */
export function ChartSvg({ svgRef, width, height, titleId, hintId, name, children }) {
  return (
    <svg
      ref={svgRef}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={hintId}
      data-chart-svg
      data-chart={name}
    >
      {children}
    </svg>
  );
}

/**
 * One mark: a button with its value in its name, a stop of the chart's roving focus and of its hover.
 * @param {{ class: string, id: string, label: string, pressed?: boolean, focus: object, hover: object, onActivate(): void, children }} props
 *   focus, hover: the mark's props from useRoving().markProps(i) and useHover().hoverProps(i); pressed: a
 *   mark that opens something shows whether it is open
 */
export function ChartMark({ class: kind, id, label, pressed, focus, hover, onActivate, children, ...rest }) {
  return (
    <g
      class={kind}
      role="button"
      data-id={id}
      aria-label={label}
      aria-pressed={pressed === undefined ? undefined : String(pressed)}
      {...rest}
      {...focus}
      {...hover}
      onClick={onActivate}
    >
      {children}
    </g>
  );
}
