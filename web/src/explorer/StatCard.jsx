// One headline number with its label and an optional note below.
export function StatCard({ label, note, children, emphasis = false }) {
  return (
    <div class={`stat${emphasis ? ' stat--emphasis' : ''}`}>
      <dt class="stat__label">{label}</dt>
      <dd class="stat__value">{children}</dd>
      {note && <dd class="stat__note">{note}</dd>}
    </div>
  );
}
