// Issue 14: the decisions of the contests the page draws, asked in pages when the evaluation holds
// no per-contest list (pagedDecisions.js). Asked again for every new evaluation (a rule or swing
// change) and for every change of what is drawn; a slower older answer never replaces a newer one.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchDecisions, isPaged } from './pagedDecisions.js';

const none = new Map();

/**
 * @param {{ engine, dataset, evaluation, rule, swing, wanted: Array<{ within: string, count: number }> }} options
 * @returns {{ decisions: Map<string, object>, error: object | null }} (an empty map when not paged)
 */
export function usePagedDecisions({ engine, dataset, evaluation, rule, swing, wanted }) {
  const [answer, setAnswer] = useState({ decisions: none, error: null });
  const seq = useRef(0);
  const paged = isPaged(evaluation);
  const wantedKey = JSON.stringify(wanted);
  useEffect(() => {
    if (!paged || !dataset || wanted.length === 0) {
      setAnswer({ decisions: none, error: null });
      return;
    }
    const mine = ++seq.current;
    fetchDecisions(engine, dataset, rule, swing, wanted).then((result) => {
      if (mine === seq.current) setAnswer(result);
    });
  }, [engine, dataset, evaluation, wantedKey]);
  return paged ? answer : { decisions: none, error: null };
}
