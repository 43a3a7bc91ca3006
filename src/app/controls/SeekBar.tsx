// The seek bar over the simulated timeline (0 … horizon) and the current time.

import { seek } from '../../store/commands';
import { selectHasSnapshot, selectHorizon, selectTime } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { formatClockTenths } from '../formatTime';
import { useT } from '../i18n/useT';

export function SeekBar() {
  const t = useT();
  const time = useAppStore(selectTime);
  const horizon = useAppStore(selectHorizon);
  const ready = useAppStore(selectHasSnapshot);
  const end = Math.max(horizon, time, 1);
  const label = t('transport.timeOf', { time: formatClockTenths(time), horizon: formatClockTenths(horizon) });
  return (
    <div className="seek">
      <input
        type="range"
        aria-label={t('transport.seek')}
        aria-valuetext={label}
        min={0}
        max={end}
        step={0.1}
        value={time}
        disabled={!ready}
        onChange={(event) => void seek(Number(event.target.value))}
      />
      <output className="clock" aria-hidden="true">
        {formatClockTenths(time)}
      </output>
    </div>
  );
}
