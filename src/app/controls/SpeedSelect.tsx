// Playback speed, in simulated seconds per real second (¼× … 64×).

import { SPEEDS } from '../../store/appStore';
import type { Speed } from '../../store/appStore';
import { setSpeed } from '../../store/commands';
import { selectSpeed } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { useT } from '../i18n/useT';

const SPEED_LABELS: Record<Speed, string> = { 0.25: '¼×', 0.5: '½×', 1: '1×', 2: '2×', 4: '4×', 8: '8×', 16: '16×', 32: '32×', 64: '64×' };

export function SpeedSelect() {
  const t = useT();
  const speed = useAppStore(selectSpeed);
  return (
    <label className="speed">
      <span>{t('transport.speed')}</span>
      <select value={speed} onChange={(event) => setSpeed(Number(event.target.value) as Speed)} aria-keyshortcuts="+ -">
        {SPEEDS.map((option) => (
          <option key={option} value={option}>
            {SPEED_LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
