// The way in: a file input and a drop zone, saying that the file stays in the browser.
import { useState } from 'preact/hooks';

export function FileDrop({ i18n, hasFile, onFile }) {
  const [over, setOver] = useState(false); // only the drop zone's look while a file is dragged over it
  const take = (files) => {
    const file = files && files[0];
    if (file) onFile(file);
  };
  return (
    <div
      class={`file-drop${over ? ' is-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        take(event.dataTransfer && event.dataTransfer.files);
      }}
    >
      <input
        id="upload-file"
        class="file-drop__input"
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,.xlsm,.gz,.zip,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/gzip,application/zip"
        aria-describedby="upload-privacy upload-formats"
        onChange={(event) => {
          const input = event.currentTarget;
          const files = input.files ? [...input.files] : [];
          input.value = ''; // the same file chosen again is read again
          take(files);
        }}
      />
      <label for="upload-file" class="action-button action-button--primary file-drop__button">
        {i18n.t(hasFile ? 'upload.choose_another' : 'upload.choose')}
      </label>
      <span class="file-drop__or">{i18n.t('upload.or_drop')}</span>
      <p class="file-drop__formats" id="upload-formats">{i18n.t('upload.formats_all')}</p>
      <p class="file-drop__privacy" id="upload-privacy">
        <svg class="file-drop__lock" aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
          <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" stroke-width="1.8" />
        </svg>{' '}
        {i18n.t('upload.privacy')}
      </p>
    </div>
  );
}
