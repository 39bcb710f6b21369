// "What if against-all were legally binding?": the rule (a preset, every parameter editable), the
// outcome of every contest under it in totals, the swing and its curve.
import { PresetPicker, presetName } from './PresetPicker.jsx';
import { RuleForm } from './RuleForm.jsx';
import { ScenarioTotals } from './ScenarioTotals.jsx';
import { ScenarioGlance } from './ScenarioGlance.jsx';
import { SwingControl } from './SwingControl.jsx';
import { SwingChart } from '../charts/SwingChart.jsx';
import { WhySummary } from './WhySummary.jsx';
import { errorMessage } from '../i18n/errorText.js';
import { effectiveRule, errorField, isEdited } from './scenario.js';

export function ScenarioPanel({ scenario, rules, contestCount, i18n, actions }) {
  const { presets, evaluation, evaluationError } = rules;
  const preset = (presets || []).find((p) => p.id === scenario.preset);
  const rule = preset ? effectiveRule(preset.rule, scenario.rule) : null;
  const edited = isEdited(scenario.rule);
  const name = preset ? presetName(i18n, preset.id) : '';
  const badField = errorField(evaluationError);
  const fieldError = (path) => (badField === path ? evaluationError : null);
  const otherError = evaluationError && !badField ? evaluationError : null;
  const updating = rules.evaluating || rules.comparing;

  return (
    <section class="panel scenario" id="scenario" aria-labelledby="scenario-title">
      <h2 id="scenario-title">{i18n.t('scenario.title')}</h2>
      <p class="panel__intro">{i18n.t('scenario.intro')}</p>
      {presets && <ScenarioGlance id="scenario-glance" scenario={scenario} rules={rules} i18n={i18n} sticky />}
      {rules.presetsError && <p class="notice notice--error" role="alert">{i18n.t('scenario.presets_failed')} {errorMessage(i18n, rules.presetsError)}</p>}
      {presets && rule && (
        <div class="scenario__grid">
          <div class="scenario__picker">
            <PresetPicker presets={presets} selected={scenario.preset} edited={edited} i18n={i18n} onChoose={(id) => actions.choosePreset({ id })} />
          </div>

          <div class="scenario__settings">
            <div class="settings-head">
              <h3 id="rule-settings-title">{i18n.t('scenario.settings')}</h3>
              {edited && (
                <span class="badge badge--edited" id="rule-edited" title={i18n.t('scenario.edited_title', { name })}>
                  {i18n.t('scenario.edited')}
                </span>
              )}
              <button type="button" class="chip-button" id="rule-reset" disabled={!edited} title={name} onClick={() => actions.resetRule()}>
                {i18n.t('scenario.reset')}
              </button>
            </div>
            <RuleForm
              rule={rule}
              fieldError={fieldError}
              i18n={i18n}
              onEdit={(path, value) => actions.editRule({ path, value })}
              onToggle={(path, on) => actions.toggleLever({ path, on })}
            />
          </div>

          <div class="scenario__results" aria-busy={updating ? 'true' : 'false'}>
            <div class="results-head">
              <h3 id="scenario-results-title">{i18n.plural('scenario.results', contestCount)}</h3>
              <p class="results-head__rule">
                {edited ? i18n.t('scenario.custom', { name }) : name}
              </p>
              <p class="status-line" role="status">{updating ? i18n.t('scenario.updating') : ''}</p>
            </div>
            {evaluationError && (
              <p class="notice notice--error" id="scenario-stale">
                {i18n.t('scenario.stale')}
                {otherError && <> {errorMessage(i18n, otherError)}</>}
              </p>
            )}
            <WhySummary why={evaluation && evaluation.why} rule={rule} i18n={i18n}
              onAssume={(percent) => actions.editRule({ path: 'assume_max_invalid', value: percent })} />
            <ScenarioTotals totals={evaluation && evaluation.totals} i18n={i18n} />
            <h3 id="swing-title">{i18n.t('swing.title')}</h3>
            <SwingControl swing={scenario.swing} error={fieldError('swing')} i18n={i18n} onChange={(swing) => actions.setSwing({ swing })} />
            {evaluation && evaluation.swing_curve && evaluation.swing_curve.length > 0 && (
              <SwingChart curve={evaluation.swing_curve} steps={evaluation.swing_steps} swing={scenario.swing} i18n={i18n} onPick={(swing) => actions.setSwing({ swing })} />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
