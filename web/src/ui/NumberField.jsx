// A number typed in a form: a comma or a dot, checked as typed. A bad number names its field and is
// never sent; a value the engine rejects comes back as `error` and is shown here, by the field.
import { useEffect, useState } from 'preact/hooks';
import { parseNumberText, numberText } from '../scenario/scenario.js';

export function fieldErrorText(i18n, label, error) {
  if (!error) return null;
  if (error.reason === 'empty') return i18n.t('field.error.empty', { field: label });
  if (error.reason === 'not_number') return i18n.t('field.error.not_number', { field: label, text: error.text });
  if (error.reason === 'out_of_range') {
    return i18n.t('field.error.out_of_range', { field: label, min: i18n.decimal(error.min), max: i18n.decimal(error.max) });
  }
  if (error.code === 'rule.invalid' && error.percent) return i18n.t('field.error.percent', { field: label, text: error.text });
  return i18n.t('field.error.rule', { field: label, text: error.text ?? '' });
}

/**
 * @param {{ id, label, value: number|null, i18n, error?: object, parse?: (text) => object, onCommit(value) }} props
 */
export function NumberField({ id, label, value, i18n, error, parse = parseNumberText, onCommit, className = '' }) {
  const [text, setText] = useState(numberText(value, i18n.lang));
  const [local, setLocal] = useState(null);

  // A value set from outside (a preset, a reset, the slider) replaces what is typed, unless they agree.
  useEffect(() => {
    const typed = parse(text);
    if (!typed.ok || typed.value !== value) {
      setText(numberText(value, i18n.lang));
      setLocal(null);
    }
  }, [value]);

  const onInput = (event) => {
    const next = event.currentTarget.value;
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setLocal(null);
      if (parsed.value !== value) onCommit(parsed.value);
    } else {
      setLocal({ ...parsed, text: next });
    }
  };

  const message = fieldErrorText(i18n, label, local || error);
  const errorId = `${id}-error`;
  return (
    <div class={`field${message ? ' field--invalid' : ''} ${className}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputmode="decimal"
        autocomplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={message ? 'true' : 'false'}
        aria-describedby={message ? errorId : undefined}
        onInput={onInput}
      />
      <p class="field__error" id={errorId} aria-live="polite">{message}</p>
    </div>
  );
}
