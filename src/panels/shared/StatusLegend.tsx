// The key to the status fills, naming each category in both APIs' own words, so a learner can
// read a mark without relying on its colour. Needs <StatusPatterns> mounted in the document.

import type { Locale } from '../../store/appStore';
import { CATEGORY_STYLE, DRAWN_CATEGORIES, categoryFill, type DrawnCategory } from './statusColour';

/** What the key calls each category; the rollout panel's text summary uses the same words. */
export const CATEGORY_NAMES: Record<Locale, Record<DrawnCategory, string>> = {
  en: { healthy: 'healthy', running: 'running', starting: 'starting', stopping: 'stopping', unhealthy: 'failing' },
  ja: { healthy: '健全', running: '起動済み', starting: '起動中', stopping: '停止中', unhealthy: '異常' },
};

/** What each category is called on each side (API values are not translated). */
const TERMS: Record<Locale, Record<DrawnCategory, string>> = {
  en: {
    healthy: 'RUNNING, counted healthy · available',
    running: 'RUNNING, not counted yet · Running, not available yet',
    starting: 'PROVISIONING / PENDING / ACTIVATING · Pending',
    stopping: 'DEACTIVATING / STOPPING / DEPROVISIONING · Terminating',
    unhealthy: 'UNHEALTHY · Failed / CrashLoopBackOff',
  },
  ja: {
    healthy: 'RUNNING・健全として数える · available',
    running: 'RUNNING・まだ数えない · Running・まだ available でない',
    starting: 'PROVISIONING / PENDING / ACTIVATING · Pending',
    stopping: 'DEACTIVATING / STOPPING / DEPROVISIONING · Terminating',
    unhealthy: 'UNHEALTHY · Failed / CrashLoopBackOff',
  },
};

const CAPTION: Record<Locale, string> = { en: 'Key (ECS · Kubernetes)', ja: '凡例（ECS · Kubernetes）' };

export function StatusLegend({ locale }: { locale: Locale }) {
  return (
    <figure className="iso-legend">
      <figcaption className="iso-legend__caption">{CAPTION[locale]}</figcaption>
      <ul className="iso-legend__items">
        {DRAWN_CATEGORIES.map((c) => (
          <li key={c} className="iso-legend__item" data-category={c}>
            <svg className="iso-legend__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <rect x="1" y="1" width="16" height="16" rx="2" fill={categoryFill(c)} stroke={CATEGORY_STYLE[c].stroke} strokeWidth="1.5" />
            </svg>
            <span className="iso-legend__name">{CATEGORY_NAMES[locale][c]}</span>
            <span className="iso-legend__terms">{TERMS[locale][c]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
