// The hierarchy, top to bottom (region → district → polling station), and where a contest is decided.
import { knownLevels, countryLevel } from './mappingForm.js';
import { FieldError } from './FieldError.jsx';

function levelLabel(i18n, id) {
  return i18n.has(`level.${id}`) ? i18n.t(`level.${id}`) : id;
}

export function HierarchyEditor({ form, header, ambiguous, errors, i18n, disabled, onMove, onRename, onContestLevel }) {
  const levels = form.levels;
  return (
    <div class="hierarchy-editor">
      <h4 id="hierarchy-title">{i18n.t('upload.hierarchy')}</h4>
      <p class="field-hint">{i18n.t('upload.hierarchy_hint')}</p>
      <FieldError error={errors.hierarchy} id="error-hierarchy" i18n={i18n} />
      {levels.length === 0 ? (
        <p class="muted">{i18n.t('upload.hierarchy_empty')}</p>
      ) : (
        <ol class="hierarchy-list" aria-labelledby="hierarchy-title">
          {levels.map((level, index) => {
            const error = errors[`hierarchy.${index}.level`] || errors[`hierarchy.${index}.column`] || errors[`hierarchy.${index}`];
            return (
              <li key={level.column} class="hierarchy-level" data-level={level.level}>
                <span class="hierarchy-level__column">{header[level.column]}</span>
                <label class="hierarchy-level__id">
                  <span class="label">{i18n.t('upload.level_id')}<span class="sr-only"> — {header[level.column]}</span></span>
                  <input
                    type="text"
                    id={`level-${index}`}
                    list="level-ids"
                    value={level.level}
                    disabled={disabled}
                    aria-invalid={error ? 'true' : undefined}
                    aria-describedby={error ? `error-level-${index}` : undefined}
                    onInput={(e) => onRename(index, e.currentTarget.value)}
                  />
                </label>
                <span class="hierarchy-level__name muted">{i18n.has(`level.${level.level}`) ? i18n.t(`level.${level.level}`) : ''}</span>
                <span class="hierarchy-level__moves">
                  <button type="button" class="icon-button" disabled={disabled || index === 0} title={i18n.t('upload.level_up')} aria-label={i18n.t('upload.level_up_named', { name: header[level.column] })} onClick={() => onMove(index, -1)}>
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button type="button" class="icon-button" disabled={disabled || index === levels.length - 1} title={i18n.t('upload.level_down')} aria-label={i18n.t('upload.level_down_named', { name: header[level.column] })} onClick={() => onMove(index, 1)}>
                    <span aria-hidden="true">↓</span>
                  </button>
                </span>
                <FieldError error={error} id={`error-level-${index}`} i18n={i18n} />
              </li>
            );
          })}
        </ol>
      )}
      <datalist id="level-ids">
        {knownLevels.map((id) => (
          <option key={id} value={id}>{levelLabel(i18n, id)}</option>
        ))}
      </datalist>
      <label class="contest-level" for="contest-level">
        <span class="contest-level__label">{i18n.t('upload.contest_level')}</span>
        <select id="contest-level" value={form.contestLevel} disabled={disabled} aria-describedby="contest-level-hint" onChange={(e) => onContestLevel(e.currentTarget.value)}>
          <option value={countryLevel}>{i18n.t('upload.contest_level.country')}</option>
          {levels.map((level) => (
            <option key={level.level} value={level.level}>
              {i18n.t('upload.contest_level.at', { level: levelLabel(i18n, level.level), column: header[level.column] })}
            </option>
          ))}
        </select>
      </label>
      <p class="field-hint" id="contest-level-hint">{i18n.t('upload.contest_level_hint')}</p>
      {ambiguous.includes('contest_level') && <p class="notice notice--check" id="contest-level-check">{i18n.t('upload.ambiguous.contest_level')}</p>}
      {ambiguous.includes('hierarchy') && <p class="notice notice--check">{i18n.t('upload.ambiguous.hierarchy')}</p>}
      <FieldError error={errors.contest_level} id="error-contest-level" i18n={i18n} />
    </div>
  );
}
