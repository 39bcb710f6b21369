// The page header: the tool's name, the election's title and date, the language switcher.
import { LanguageSwitcher } from './LanguageSwitcher.jsx';

export function Header({ election, lang, languages, i18n, onLanguage }) {
  const title = election && election.title ? election.title[lang] || election.title.ru : null;
  // Most titles already name the date; repeat it only when the title does not give the year.
  const showDate = title && election.date && !title.includes(String(election.date).slice(0, 4));
  return (
    <header class="site-header">
      <div class="site-header__inner">
        <div class="site-header__brand">
          {/* Until an election is loaded (or when it fails), the tool's name is the page's heading. */}
          {title ? <p class="brand">{i18n.t('app.name')}</p> : <h1 class="brand">{i18n.t('app.name')}</h1>}
          <p class="tagline">{i18n.t('app.tagline')}</p>
        </div>
        <LanguageSwitcher lang={lang} languages={languages} i18n={i18n} onChange={onLanguage} />
      </div>
      {title && (
        <div class="site-header__title">
          <h1>{title}</h1>
          {showDate && (
            <p class="subtitle">
              <time dateTime={election.date}>{i18n.date(election.date)}</time>
            </p>
          )}
        </div>
      )}
    </header>
  );
}
