// ECS service events, newest first, as describe-services returns them, stamped with simulated mm:ss.
// Announced politely, except while playing fast, when a screen reader would be flooded. Each
// `(task <id>)` is a button that opens the task's record in the inspector.

import { formatClock } from '../../app/formatTime';
import { useT } from '../../app/i18n/useT';
import { selectAnnounceLive, selectEcsEvents } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { SHOWN_EVENTS } from './eventLimits';
import { ecsMessageSegments } from '../inspect/linkify';
import { RecordLink } from '../inspect/RecordLink';

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
                {/* Task ids open the task's record in the inspector. */}
                <span lang="en">{ecsMessageSegments(event.message).map((s, i) => (s.ref ? <RecordLink key={i} target={s.ref} /> : s.text))}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
