// Says that a new version of the page has been downloaded. Nothing changes until the user
// reloads through it: the running page never mixes old and new files (web/src/offline/).
import { useEffect, useState } from 'preact/hooks';

export function UpdateBanner({ updates, i18n }) {
  const [ready, setReady] = useState(Boolean(updates && updates.ready));
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (!updates) return undefined;
    const unsubscribe = updates.subscribe(setReady);
    setReady(updates.ready); // it may have become ready between the first render and now
    return unsubscribe;
  }, [updates]);
  // The live region stays in the page (empty) so that screen readers announce the text when it appears.
  return (
    <div class="update-status" role="status">
      {ready && !dismissed && (
        <div class="update-banner">
          <p class="update-banner__text">{i18n.t('update.ready')}</p>
          <button type="button" class="update-banner__reload" onClick={() => updates.apply()}>
            {i18n.t('update.reload')}
          </button>
          <button type="button" class="update-banner__later" onClick={() => setDismissed(true)}>
            {i18n.t('update.later')}
          </button>
        </div>
      )}
    </div>
  );
}
