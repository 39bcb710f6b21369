// Conventions the core found from the file's numbers (docs/engine-api.md, "Conventions"): what the
// numbers show, and each reading that fits as one button, which re-analyses the file with it.
function offerText(i18n, offer) {
  const e = offer.example || {};
  return i18n.t(`upload.convention.${offer.code.replace(/^convention\./, '')}`, {
    contests: i18n.count(offer.contests ?? 0),
    of: i18n.count(offer.of ?? 0),
    units: i18n.count(offer.units ?? 0),
    unit: e.unit ?? '',
    candidates: i18n.count(e.candidates ?? 0),
    against_all: i18n.count(e.against_all ?? 0),
    valid_votes: i18n.count(e.valid_votes ?? 0),
  });
}

export function ConventionOffers({ offers, i18n, disabled, onReading }) {
  if (!offers || !offers.length) return null;
  return (
    <section class="convention-offers" id="convention-offers" aria-labelledby="convention-offers-title">
      <h3 id="convention-offers-title">{i18n.t('upload.conventions_title')}</h3>
      <ul class="convention-offers__list">
        {offers.map((offer) => (
          <li key={offer.code} class="notice notice--check convention-offer" data-code={offer.code}>
            <p>{offerText(i18n, offer)}</p>
            <p class="convention-offer__readings">
              {offer.readings.map((reading) => (
                <button
                  type="button"
                  key={reading.id}
                  class="action-button"
                  data-reading={reading.id}
                  disabled={disabled}
                  onClick={() => onReading(reading.mapping)}
                >
                  {i18n.t(`upload.reading.${reading.id}`)}
                </button>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
