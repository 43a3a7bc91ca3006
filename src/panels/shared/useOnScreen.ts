// Whether an element is in the viewport, for panels that need not rebuild while nobody can see
// them. Without an element yet, or without IntersectionObserver, it counts as on screen.

import { useEffect, useState } from 'react';

export function useOnScreen(element: Element | null): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setOnScreen(entry.isIntersecting));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return onScreen;
}
