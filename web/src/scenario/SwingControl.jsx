// The uniform swing: a slider and a number field on the same value (0–30 points, step 0.5).
import { NumberField } from '../ui/NumberField.jsx';
import { parseSwing, swingRange } from './scenario.js';
import { swingText } from '../charts/swingChart.js';

export function SwingControl({ swing, error, i18n, onChange }) {
  const parse = (text) => {
    const parsed = parseSwing(text);
    return parsed.ok || parsed.reason !== 'out_of_range' ? parsed : { ...parsed, min: swingRange.min, max: swingRange.max };
  };
  return (
    <div class="swing-control">
      <div class="swing-control__slider">
        <label for="swing-range">{i18n.t('swing.label')}</label>
        <input
          type="range"
          id="swing-range"
          min={swingRange.min}
          max={swingRange.max}
          step={swingRange.step}
          value={swing}
          aria-valuetext={swingText(i18n, swing)}
          aria-describedby="swing-hint"
          onInput={(e) => onChange(Number(e.currentTarget.value))}
        />
        <span class="swing-control__scale" aria-hidden="true">
          <span>{i18n.decimal(swingRange.min)}</span>
          <span>{i18n.decimal(swingRange.max)}</span>
        </span>
      </div>
      <NumberField
        id="swing-number"
        className="swing-control__number"
        label={i18n.t('swing.number')}
        value={swing}
        i18n={i18n}
        error={error}
        parse={parse}
        onCommit={onChange}
      />
      <p class="field__hint" id="swing-hint">{i18n.t('swing.hint')}</p>
    </div>
  );
}
