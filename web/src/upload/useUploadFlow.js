// The upload flow (uploadFlow.js) as a hook: one flow per page, reading the latest state.
import { useMemo, useRef } from 'preact/hooks';
import { createUploadFlow } from './uploadFlow.js';

export function useUploadFlow({ engine, state, actions, memory }) {
  const latest = useRef(state);
  latest.current = state;
  return useMemo(() => createUploadFlow({ engine, actions, memory, getState: () => latest.current }), [engine, actions, memory]);
}
