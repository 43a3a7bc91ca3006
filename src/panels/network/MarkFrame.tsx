// The interactive frame around a cluster panel's svgs: a tooltip that follows the pointer and
// the keyboard focus (each focusable mark's data-tip), and the roving tab stop (markKeys.ts).
// The tooltip repeats the mark's accessible name, so it is hidden from assistive technology.

import type { FocusEvent, KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';
import { ensureTabStop, markForKey, marksInOrder, MARK_SELECTOR } from './markKeys';

interface Tip {
  lines: string[];
  left: number;
  top: number;
  above: boolean;
}

const TIP_WIDTH = 320;
const TIP_ROOM = 140;

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARK_SELECTOR) : null;
}

/** `version` changes whenever the marks may have (the sampled snapshot, the locale). */
export function MarkFrame({ children, version }: { children: ReactNode; version: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<Element | null>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (mark: Element | null) => {
    const frame = ref.current;
    shown.current = mark;
    if (mark === null || frame === null) {
      setTip(null);
      return;
    }
    const box = mark.getBoundingClientRect();
    const outer = frame.getBoundingClientRect();
    const left = Math.max(0, Math.min(outer.width - TIP_WIDTH, box.left - outer.left + box.width / 2 - TIP_WIDTH / 2));
    const above = box.bottom - outer.top + TIP_ROOM > outer.height;
    const top = above ? box.top - outer.top - 6 : box.bottom - outer.top + 6;
    setTip({ lines: (mark.getAttribute('data-tip') ?? '').split('\n'), left, top, above });
  };

  // After the marks changed: one tab stop, and a shown tip kept current.
  useEffect(() => {
    if (ref.current !== null) ensureTabStop(ref.current);
    const mark = shown.current;
    if (mark === null) return;
    const text = mark.isConnected && !mark.hasAttribute('data-exiting') ? mark.getAttribute('data-tip') : null;
    setTip((old) => (text === null ? null : old !== null && old.lines.join('\n') === text ? old : old && { ...old, lines: text.split('\n') }));
  }, [version]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mark = markOf(event.target);
    if (mark === null || ref.current === null) return;
    if (event.key === 'Escape') {
      show(null);
      return;
    }
    const next = markForKey(marksInOrder(ref.current), mark, event.key);
    if (next === null) return;
    event.preventDefault();
    mark.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    (next as SVGElement).focus();
  };

  return (
    <div
      ref={ref}
      className="net-frame"
      onPointerOver={(event: PointerEvent<HTMLDivElement>) => {
        const mark = markOf(event.target);
        if (mark !== shown.current) show(mark);
      }}
      onPointerLeave={() => show(null)}
      onFocus={(event: FocusEvent<HTMLDivElement>) => show(markOf(event.target))}
      onBlur={() => show(null)}
      onKeyDown={onKeyDown}
    >
      {children}
      {tip !== null && (
        <div className={tip.above ? 'net-tip net-tip--above' : 'net-tip'} aria-hidden="true" style={{ left: tip.left, top: tip.top, maxWidth: TIP_WIDTH }}>
          {tip.lines.map((line, i) => (
            <div key={i} className={i === 0 ? 'net-tip__head' : undefined}>
              {line}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
