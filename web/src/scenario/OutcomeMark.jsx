// An outcome as a glyph and a word, so it never rests on colour alone.
export const outcomeGlyphs = { valid: '✓', void: '✕', runoff: '⇄', undecided: '?' };

export function OutcomeMark({ outcome, i18n }) {
  return (
    <span class={`outcome outcome--${outcome}`} data-outcome={outcome}>
      <span class="outcome__glyph" aria-hidden="true">{outcomeGlyphs[outcome]}</span>
      {i18n.t(`outcome.${outcome}`)}
    </span>
  );
}
