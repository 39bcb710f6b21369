// ru / қаз / en: three toggle buttons; the pressed one is the page's language.
export function LanguageSwitcher({ lang, languages, i18n, onChange }) {
  return (
    <div class="language-switcher" role="group" aria-label={i18n.t('app.language')}>
      {languages.map((code) => (
        <button
          type="button"
          key={code}
          lang={code}
          aria-pressed={code === lang ? 'true' : 'false'}
          title={i18n.t(`lang.${code}.name`)}
          onClick={() => onChange(code)}
        >
          {i18n.t(`lang.${code}`)}
          {/* The name read aloud starts with the visible word (WCAG 2.5.3, label in name). */}
          <span class="sr-only"> ({i18n.t(`lang.${code}.name`)})</span>
        </button>
      ))}
    </div>
  );
}
