// Kubernetes events, newest first, with what `kubectl get events` prints: type, reason, object
// and message. Each event takes two lines so the message stays readable in a half-width column.
// Pod names (the object, or the pod a ReplicaSet created) open the pod's record in the inspector.

import { formatClock } from '../../app/formatTime';
import { useT } from '../../app/i18n/useT';
import { selectAnnounceLive, selectK8sEvents } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { SHOWN_EVENTS } from './eventLimits';
import { k8sMessageSegments } from '../inspect/linkify';
import { RecordLink } from '../inspect/RecordLink';

export function KubernetesEvents() {
  const t = useT();
  const events = useAppStore(selectK8sEvents);
  const announce = useAppStore(selectAnnounceLive);
  return (
    <div className="side side--k8s">
      <h3 className="side-title" id="k8s-events-title">
        {t('events.k8s')}
      </h3>
      <p className="log-legend" aria-hidden="true">
        {t('events.type')} · {t('events.reason')} · {t('events.object')} — {t('events.message')}
      </p>
      <div className="log-scroll" tabIndex={0} role="region" aria-labelledby="k8s-events-title">
        {events.length === 0 ? (
          <p className="empty">{t('events.empty')}</p>
        ) : (
          <ol className="log" aria-live={announce ? 'polite' : 'off'} aria-relevant="additions">
            {events.slice(0, SHOWN_EVENTS).map((event) => (
              <li key={event.id} className={event.type === 'Warning' ? 'k8s-event warning' : 'k8s-event'}>
                <time className="clock">{formatClock(event.time)}</time>
                <div className="k8s-event-body">
                  <div className="k8s-event-head">
                    <span className="k8s-type">{event.type}</span>
                    <span className="k8s-reason">{event.reason}</span>
                    <code className="k8s-object">
                      {event.involvedObject.kind.toLowerCase()}/
                      {event.involvedObject.kind === 'Pod' ? <RecordLink target={{ kind: 'pod', name: event.involvedObject.name }} /> : event.involvedObject.name}
                    </code>
                  </div>
                  <span lang="en">{k8sMessageSegments(event.message).map((s, i) => (s.ref ? <RecordLink key={i} target={s.ref} /> : s.text))}</span>
                </div>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
