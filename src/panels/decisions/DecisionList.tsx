// One controller's latest passes. The summary is the simulation's own English sentence; the
// action name is translated, and field names stay as the APIs spell them.

import { useMemo } from 'react';
import { formatClock } from '../../app/formatTime';
import type { MessageKey } from '../../app/i18n/en';
import { useT } from '../../app/i18n/useT';
import type { Decision } from '../../sim';
import { selectDecisions } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { latestPasses } from './latestPasses';

const SHOWN_PASSES = 4;

const TITLES: Record<Decision['side'], MessageKey> = { ecs: 'decisions.ecs', k8s: 'decisions.k8s' };

export function DecisionList({ side }: { side: Decision['side'] }) {
  const t = useT();
  const decisions = useAppStore(selectDecisions);
  const passes = useMemo(() => latestPasses(decisions, side, SHOWN_PASSES), [decisions, side]);
  return (
    <div className={`side side--${side}`}>
      <h3 className="side-title">{t(TITLES[side])}</h3>
      {passes.length === 0 ? (
        <p className="empty">{t('decisions.empty')}</p>
      ) : (
        <ol className="passes">
          {passes.map((pass, index) => (
            <li key={`${pass.time}-${index}`} className="pass">
              <div className="pass-head">
                <time className="clock">{formatClock(pass.time)}</time>
                <span className={`action action--${pass.action}`}>
                  {t(`action.${pass.action}`)}
                  {pass.count > 0 && ` ×${pass.count}`}
                </span>
              </div>
              <dl className="pass-flow">
                <dt className="pass-label">{t('decisions.observed')}</dt>
                <dd className="observed">
                  {Object.entries(pass.observed).map(([name, value]) => (
                    <span key={name} className="observed-value">
                      <code>{name}</code> <strong>{value}</strong>
                    </span>
                  ))}
                </dd>
                <dt className="pass-label">
                  <span aria-hidden="true">→ </span>
                  {t('decisions.rule')}
                </dt>
                <dd>
                  <code className="rule">{pass.rule}</code>
                </dd>
                <dt className="pass-label">
                  <span aria-hidden="true">→ </span>
                  {t('decisions.action')}
                </dt>
                <dd lang="en">{pass.summary}</dd>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
