// The other way in: paste cells from a spreadsheet or a web page's table. What is pasted becomes a
// small tab-separated file that goes through the same inspect → mapping → analysis as an opened file.
import { useState } from 'preact/hooks';
import { pastedTable, pastedFile } from './pasteTable.js';

export function PasteBox({ i18n, onFile }) {
  const [text, setText] = useState('');
  const [note, setNote] = useState(null); // { key, rows, columns } of the last paste
  const [empty, setEmpty] = useState(false);

  const onPaste = (event) => {
    const data = event.clipboardData;
    if (!data) return;
    const table = pastedTable({ html: data.getData('text/html'), text: data.getData('text/plain') });
    if (!table) return;
    event.preventDefault();
    setText(table.text);
    setEmpty(false);
    setNote(table.from === 'html' ? { key: 'upload.paste.from_html', rows: table.rows, columns: table.columns }
      : { key: 'upload.paste.from_text', rows: table.rows, columns: 0 });
  };

  const use = () => {
    if (!text.trim()) {
      setEmpty(true);
      return;
    }
    onFile(pastedFile(text));
  };

  return (
    <section class="paste-box" id="paste-box" aria-labelledby="paste-title">
      <h3 id="paste-title">{i18n.t('upload.paste.title')}</h3>
      <p class="field-hint" id="paste-hint">{i18n.t('upload.paste.hint')}</p>
      <label class="sr-only" for="paste-table">{i18n.t('upload.paste.label')}</label>
      <textarea
        id="paste-table"
        class="paste-box__text"
        rows="4"
        spellcheck={false}
        aria-describedby="paste-hint"
        value={text}
        onPaste={onPaste}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setNote(null);
          setEmpty(false);
        }}
      />
      {note && (
        <p class="paste-box__note" id="paste-note" role="status">
          {i18n.t(note.key, { rows: i18n.count(note.rows), columns: i18n.count(note.columns) })}
        </p>
      )}
      {empty && <p class="notice notice--warning" id="paste-empty" role="alert">{i18n.t('upload.paste.empty')}</p>}
      <button type="button" class="action-button" id="paste-use" onClick={use}>{i18n.t('upload.paste.use')}</button>
    </section>
  );
}
