// What every chart on the page shares: its width follows its box, one mark at a time takes the
// keyboard (a roving tab stop moved by the arrow keys), and a value shows on hover and on focus.
import { useEffect, useRef, useState } from 'preact/hooks';

export function useWidth(fallback, min = 240) {
  const ref = useRef(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setWidth(Math.max(min, Math.round(element.getBoundingClientRect().width)));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Up/left one, down/right one, Home and End: marks in a list. */
export function listMove(count) {
  return (index, key) => {
    const last = count - 1;
    const to = { ArrowUp: index - 1, ArrowLeft: index - 1, ArrowDown: index + 1, ArrowRight: index + 1, Home: 0, End: last }[key];
    return to === undefined ? null : Math.min(last, Math.max(0, to));
  };
}

/**
 * A roving tab stop over `count` marks (each carries data-index); `move(index, key)` → next index or null.
 * `onActivate(index)` runs on Enter or Space.
 */
export function useRoving(count, move, onActivate) {
  const svgRef = useRef(null);
  const [stop, setStop] = useState(0);
  const [focused, setFocused] = useState(null);
  const focusedAt = useRef(0);
  const current = Math.max(0, Math.min(stop, count - 1));
  const focusMark = (index) => {
    setStop(index);
    const mark = svgRef.current && svgRef.current.querySelector(`[data-index="${index}"]`);
    if (mark) mark.focus();
  };
  const markProps = (index) => ({
    'data-index': index,
    tabindex: index === current ? '0' : '-1',
    onFocus: () => {
      setStop(index);
      focusedAt.current = performance.now();
      setFocused(index);
    },
    onBlur: () => setFocused((f) => (f === index ? null : f)),
    onKeyDown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onActivate(index);
        return;
      }
      const next = move(index, event.key);
      if (next === null || next === undefined) return;
      event.preventDefault();
      focusMark(next);
    },
  });
  return { svgRef, focused, focusedAt, markProps };
}

/** The index under the pointer (hover), cleared when it leaves. */
export function useHover() {
  const [hover, setHover] = useState(null);
  const hoverAt = useRef(0);
  const hoverProps = (index) => ({
    onPointerEnter: () => {
      hoverAt.current = performance.now();
      setHover(index);
    },
    onPointerLeave: () => setHover((h) => (h === index ? null : h)),
  });
  return { hover, hoverAt, hoverProps };
}

/**
 * The mark whose value shows: the one the reader reached last, by pointer or by keyboard (a pointer
 * resting where a mark appeared under it does not hide the mark just focused).
 */
export function shownMark({ hover, hoverAt }, { focused, focusedAt }) {
  if (hover === null) return focused;
  if (focused === null) return hover;
  return focusedAt.current >= hoverAt.current ? focused : hover;
}
