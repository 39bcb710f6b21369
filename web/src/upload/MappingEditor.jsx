// The column mapping: every suggestion of the core editable, checked here before it is sent, and
// the core's own map.* errors shown beside the field they name.
import { withColumnRole, withLevelMoved, withLevelRenamed, withShape, withContestLevel, withOption } from './mappingForm.js';
import { ColumnRoles } from './ColumnRoles.jsx';
import { HierarchyEditor } from './HierarchyEditor.jsx';
import { MappingOverview } from './MappingOverview.jsx';
import { FieldError } from './FieldError.jsx';
import { problemText } from './uploadText.js';
import { HeaderProblems } from './HeaderProblems.jsx';
import { SuggestionQuestions } from './SuggestionQuestions.jsx';

function MemoryNotice({ upload, memoryAvailable, i18n, onForget }) {
  if (upload.remembered) {
    return (
      <p class="notice" id="mapping-memory" data-memory="recalled">
        {i18n.t('upload.memory.recalled')}{' '}
        <button type="button" class="link-button" id="mapping-forget" onClick={onForget}>{i18n.t('upload.memory.use_suggestion')}</button>
      </p>
    );
  }
  if (upload.saved) {
    return (
      <p class="notice" id="mapping-memory" data-memory="saved">
        {i18n.t('upload.memory.saved')}{' '}
        <button type="button" class="link-button" id="mapping-forget" onClick={onForget}>{i18n.t('upload.memory.forget')}</button>
      </p>
    );
  }
  return (
    <p class="field-hint" id="mapping-memory" data-memory="none">
      {i18n.t(memoryAvailable ? 'upload.memory.will_save' : 'upload.memory.unavailable')}
    </p>
  );
}

export function MappingEditor({ upload, i18n, memoryAvailable, onChange, onAnalyse, onForget }) {
  const { form, inspection, fieldErrors } = upload;
  const header = inspection.header || [];
  const preview = inspection.preview || [];
  const ambiguous = inspection.ambiguous || [];
  const disabled = upload.phase === 'analysing';
  const errorList = Object.values(fieldErrors || {});
  const edit = (change) => onChange(change(form));

  return (
    <div class="mapping-editor">
      <MemoryNotice upload={upload} memoryAvailable={memoryAvailable} i18n={i18n} onForget={onForget} />
      <fieldset class="shape-choice" disabled={disabled}>
        <legend>{i18n.t('upload.shape')}</legend>
        {['wide', 'long'].map((shape) => (
          <label key={shape} class="shape-choice__option">
            <input type="radio" name="upload-shape" id={`shape-${shape}`} value={shape} checked={form.shape === shape} onChange={() => edit((f) => withShape(f, shape))} />
            <span>
              <strong>{i18n.t(`upload.shape.${shape}`)}</strong>
              <span class="field-hint"> {i18n.t(`upload.shape.${shape}_hint`)}</span>
            </span>
          </label>
        ))}
        <FieldError error={fieldErrors.shape} id="error-shape" i18n={i18n} />
      </fieldset>
      {ambiguous.includes('candidates') && <p class="notice notice--check">{i18n.t('upload.ambiguous.candidates')}</p>}
      <HeaderProblems problems={inspection.header_problems} i18n={i18n} />
      {!upload.remembered && (
        <SuggestionQuestions questions={(inspection.suggestion || {}).questions} form={form} header={header} i18n={i18n} disabled={disabled} onChange={onChange} />
      )}

      <div class="mapping-editor__grid">
        <div class="mapping-editor__columns">
          <h4 id="column-roles-title">{i18n.t('upload.columns')}</h4>
          <p class="field-hint">{i18n.t('upload.columns_hint')}</p>
          <ColumnRoles form={form} header={header} preview={preview} i18n={i18n} disabled={disabled} onRole={(c, r) => edit((f) => withColumnRole(f, c, r))} />
        </div>
        <div class="mapping-editor__summary">
          <HierarchyEditor
            form={form}
            header={header}
            ambiguous={ambiguous}
            errors={fieldErrors}
            i18n={i18n}
            disabled={disabled}
            onMove={(i, d) => edit((f) => withLevelMoved(f, i, d))}
            onRename={(i, id) => edit((f) => withLevelRenamed(f, i, id))}
            onContestLevel={(id) => edit((f) => withContestLevel(f, id))}
          />
          <MappingOverview form={form} header={header} preview={preview} errors={fieldErrors} i18n={i18n} disabled={disabled} onOption={(text, target) => edit((f) => withOption(f, text, target))} />
        </div>
      </div>

      <div class="mapping-errors" id="mapping-errors" tabindex="-1" role={errorList.length ? 'alert' : undefined}>
        {errorList.length > 0 && (
          <>
            <p class="mapping-errors__title">{i18n.t('upload.mapping_errors', { n: i18n.count(errorList.length) })}</p>
            <ul>
              {errorList.map((error) => (
                <li key={`${error.field}-${error.code}`} data-code={error.code}>
                  {error.field ? <code>{error.field}</code> : null} {problemText(i18n, error.code)}
                  {error.text ? <> {i18n.t('error.at.text', { text: error.text })}</> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p class="mapping-editor__actions">
        <button type="button" class="action-button action-button--primary" id="upload-analyse" disabled={disabled} onClick={onAnalyse}>
          {i18n.t('upload.analyse')}
        </button>
      </p>
    </div>
  );
}
