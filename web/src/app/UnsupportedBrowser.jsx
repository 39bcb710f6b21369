// Shown instead of the page when the browser lacks a WebAssembly feature the core's build needs
// (engine/wasmSupport.js): which browsers work, and which features this one is missing.
export function UnsupportedBrowser({ i18n, missing }) {
  return (
    <main id="main" class="unsupported">
      <section class="panel panel--error" role="alert" aria-labelledby="unsupported-title">
        <h1 id="unsupported-title">{i18n.t('unsupported.title')}</h1>
        <p>{i18n.t('unsupported.body')}</p>
        <p>{i18n.t('unsupported.browsers')}</p>
        <p class="unsupported__missing">{i18n.t('unsupported.missing', { features: i18n.list(missing) })}</p>
      </section>
    </main>
  );
}
