// Shown instead of the page when the browser cannot run the wasm core (too old for wasm SIMD or
// wasm exceptions): a plain, translated explanation rather than a page that cannot count.
export function UnsupportedBrowser({ i18n, missing }) {
  return (
    <main id="unsupported-browser" data-missing={missing.join(' ')}>
      <h1>{i18n.t('app.name')}</h1>
      <p class="notice notice--error" role="alert">
        {i18n.t('unsupported.title')}
      </p>
      <p>{i18n.t('unsupported.body')}</p>
    </main>
  );
}
