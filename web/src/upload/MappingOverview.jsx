// What the analysis will count, as the roles give it: each measure as a sum of columns, the
// candidates (wide) or the option and votes columns and the options (long), and the columns kept
// but not used. Errors about a measure or the candidates show here, beside them.
import { countMeasures, percentMeasures, columnsWithRole, role, optionTargets, optionTexts, unusedColumns } from './mappingForm.js';
import { FieldError } from './FieldError.jsx';

function columnList(header, columns, i18n, join = ' + ') {
  if (!columns.length) return <span class="muted">{i18n.t('upload.not_mapped')}</span>;
  return columns.map((c, i) => (
    <span key={c}>
      {i > 0 && <span class="mapping-overview__op">{join}</span>}
      <q class="column-name">{header[c]}</q>
    </span>
  ));
}

export function MappingOverview({ form, header, preview, errors, i18n, disabled, onOption }) {
  const candidates = columnsWithRole(form, role.candidate);
  const unused = unusedColumns(form);
  return (
    <div class="mapping-overview">
      <h4 id="overview-title">{i18n.t('upload.overview')}</h4>
      <dl class="mapping-overview__list">
        {[...countMeasures, ...percentMeasures].map((m) => {
          const columns = columnsWithRole(form, role.measure(m));
          const error = errors[`measures.${m}`];
          if (!columns.length && !error && percentMeasures.includes(m)) return null;
          return (
            <div class="mapping-overview__item" key={m} data-measure={m}>
              <dt>{i18n.t(`measure.${m}`)}</dt>
              <dd>
                {columnList(header, columns, i18n)}
                {columns.length > 1 && <span class="field-hint"> {i18n.plural('upload.sum_note', columns.length)}</span>}
                <FieldError error={error} id={`error-measure-${m}`} i18n={i18n} />
              </dd>
            </div>
          );
        })}
        {form.shape === 'wide' && (
          <div class="mapping-overview__item" data-measure="candidates">
            <dt>{i18n.t('upload.candidates', { n: i18n.count(candidates.length) })}</dt>
            <dd>
              {columnList(header, candidates, i18n, ', ')}
              <FieldError error={errors.candidates} id="error-candidates" i18n={i18n} />
            </dd>
          </div>
        )}
        {form.shape === 'long' && (
          <>
            <div class="mapping-overview__item" data-measure="option_column">
              <dt>{i18n.t('upload.role.option')}</dt>
              <dd>
                {columnList(header, columnsWithRole(form, role.option), i18n)}
                <FieldError error={errors['long.option_column']} id="error-option-column" i18n={i18n} />
              </dd>
            </div>
            <div class="mapping-overview__item" data-measure="votes_column">
              <dt>{i18n.t('upload.role.votes')}</dt>
              <dd>
                {columnList(header, columnsWithRole(form, role.votes), i18n)}
                <FieldError error={errors['long.votes_column']} id="error-votes-column" i18n={i18n} />
              </dd>
            </div>
          </>
        )}
      </dl>
      {form.shape === 'long' && <LongOptions form={form} preview={preview} error={errors['long.options']} i18n={i18n} disabled={disabled} onOption={onOption} />}
      <h4 id="unused-title">{i18n.t('upload.unused', { n: i18n.count(unused.length) })}</h4>
      {unused.length ? (
        <>
          <p class="field-hint">{i18n.t('upload.unused_hint')}</p>
          <ul class="unused-columns" aria-labelledby="unused-title">
            {unused.map((c) => (
              <li key={c}>
                <span class="num muted">{c + 1}</span> {header[c]}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="muted">{i18n.t('upload.unused_none')}</p>
      )}
    </div>
  );
}

function LongOptions({ form, preview, error, i18n, disabled, onOption }) {
  const texts = optionTexts(form, preview);
  const targetOf = (text) => (form.options.find((o) => o.text === text) || { target: 'candidate' }).target;
  return (
    <div class="long-options">
      <h4 id="long-options-title">{i18n.t('upload.options')}</h4>
      <p class="field-hint">{i18n.t('upload.options_hint')}</p>
      <FieldError error={error} id="error-options" i18n={i18n} />
      <ul class="long-options__list" aria-labelledby="long-options-title">
        {texts.map((text, i) => (
          <li key={text} class="long-option">
            <label for={`option-${i}`} class="long-option__text">{text}</label>
            <select id={`option-${i}`} value={targetOf(text)} disabled={disabled} onChange={(e) => onOption(text, e.currentTarget.value)}>
              {optionTargets.map((t) => (
                <option key={t} value={t}>{i18n.t(`upload.option.${t}`)}</option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <form
        class="long-options__add"
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('option-text');
          const text = input.value.trim();
          if (text) onOption(text, 'candidate');
          input.value = '';
        }}
      >
        <label for="option-add">{i18n.t('upload.option_add')}</label>
        <input id="option-add" name="option-text" type="text" disabled={disabled} />
        <button type="submit" class="action-button" disabled={disabled}>{i18n.t('upload.option_add_button')}</button>
      </form>
    </div>
  );
}
