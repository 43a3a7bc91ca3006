// The one message slot: invalid settings, rejected commands, a bad link. Errors are announced
// (role="alert"); every message can be dismissed. Text only, never markup from the link.
// The message and the validation details are stored untranslated (the details as the core writes
// them, in English) and localised here, so switching language re-renders both; the field path in
// each detail stays as the API spells it.

import { dismissNotice } from '../store/commands';
import { selectLocale, selectNotice } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';
import { localizeIssue } from './i18n/localizeIssue';
import { useT } from './i18n/useT';

export function NoticeBanner() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const notice = useAppStore(selectNotice);
  if (notice === null) return null;
  return (
    <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div className="notice-body">
        <p className="notice-text">{t(notice.message.key, notice.message.params)}</p>
        {notice.details !== undefined && notice.details.length > 0 && (
          <ul className="notice-details">
            {notice.details.map((detail, index) => (
              <li key={index}>
                <code>{localizeIssue(detail, locale)}</code>
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
