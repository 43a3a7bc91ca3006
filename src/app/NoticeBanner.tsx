// The one message slot: invalid settings, rejected commands, a bad link. Errors are announced
// (role="alert"); every message can be dismissed. Text only, never markup from the link.

import { dismissNotice } from '../store/commands';
import { selectNotice } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { useT } from './i18n/useT';

export function NoticeBanner() {
  const t = useT();
  const notice = useAppStore(selectNotice);
  if (notice === null) return null;
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">
        <p className="notice-text">{notice.text}</p>
        {notice.details !== undefined && notice.details.length > 0 && (
          <ul className="notice-details">
            {notice.details.map((detail, index) => (
              <li key={index}>
                <code>{detail}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="notice-dismiss" onClick={dismissNotice}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
