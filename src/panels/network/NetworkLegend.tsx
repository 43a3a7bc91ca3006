// The key to the ENI panel's marks: each swatch is drawn with the same classes as the marks, so
// the key cannot drift from the picture, and each is named, so colour is never the only cue.

import type { NetworkText } from './networkText';

type Key = keyof Omit<NetworkText['legend'], 'caption'>;

const SWATCHES: readonly { key: Key; className: string; mark?: boolean }[] = [
  { key: 'reserved', className: 'net-cell net-cell--reserved', mark: true },
  { key: 'free', className: 'net-cell net-cell--free' },
  { key: 'task', className: 'net-fill net-fill--task' },
  { key: 'instance', className: 'net-fill net-fill--instance' },
  { key: 'pod', className: 'net-fill net-fill--pod' },
  { key: 'node', className: 'net-slot net-slot--node' },
  { key: 'warm', className: 'net-cell net-cell--ip' },
  { key: 'attaching', className: 'net-slot net-slot--attaching' },
];

export function NetworkLegend({ t }: { t: NetworkText }) {
  return (
    <figure className="iso-legend net-legend">
      <figcaption className="iso-legend__caption">{t.legend.caption}</figcaption>
      <ul className="iso-legend__items">
        {SWATCHES.map((s) => (
          <li key={s.key} className="iso-legend__item">
            <svg className="iso-legend__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <rect x="1" y="1" width="16" height="16" rx="3" className={s.className} />
              {s.mark && <path d="M3,15L15,3" className="net-reserved-mark" />}
            </svg>
            <span>{t.legend[s.key]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
