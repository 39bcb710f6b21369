// Moves keyboard focus (and the view) to the element the last action asked for, after it renders.
// An element in a place not shown (app/places.js) has its place shown first, then is focused.
// Answers that come later (the factors, a chart) may still grow the page above the element: until
// the reader scrolls, types or two seconds pass, the element is kept where it was brought.
import { useEffect, useRef } from 'preact/hooks';
import { placeOfElement } from './places.js';

const settleMs = 2000;

/** Scrolls so the element's top is in view; a whole place is only scrolled to when its top is above the view. */
function bringIntoView(element, smooth) {
  if (element.hasAttribute('data-place') && element.getBoundingClientRect().top >= 0) return;
  element.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * @param {{ id: string, seq: number } | null} focus  the element asked for (app/state.js)
 * @param {string} place  the place shown
 * @param {(place: string) => void} showPlace  shows another place (the element's), without moving focus
 */
export function useFocusRequest(focus, place, showPlace) {
  const done = useRef(0); // the seq of the last request carried out
  useEffect(() => {
    if (!focus || focus.seq === done.current) return undefined;
    const element = document.getElementById(focus.id);
    if (!element) return undefined;
    const holder = placeOfElement(element);
    if (holder && holder !== place) {
      showPlace(holder); // this effect runs again once the place is shown
      return undefined;
    }
    done.current = focus.seq;
    if (!element.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(element.tagName)) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus({ preventScroll: true });
    const reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    bringIntoView(element, !reduced);
    if (typeof ResizeObserver === 'undefined') return undefined;
    const until = performance.now() + settleMs;
    let first = true; // an observer reports the size it starts with: not a change
    const keep = new ResizeObserver(() => {
      if (first) first = false;
      else if (performance.now() > until) stop();
      else bringIntoView(element, false);
    });
    const stop = () => {
      keep.disconnect();
      for (const name of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.removeEventListener(name, stop, true);
    };
    keep.observe(document.body);
    for (const name of ['wheel', 'touchstart', 'keydown', 'pointerdown']) window.addEventListener(name, stop, true);
    return stop;
  }, [focus && focus.seq, place]);
}
