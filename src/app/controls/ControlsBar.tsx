// The bar across the top: transport, deploy, share, language and help, with the seek bar
// on a row of its own so it is long enough to scrub with on a projector.

import { selectHasSnapshot } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { DeployButton } from './DeployButton';
import { HelpButton } from './HelpButton';
import { LanguageSwitch } from './LanguageSwitch';
import { SeekBar } from './SeekBar';
import { ShareButton } from './ShareButton';
import { TransportBar } from './TransportBar';

export function ControlsBar() {
  const t = useT();
  const ready = useAppStore(selectHasSnapshot);
  return (
    <header className="region-controls">
      <h1 className="brand">Isomorph</h1>
      <span role="status" className="loading">
        {!ready && t('app.loading')}
      </span>
      <TransportBar />
      <DeployButton />
      <ShareButton />
      <LanguageSwitch />
      <HelpButton />
      <SeekBar />
    </header>
  );
}
