// "What this link contains", before anyone shares it: which data (bundled, the user's own inside the
// link, or their file named by its fingerprint), the rule, the swing, the open region, the language.

export function LinkContents({ parts, kind, i18n }) {
  return (
    <p class={`link-contents link-contents--${kind || 'bundled'}`} id="link-contents" data-kind={kind || ''}>
      <span class="label">{i18n.t('link.contains')}: </span>
      {parts.join('; ')}
    </p>
  );
}
