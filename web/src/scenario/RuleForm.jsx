// Every parameter of the rule (docs/engine-api.md, "Rule"), each an edit of the chosen preset.
import { NumberField } from '../ui/NumberField.jsx';

const validityKinds = ['none', 'against_all_beats_leader', 'against_all_share', 'against_all_majority'];
const bases = ['ballots_cast', 'valid_votes', 'registered'];

// Short option texts, so the drop-down shows the whole of each; the long one explained under it.
function BaseSelect({ id, value, i18n, onChange }) {
  return (
    <div class="field field--base">
      <label for={id}>{i18n.t('rule.base')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-describedby={`${id}-hint`}>
        {bases.map((b) => (
          <option key={b} value={b}>{i18n.t(`base.short.${b}`)}</option>
        ))}
      </select>
      <p class="field__hint" id={`${id}-hint`}>{i18n.t(`base.${value}`)}</p>
    </div>
  );
}

function Lever({ id, label, on, onToggle, children }) {
  return (
    <div class="lever">
      <label class="check" for={id}>
        <input type="checkbox" id={id} checked={on} onChange={(e) => onToggle(e.currentTarget.checked)} />
        {label}
      </label>
      {on && <div class="lever__fields">{children}</div>}
    </div>
  );
}

/**
 * @param {{ rule: object, fieldError: (path) => object|null, i18n, onEdit(path, value), onToggle(path, on) }} props
 */
export function RuleForm({ rule, fieldError, i18n, onEdit, onToggle }) {
  const percentError = (path) => {
    const error = fieldError(path);
    return error ? { ...error, percent: true } : null;
  };
  const generalError = fieldError('validity.kind') || fieldError('counting.blank') || fieldError('counting.crossed_out') || fieldError('tie');
  return (
    <div class="rule-form">
      <fieldset>
        <legend>{i18n.t('rule.counting')}</legend>
        {['blank', 'crossed_out'].map((kind) => (
          <label class="check" key={kind} for={`rule-counting-${kind}`}>
            <input
              type="checkbox"
              id={`rule-counting-${kind}`}
              checked={!!(rule.counting && rule.counting[kind])}
              onChange={(e) => onEdit(`counting.${kind}`, e.currentTarget.checked)}
            />
            {i18n.t(`rule.counting.${kind}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{i18n.t('rule.validity')}</legend>
        {validityKinds.map((kind) => (
          <div key={kind} class="validity-option">
            <label class="check" for={`rule-validity-${kind}`}>
              <input
                type="radio"
                name="rule-validity"
                id={`rule-validity-${kind}`}
                value={kind}
                checked={rule.validity && rule.validity.kind === kind}
                onChange={() => onEdit('validity.kind', kind)}
              />
              {i18n.t(`rule.validity.${kind}`)}
            </label>
            {kind === 'against_all_share' && rule.validity && rule.validity.kind === kind && (
              <div class="lever__fields" id="rule-validity-threshold">
                <NumberField
                  id="rule-validity-percent"
                  label={i18n.t('rule.validity.percent')}
                  value={rule.validity.percent}
                  i18n={i18n}
                  error={percentError('validity.percent')}
                  onCommit={(v) => onEdit('validity.percent', v)}
                />
                <BaseSelect id="rule-validity-base" value={rule.validity.base} i18n={i18n} onChange={(v) => onEdit('validity.base', v)} />
              </div>
            )}
          </div>
        ))}
        <div class="field field--inline">
          <label for="rule-tie">{i18n.t('rule.tie')}</label>
          <select id="rule-tie" value={rule.tie} onChange={(e) => onEdit('tie', e.currentTarget.value)}>
            <option value="valid">{i18n.t('rule.tie.valid')}</option>
            <option value="void">{i18n.t('rule.tie.void')}</option>
          </select>
        </div>
      </fieldset>

      <fieldset>
        <legend class="sr-only">{i18n.t('rule.min_turnout')}, {i18n.t('rule.winner_min')}</legend>
        <Lever id="rule-min-turnout-on" label={i18n.t('rule.min_turnout')} on={rule.min_turnout !== null && rule.min_turnout !== undefined}
          onToggle={(on) => onToggle('min_turnout', on)}>
          <NumberField
            id="rule-min-turnout"
            label={i18n.t('rule.min_turnout.percent')}
            value={rule.min_turnout}
            i18n={i18n}
            error={percentError('min_turnout')}
            onCommit={(v) => onEdit('min_turnout', v)}
          />
        </Lever>
        <Lever id="rule-winner-min-on" label={i18n.t('rule.winner_min')} on={!!rule.winner_min}
          onToggle={(on) => onToggle('winner_min', on)}>
          {rule.winner_min && (
            <>
              <NumberField
                id="rule-winner-min-percent"
                label={i18n.t('rule.winner_min.percent')}
                value={rule.winner_min.percent}
                i18n={i18n}
                error={percentError('winner_min.percent') || percentError('winner_min')}
                onCommit={(v) => onEdit('winner_min', { ...rule.winner_min, percent: v })}
              />
              <BaseSelect id="rule-winner-min-base" value={rule.winner_min.base} i18n={i18n}
                onChange={(v) => onEdit('winner_min', { ...rule.winner_min, base: v })} />
            </>
          )}
        </Lever>
      </fieldset>

      <fieldset class="assumption">
        <legend>{i18n.t('rule.assume')}</legend>
        <p class="field__hint" id="rule-assume-hint">{i18n.t('rule.assume.hint')}</p>
        <Lever id="rule-assume-on" label={i18n.t('rule.assume_max_invalid')}
          on={rule.assume_max_invalid !== null && rule.assume_max_invalid !== undefined}
          onToggle={(on) => onToggle('assume_max_invalid', on)}>
          <NumberField
            id="rule-assume-max-invalid"
            label={i18n.t('rule.assume_max_invalid.percent')}
            value={rule.assume_max_invalid}
            i18n={i18n}
            error={percentError('assume_max_invalid')}
            onCommit={(v) => onEdit('assume_max_invalid', v)}
          />
        </Lever>
      </fieldset>
      {generalError && <p class="field__error" role="alert">{i18n.t('field.error.rule', { field: generalError.field, text: generalError.text ?? '' })}</p>}
    </div>
  );
}
