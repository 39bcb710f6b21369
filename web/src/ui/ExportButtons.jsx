// "Download: CSV JSON" beside a table, "SVG PNG" beside a chart. Files are made in the page and
// saved from a Blob: nothing leaves the browser.
import { useContext, useRef, useState } from 'preact/hooks';
import { ExportContext, exportNote } from '../export/context.js';
import { toCsv, toJson } from '../export/csv.js';
import { fileName, downloadText, downloadBlob } from '../export/download.js';
import { standaloneSvg } from '../export/svgExport.js';
import { svgToPngBlob } from '../export/svgCanvas.js';
import * as tables from '../export/tables.js';
import { electionsTable } from '../gallery/electionsTable.js';

export function ExportButtons({ what, formats, onExport, i18n, id, label }) {
  const [status, setStatus] = useState('');
  const run = async (format) => {
    try {
      const name = await onExport(format);
      setStatus(name ? i18n.t('export.saved', { name }) : '');
    } catch (error) {
      setStatus(i18n.t('export.failed'));
    }
  };
  return (
    <div class="export" role="group" aria-label={i18n.t('export.group', { what })} id={id}>
      <span class="export__label" aria-hidden="true">{label || i18n.t('export.download')}</span>
      {formats.map((format) => (
        <button
          key={format}
          type="button"
          class="export__button"
          data-format={format}
          aria-label={i18n.t('export.as', { format: format.toUpperCase(), what })}
          onClick={() => run(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      <span class="export__status sr-only" role="status">{status}</span>
    </div>
  );
}

const builders = {
  regions: (ctx, { regions }) => tables.regionsTable(regions || ctx.regions, ctx),
  contests: (ctx, { region }) => tables.contestsTable(ctx.summary, region, ctx),
  candidates: (ctx, { region }) => tables.candidatesTable(ctx.summary, region, ctx),
  findings: (ctx, { findings }) => tables.findingsTable(findings, ctx),
  comparison: (ctx, { comparison }) => tables.comparisonTable(comparison, ctx),
  swing: (ctx, { curve }) => tables.swingCurveTable(curve, ctx),
  elections: (ctx, { rows, presets, rule }) => electionsTable(rows, presets, rule, ctx),
};

/**
 * CSV and JSON of one of the page's tables (`table`: regions, contests, candidates, findings, comparison, swing),
 * or of a table a feature builds itself (`build(ctx)` → { id, columns, rows }; `table` then only names the buttons).
 */
export function TableExport({ table, what, label, nameParts = [], build, ...data }) {
  const ctx = useContext(ExportContext);
  if (!ctx) return null;
  const { i18n } = ctx;
  const onExport = (format) => {
    const built = build ? build(ctx) : builders[table](ctx, data);
    const name = fileName([ctx.datasetId, built.id, ...nameParts, i18n.lang], format);
    const meta = { app: 'against-all', dataset: ctx.datasetId, language: i18n.lang, title: what };
    if (table === 'regions' && ctx.summary) {
      meta.national = tables.regionsTable([ctx.summary.national], { i18n }).rows[0];
    }
    downloadText(format === 'csv' ? toCsv(built) : toJson(built, meta), name, format);
    return name;
  };
  return <ExportButtons what={what} label={label} formats={['csv', 'json']} onExport={onExport} i18n={i18n} id={`export-${table}`} />;
}

/** SVG and PNG of the chart in the same <figure> (found by `selector`). */
export function ChartExport({ chart, what, title, legend, selector = '[data-chart-svg]', nameParts = [] }) {
  const ctx = useContext(ExportContext);
  const ref = useRef(null);
  if (!ctx) return null;
  const { i18n } = ctx;
  const onExport = async (format) => {
    const figure = ref.current && ref.current.closest('figure');
    const svg = figure && figure.querySelector(selector);
    if (!svg) throw new Error('no chart');
    const text = standaloneSvg(svg, { title, legend, note: exportNote(ctx), lang: i18n.lang });
    const name = fileName([ctx.datasetId, chart, ...nameParts, i18n.lang], format);
    if (format === 'svg') downloadText(text, name, 'svg');
    else downloadBlob(await svgToPngBlob(text, 2), name);
    return name;
  };
  return (
    <div ref={ref} class="export-holder">
      <ExportButtons what={what} formats={['svg', 'png']} onExport={onExport} i18n={i18n} />
    </div>
  );
}
