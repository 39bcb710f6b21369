// Asks the engine about the scenario whenever it changes: the presets once, then `evaluate` (the rule
// and the swing) and `compare` (the swing). Typing is debounced; every request carries a sequence
// number and the store drops answers that are not the latest, so a slow old answer never wins.
import { useEffect, useRef } from 'preact/hooks';
import { ruleRequest } from './scenario.js';
import { errorOf } from '../engine/errors.js';
import { evaluateParts } from './pagedDecisions.js';

export const debounceMs = 150;

export function useScenarioEngine({ engine, datasets, state, actions }) {
  const seq = useRef(0);
  const { scenario, rules, status, datasetId } = state;
  const ready = status === 'ready' && rules.presets !== null;
  const contests = contestCount(state.summary);

  useEffect(() => {
    let current = true;
    engine.presets().then((response) => {
      if (!current) return;
      if (response && response.ok) actions.presetsLoaded({ presets: response.result.presets });
      else actions.presetsFailed({ error: errorOf(response) });
    });
    return () => {
      current = false;
    };
  }, [engine]);

  // The first answer as soon as possible; later ones once the user pauses.
  const evaluateDelay = rules.evaluation ? debounceMs : 0;
  useEffect(() => {
    if (!ready) return undefined;
    const dataset = datasets[datasetId];
    const timer = setTimeout(() => {
      const mine = ++seq.current;
      actions.evaluateRequested({ seq: mine });
      // Many contests: the tallies and the why summary only; the contests drawn come in pages.
      const parts = evaluateParts(contests);
      engine.evaluate(dataset, ruleRequest(scenario), scenario.swing, parts).then((response) => actions.evaluated({ seq: mine, response }));
    }, evaluateDelay);
    return () => clearTimeout(timer);
  }, [ready, engine, datasets, datasetId, scenario.preset, scenario.rule, scenario.swing, contests]);

  const compareDelay = rules.comparison ? debounceMs : 0;
  useEffect(() => {
    if (!ready) return undefined;
    const dataset = datasets[datasetId];
    const timer = setTimeout(() => {
      const mine = ++seq.current;
      actions.compareRequested({ seq: mine });
      engine.compare(dataset, scenario.swing).then((response) => actions.compared({ seq: mine, response }));
    }, compareDelay);
    return () => clearTimeout(timer);
  }, [ready, engine, datasets, datasetId, scenario.swing]);
}

/** How many contests the summary on the screen has. */
function contestCount(summary) {
  if (!summary) return 0;
  return summary.completeness ? summary.completeness.contests : (summary.contests || []).length;
}
