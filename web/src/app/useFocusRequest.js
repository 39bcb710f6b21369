// Moves keyboard focus (and the view) to the element the last action asked for, after it renders.
// Answers that come later (the factors, a chart) may still grow the page above the element: until
// the reader scrolls, types or two seconds pass, the element is kept where it was brought.
import { useEffect } from 'preact/hooks';

const settleMs = 2000;

export function useFocusRequest(focus) {
  useEffect(() => {
    if (!focus) return undefined;
    const element = document.getElementById(focus.id);
    if (!element) return undefined;
    if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus({ preventScroll: true });
    const reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    if (typeof ResizeObserver === 'undefined') return undefined;
    const until = performance.now() + settleMs;
    let first = true; // an observer reports the size it starts with: not a change
    const keep = new ResizeObserver(() => {
      if (first) first = false;
      else if (performance.now() > until) stop();
      else element.scrollIntoView({ block: 'start' });
    });
    const stop = () => {
      keep.disconnect();
      for (const name of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.removeEventListener(name, stop, true);
    };
    keep.observe(document.body);
    for (const name of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(name, stop, true);
    return stop;
  }, [focus && focus.seq]);
}
