// Share: copies a link to this screen, confirms it visibly, and falls back to a text field
// when the clipboard is unavailable (an insecure origin, a denied permission).

import { closeShareLink, copyShareLink } from '../../store/shareLink';
import { selectHasSnapshot, selectShareStatus } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';

export function ShareButton() {
  const t = useT();
  const share = useAppStore(selectShareStatus);
  const ready = useAppStore(selectHasSnapshot);
  return (
    <div className="share">
      <button type="button" onClick={() => void copyShareLink()} disabled={!ready} aria-keyshortcuts="S">
        {t('share.button')}
      </button>
      <span role="status" className="share-status">
        {share.state === 'copied' && <span className="share-copied">✓ {t('share.copied')}</span>}
      </span>
      {share.state === 'manual' && (
        <div
          className="share-manual"
          onKeyDown={(event) => {
            if (event.key === 'Escape') closeShareLink();
          }}
        >
          <label>
            {t('share.manual')}
            <input type="text" readOnly value={share.url} autoFocus onFocus={(event) => event.target.select()} />
          </label>
          <button type="button" onClick={closeShareLink}>
            {t('share.close')}
          </button>
        </div>
      )}
    </div>
  );
}
