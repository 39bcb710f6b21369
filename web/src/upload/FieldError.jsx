// A mapping error shown next to the field it names: the form's own check or the core's map.* error.
import { problemText } from './uploadText.js';

export function FieldError({ error, id, i18n }) {
  if (!error) return null;
  const text = error.text !== undefined && error.text !== null && error.text !== '' ? error.text : null;
  return (
    <p class="field-error" id={id} data-code={error.code} data-field={error.field}>
      {problemText(i18n, error.code)}
      {text && <> {i18n.t('error.at.text', { text })}</>}
    </p>
  );
}
