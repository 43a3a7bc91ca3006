// Play / pause, step back, step and speed. The seek bar has its own row (SeekBar).

import { stepBack, stepForward, togglePlay } from '../../store/commands';
import { selectHasSnapshot, selectPlaying } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';
import { SpeedSelect } from './SpeedSelect';
import { TransportIcon } from './TransportIcon';

export function TransportBar() {
  const t = useT();
  const playing = useAppStore(selectPlaying);
  const ready = useAppStore(selectHasSnapshot);
  return (
    <div className="transport" role="group" aria-label={t('controls.label')}>
      <button type="button" onClick={() => void stepBack()} disabled={!ready} aria-keyshortcuts="ArrowLeft">
        <TransportIcon name="stepBack" /> {t('transport.stepBack')}
      </button>
      <button type="button" className="button-primary play" onClick={togglePlay} disabled={!ready} aria-keyshortcuts="Space">
        <TransportIcon name={playing ? 'pause' : 'play'} /> {playing ? t('transport.pause') : t('transport.play')}
      </button>
      <button type="button" onClick={() => void stepForward()} disabled={!ready} aria-keyshortcuts="ArrowRight">
        {t('transport.step')} <TransportIcon name="step" />
      </button>
      <SpeedSelect />
    </div>
  );
}
