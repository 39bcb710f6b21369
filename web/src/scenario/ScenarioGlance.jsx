// The scenario at a glance: the rule in use and how many contests it leaves valid, void, to a runoff
// or undecided. On the overview it answers the main question; in the scenario's place it stays in
// view while the form is edited, so a preset's result shows where the reader is.
import { outcomeKinds, isEdited } from './scenario.js';
import { outcomeGlyphs } from './OutcomeMark.jsx';
import { presetName } from './PresetPicker.jsx';

export function ScenarioGlance({ id, scenario, rules, i18n, sticky = false, onOpen }) {
  const totals = rules.evaluation && rules.evaluation.totals;
  const name = rules.presets ? presetName(i18n, scenario.preset) : '';
  const rule = isEdited(scenario.rule) ? i18n.t('scenario.custom', { name }) : name;
  return (
    <div class={`glance${sticky ? ' glance--sticky' : ''}`} id={id} aria-busy={rules.evaluating ? 'true' : 'false'}>
      <p class="glance__rule">
        <span class="glance__label">{i18n.t('glance.label')}</span> <strong>{rule}</strong>
        {scenario.swing > 0 && <span class="glance__swing"> {i18n.t('glance.swing', { points: i18n.decimal(scenario.swing, 1) })}</span>}
      </p>
      <ul class="glance__tally">
        {outcomeKinds.map((kind) => (
          <li key={kind} class={`glance__outcome outcome--${kind}`} data-outcome={kind}>
            <span class="outcome__glyph" aria-hidden="true">{outcomeGlyphs[kind]}</span>{' '}
            {i18n.t(`outcome.count.${kind}`, { n: totals && totals[kind] ? i18n.count(totals[kind].contests) : '—' })}
          </li>
        ))}
      </ul>
      {onOpen && (
        <a class="glance__open" href="#place-scenario" onClick={(event) => { event.preventDefault(); onOpen(); }}>
          {i18n.t('glance.open')}
        </a>
      )}
    </div>
  );
}
