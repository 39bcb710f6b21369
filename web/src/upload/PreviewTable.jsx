// The first rows of the file as the core read them: a real table, header included, scrolling in its box.

export function PreviewTable({ header, preview, i18n }) {
  return (
    <div class="table-scroll preview-scroll" role="region" aria-labelledby="preview-title" tabindex="0">
      <table class="preview-table">
        <caption class="sr-only">{i18n.t('upload.preview_caption', { n: i18n.count(preview.length) })}</caption>
        <thead>
          <tr>
            <th scope="col" class="preview-table__line">{i18n.t('upload.col.line')}</th>
            {header.map((name, column) => (
              <th scope="col" key={column} title={name}>
                <span class="preview-table__index">{column + 1}</span> {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.map((row) => (
            <tr key={row.line}>
              <th scope="row" class="preview-table__line num">{i18n.count(row.line)}</th>
              {header.map((_, column) => {
                const text = row.fields[column];
                return (
                  <td key={column} title={text}>
                    {text === undefined ? <span class="muted">—</span> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
