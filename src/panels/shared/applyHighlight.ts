// Lights up the elements that belong to the hovered translation row. Every drawable in a panel
// layer carries `data-hl` (a space-separated list of row ids, possibly empty); while some of them
// match, the layer gets `iso-highlighting` and CSS dims everything that is not `iso-hl`.

const HL_CLASS = 'iso-hl';

export function applyHighlight(layer: Element, id: string | null): void {
  const matches = id ? Array.from(layer.querySelectorAll(`[data-hl~="${CSS.escape(id)}"]`)) : [];
  const keep = new Set(matches);
  for (const element of Array.from(layer.querySelectorAll(`.${HL_CLASS}`))) {
    if (!keep.has(element)) element.classList.remove(HL_CLASS);
  }
  for (const element of matches) element.classList.add(HL_CLASS);
  // A row with nothing to show in this panel (e.g. IAM roles) must not dim the whole panel.
  layer.classList.toggle('iso-highlighting', matches.length > 0);
}
