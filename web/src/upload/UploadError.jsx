// A file the core cannot read (binary, bad encoding, empty, header only): what is wrong and where.
import { errorMessage, errorLocation } from '../i18n/errorText.js';

export function UploadError({ error, fileName, i18n }) {
  const location = errorLocation(i18n, error);
  return (
    <div class="upload-error" role="alert" aria-labelledby="upload-error-title">
      <h3 id="upload-error-title" tabindex="-1">{i18n.t('upload.error_title', { file: fileName || '' })}</h3>
      <p class="error-message" id="upload-error-message">{errorMessage(i18n, error)}</p>
      {location && (
        <p class="error-location" id="upload-error-location">
          <span class="label">{i18n.t('error.location')}: </span>
          {location}
        </p>
      )}
      {error && error.code && <p class="error-code"><code>{error.code}</code></p>}
    </div>
  );
}
