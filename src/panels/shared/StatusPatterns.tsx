// The SVG fill patterns behind categoryFill(): one <defs> block per document. Mount it once in an
// <svg> (RolloutPanel does); the legend's swatches and other panels' marks refer to it by id.

import { CATEGORY_STYLE, DRAWN_CATEGORIES, patternId, type DrawnCategory } from './statusColour';

export function StatusPatterns() {
  return (
    <defs>
      {DRAWN_CATEGORIES.map((c) => (
        <StatusPattern key={c} category={c} />
      ))}
    </defs>
  );
}

function StatusPattern({ category }: { category: DrawnCategory }) {
  const { colour, pattern } = CATEGORY_STYLE[category];
  const id = patternId(category);
  switch (pattern) {
    case 'solid':
      return null;
    case 'half':
      // Filled from the bottom up to half: "running, filling up towards healthy".
      return (
        <pattern id={id} patternUnits="objectBoundingBox" patternContentUnits="objectBoundingBox" width="1" height="1">
          <rect width="1" height="1" fill="#fff" />
          <rect y="0.5" width="1" height="0.5" fill={colour} />
        </pattern>
      );
    case 'hollow':
      return (
        <pattern id={id} patternUnits="objectBoundingBox" patternContentUnits="objectBoundingBox" width="1" height="1">
          <rect width="1" height="1" fill="#fff" />
          <rect x="0.3" y="0.3" width="0.4" height="0.4" fill={colour} />
        </pattern>
      );
    case 'stripes':
      return (
        <pattern id={id} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <rect width="4" height="4" fill="#fff" />
          <rect width="2" height="4" fill={colour} />
        </pattern>
      );
    case 'cross':
      return (
        <pattern id={id} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
          <rect width="5" height="5" fill={colour} />
          <rect x="2" width="1.2" height="5" fill="#fff" />
          <rect y="2" width="5" height="1.2" fill="#fff" />
        </pattern>
      );
  }
}
