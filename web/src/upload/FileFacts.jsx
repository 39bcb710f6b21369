// What the core found out about the file before any mapping: size, encoding, delimiter, rows.
import { bytesText, encodingText, delimiterText } from './uploadText.js';

export function FileFacts({ file, inspection, i18n }) {
  const alternatives = inspection.delimiter_alternatives || [];
  return (
    <>
      <dl class="file-facts" id="file-facts">
        <div class="file-facts__item">
          <dt>{i18n.t('upload.fact.file')}</dt>
          <dd class="file-facts__name">{inspection.file || file.name}</dd>
        </div>
        <div class="file-facts__item">
          <dt>{i18n.t('upload.fact.size')}</dt>
          <dd class="num">{bytesText(i18n, inspection.bytes ?? file.size)}</dd>
        </div>
        <div class="file-facts__item" data-fact="encoding">
          <dt>{i18n.t('upload.fact.encoding')}</dt>
          <dd>{encodingText(i18n, inspection.encoding)}</dd>
        </div>
        <div class="file-facts__item" data-fact="delimiter">
          <dt>{i18n.t('upload.fact.delimiter')}</dt>
          <dd>{delimiterText(i18n, inspection.delimiter)}</dd>
        </div>
        <div class="file-facts__item" data-fact="rows">
          <dt>{i18n.t('upload.fact.rows')}</dt>
          <dd class="num">{i18n.count(inspection.rows)}</dd>
        </div>
        <div class="file-facts__item">
          <dt>{i18n.t('upload.fact.columns')}</dt>
          <dd class="num">{i18n.count((inspection.header || []).length)}</dd>
        </div>
      </dl>
      {alternatives.length > 0 && (
        <p class="notice">{i18n.t('upload.delimiter_alternatives', { list: i18n.list(alternatives.map((d) => delimiterText(i18n, d))) })}</p>
      )}
      {inspection.rows === 0 && (
        <p class="notice notice--warning" id="no-data-rows">{i18n.t('upload.no_rows')}</p>
      )}
      {inspection.problems_total > 0 && (
        <p class="notice notice--warning">{i18n.t('upload.inspect_problems', { n: i18n.count(inspection.problems_total) })}</p>
      )}
    </>
  );
}
