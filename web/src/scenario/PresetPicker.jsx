// The countries' rules as radio buttons: name, countries, one line of what it does; the chosen one's
// note on how real law differs.
export function presetName(i18n, id) {
  const key = `preset.${id}.name`;
  return i18n.has(key) ? i18n.t(key) : id;
}

export function countriesText(i18n, countries) {
  return i18n.list((countries || []).map((code) => (i18n.has(`country.${code}`) ? i18n.t(`country.${code}`) : code)));
}

export function PresetPicker({ presets, selected, edited = false, i18n, onChoose }) {
  const chosen = presets.find((p) => p.id === selected);
  const noteKey = chosen ? `preset.${chosen.id}.note` : null;
  return (
    <fieldset class="preset-picker">
      <legend>{i18n.t('scenario.presets')}</legend>
      <div class="preset-list">
        {presets.map((preset) => {
          const id = `preset-${preset.id}`;
          const descKey = `preset.${preset.id}.description`;
          // An edited rule is no longer this country's: the preset it started from is marked, not highlighted.
          const state = preset.id !== selected ? '' : edited ? ' is-edited' : ' is-selected';
          return (
            <label key={preset.id} class={`preset${state}`} for={id}>
              <input
                type="radio"
                name="preset"
                id={id}
                value={preset.id}
                checked={preset.id === selected}
                aria-describedby={`${id}-desc`}
                onChange={() => onChoose(preset.id)}
              />
              <span class="preset__body">
                <span class="preset__name">
                  {preset.id === selected && edited ? i18n.t('scenario.custom', { name: presetName(i18n, preset.id) }) : presetName(i18n, preset.id)}
                  {preset.differs_from_law && (
                    <span class="badge badge--simplified" title={i18n.t('scenario.simplified_title')}>
                      {i18n.t('scenario.simplified')}
                    </span>
                  )}
                </span>
                <span class="preset__countries">{countriesText(i18n, preset.countries)}</span>
                <span class="preset__desc" id={`${id}-desc`}>
                  {i18n.has(descKey) ? i18n.t(descKey) : ''}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {noteKey && i18n.has(noteKey) && (
        <p class="preset-note" id="preset-note">
          <span class="label">{i18n.t('scenario.law_note')}: </span>
          {i18n.t(noteKey)}
        </p>
      )}
    </fieldset>
  );
}
