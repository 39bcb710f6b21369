// The elections the page carries, on its first screen: country, date, kind of contest, how it is
// split and how complete its figures are. Choosing one loads it (its tables are fetched then) and
// the scenario link names it (`d=`).
import './picker.css';

/** "regions: 91" / "contests: 45 in regions: 17" — said without agreeing a noun with the number. */
function structureText(i18n, gallery) {
  const areas = i18n.t(`picker.area.${gallery.area_level}`, { n: i18n.count(gallery.areas) });
  if (gallery.structure === 'many_contests') {
    return i18n.t('picker.structure.many_contests', { contests: i18n.count(gallery.contests), areas });
  }
  const below = gallery.municipalities ? i18n.t('picker.area.municipality', { n: i18n.count(gallery.municipalities) }) : null;
  return i18n.t('picker.structure.one_contest_by_area', { areas: below ? `${areas}, ${below}` : areas });
}

export function ElectionPicker({ catalogue, selected, lang, i18n, onChoose }) {
  if (!catalogue || catalogue.length < 2) return null;
  // What the chosen election's figures cover, in full, under the list (the list itself stays short).
  const chosen = catalogue.find((entry) => entry.id === selected);
  const chosenGallery = (chosen && chosen.gallery) || {};
  const chosenNote = chosenGallery.notes ? chosenGallery.notes[lang] || chosenGallery.notes.en : null;
  const chosenCountry = chosenGallery.country_name ? chosenGallery.country_name[lang] || chosenGallery.country_name.en : '';
  return (
    <section class="panel picker" aria-labelledby="picker-title">
      <div class="panel__head">
        <h2 id="picker-title">{i18n.t('picker.title')}</h2>
      </div>
      <p class="panel__intro">{i18n.t('picker.intro')}</p>
      <ul class="picker__list">
        {catalogue.map((entry) => {
          const g = entry.gallery || {};
          const isChosen = entry.id === selected;
          const country = g.country_name ? g.country_name[lang] || g.country_name.en : g.country;
          return (
            <li key={entry.id}>
              <button
                type="button"
                class={`picker__item${isChosen ? ' picker__item--chosen' : ''}`}
                aria-pressed={isChosen ? 'true' : 'false'}
                data-dataset={entry.id}
                onClick={() => onChoose(entry.id)}
              >
                <span class="picker__where">
                  <span class="picker__country">{country}</span>
                  <span class="picker__date">{i18n.date(entry.date)}</span>
                </span>
                <span class="picker__kind">
                  {i18n.t(`picker.kind.${g.contest}`)}
                  <span class="picker__structure"> · {structureText(i18n, g)}</span>
                </span>
                <span class={`picker__coverage${g.complete ? '' : ' picker__coverage--partial'}`}>
                  {i18n.t(g.complete ? 'picker.complete' : 'picker.partial')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {chosenNote && (
        <p class="picker__note" id="picker-note">
          <strong>{chosenCountry}, {i18n.date(chosen.date)}:</strong> {chosenNote}
        </p>
      )}
    </section>
  );
}
