// Shown while the engine counts.
export function Loading({ i18n }) {
  return (
    <p class="status" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {i18n.t('status.loading')}
    </p>
  );
}
