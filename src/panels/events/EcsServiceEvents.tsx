// ECS service events, newest first, as describe-services returns them, stamped with simulated mm:ss.
// Announced politely, except while playing fast, when a screen reader would be flooded.

import { formatClock } from '../../app/formatTime';
import { useT } from '../../app/i18n/useT';
import { selectAnnounceLive, selectEcsEvents } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { SHOWN_EVENTS } from './eventLimits';

export function EcsServiceEvents() {
  const t = useT();
  const events = useAppStore(selectEcsEvents);
  const announce = useAppStore(selectAnnounceLive);
  return (
    <div className="side side--ecs">
      <h3 className="side-title" id="ecs-events-title">
        {t('events.ecs')}
      </h3>
      <div className="log-scroll" tabIndex={0} role="region" aria-labelledby="ecs-events-title">
        {events.length === 0 ? (
          <p className="empty">{t('events.empty')}</p>
        ) : (
          <ol className="log" aria-live={announce ? 'polite' : 'off'} aria-relevant="additions">
            {events.slice(0, SHOWN_EVENTS).map((event) => (
              <li key={event.id}>
                <time className="clock">{formatClock(event.createdAt)}</time>
                <span lang="en">{event.message}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
