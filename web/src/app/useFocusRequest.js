// Moves keyboard focus (and the view) to the element the last action asked for, after it renders.
import { useEffect } from 'preact/hooks';

export function useFocusRequest(focus) {
  useEffect(() => {
    if (!focus) return;
    const element = document.getElementById(focus.id);
    if (!element) return;
    if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus({ preventScroll: true });
    const reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }, [focus && focus.seq]);
}
