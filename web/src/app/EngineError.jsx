// An error value from the engine, translated by its code, with where the bad input is.
import { errorMessage, errorLocation } from '../i18n/errorText.js';

export function EngineError({ error, i18n }) {
  const location = errorLocation(i18n, error);
  return (
    <section class="panel panel--error" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{i18n.t('error.title')}</h2>
      <p class="error-message">{errorMessage(i18n, error)}</p>
      {location && (
        <p class="error-location">
          <span class="label">{i18n.t('error.location')}: </span>
          {location}
        </p>
      )}
      {error && error.code && <p class="error-code"><code>{error.code}</code></p>}
    </section>
  );
}
