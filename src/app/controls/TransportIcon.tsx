// Transport symbols drawn as SVG: media-control glyphs (⏮ ⏭) are missing from many fonts.

const PATHS = {
  play: 'M4 2 L14 8 L4 14 Z',
  pause: 'M3 2 H7 V14 H3 Z M9 2 H13 V14 H9 Z',
  stepBack: 'M2 2 H4.5 V14 H2 Z M14 2 L5 8 L14 14 Z',
  step: 'M2 2 L11 8 L2 14 Z M11.5 2 H14 V14 H11.5 Z',
} as const;

export function TransportIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
