// The frame every chart on the page shares: a <figure> named by its caption, an optional key and a
// hint on how to read it by pointer and keyboard, the chart itself (children), its download buttons
// and the table behind it (ChartTable.jsx). Export buttons find the chart's <svg> inside this figure.

/**
 * @param {object} props
 * @param {string} props.class  the figure's classes ("chart chart--regions")
 * @param {string} props.titleId  the caption's id: it names the figure and the chart inside
 * @param {string} props.title
 * @param {string} [props.titleClass]
 * @param {import('preact').ComponentChildren} [props.legend]  the key, drawn above the hint
 * @param {{ id: string, text: string, pointer?: boolean }} [props.hint]  pointer: only for a mouse or a keyboard
 * @param {import('preact').ComponentChildren} [props.exports]  the download buttons (ui/ExportButtons.jsx)
 * @param {import('preact').ComponentChildren} [props.table]  the table behind the chart (ui/ChartTable.jsx)
 */
export function ChartFrame({ class: kind, titleId, title, titleClass = 'chart__title', legend, hint, exports, table, children, ...rest }) {
  return (
    <figure class={kind} aria-labelledby={titleId} {...rest}>
      <figcaption id={titleId} class={titleClass}>{title}</figcaption>
      {legend}
      {hint && <p class={`chart__hint${hint.pointer ? ' hint--pointer' : ''}`} id={hint.id}>{hint.text}</p>}
      {children}
      {exports}
      {table}
    </figure>
  );
}
