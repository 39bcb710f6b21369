// The table behind a chart: the same data as rows, folded under a summary line, for screen readers,
// for copying, and for the reader who wants the numbers.

/**
 * @param {object} props
 * @param {{ t(key: string): string }} props.i18n
 * @param {string} [props.summary]  the fold's line (charts.table: "Table of the chart's data")
 * @param {string} props.caption  the table's name (read aloud, not shown)
 * @param {{ label: string, num?: boolean }[]} props.columns  number columns are aligned right
 * @param {import('preact').ComponentChildren} props.children  the body's rows
 * @param {import('preact').ComponentChildren} [props.foot]  the footer's rows
 * @param {import('preact').ComponentChildren} [props.before]  above the table (its download buttons)
 * @param {import('preact').ComponentChildren} [props.after]  below it ("show more")
 * @param {object} [props.scroll]  attributes of the scrolling box (a long table: a named, focusable region)
 * @param {string} [props.class]
 */
export function ChartTable({ i18n, summary = i18n.t('charts.table'), caption, columns, children, foot, before, after, scroll = {}, class: kind = 'chart__table' }) {
  return (
    <details class={kind}>
      <summary>{summary}</summary>
      {before}
      <div class="table-scroll-plain" {...scroll}>
        <table>
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, i) => (
                <th key={i} scope="col" class={column.num ? 'col-num' : undefined}>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
          {foot && <tfoot>{foot}</tfoot>}
        </table>
      </div>
      {after}
    </details>
  );
}
