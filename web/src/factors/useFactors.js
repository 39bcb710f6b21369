// The factors view's own state: which level and base the user chose, and the core's answer for the
// dataset on the screen. Asks again when the dataset, the level or the base changes; an answer that
// is no longer the latest is dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorOf } from '../engine/errors.js';

/**
 * @param {{ engine, dataset: object|null, ready: boolean, level?: string }} options
 *   `level` fixes the level (the ranking asks for contests); otherwise the user's choice or the core's.
 */
export function useFactors({ engine, dataset, ready, level: fixedLevel }) {
  const [choice, setChoice] = useState({ level: null, base: null });
  const [answer, setAnswer] = useState({ status: 'idle', result: null, error: null });
  const seq = useRef(0);

  // A new dataset starts from the core's own choice, and shows nothing of the last one.
  useEffect(() => {
    setChoice({ level: null, base: null });
    setAnswer({ status: 'idle', result: null, error: null });
  }, [dataset]);

  useEffect(() => {
    if (!ready || !dataset) return undefined;
    const mine = ++seq.current;
    const options = {};
    const level = fixedLevel || choice.level;
    if (level) options.level = level;
    if (choice.base) options.base = choice.base;
    setAnswer((a) => ({ ...a, status: 'loading' }));
    engine.factors(dataset, options).then((response) => {
      if (mine !== seq.current) return;
      if (response && response.ok) setAnswer({ status: 'ready', result: response.result, error: null });
      else setAnswer({ status: 'error', result: null, error: errorOf(response) });
    });
    return undefined;
  }, [engine, dataset, ready, fixedLevel, choice.level, choice.base]);

  return {
    ...answer,
    chooseLevel: (level) => setChoice({ level, base: null }),
    chooseBase: (base) => setChoice((c) => ({ ...c, base })),
  };
}
