// The fault for the next revision (Isomorph's `simulate.fault`), beside "Deploy new revision".
// Option values are the stable fault names; the labels are localised.

import { useStore } from 'zustand';
import { FAULT_NAMES } from '../../sim';
import type { Fault } from '../../sim';
import type { MessageKey } from '../i18n/en';
import { useT } from '../i18n/useT';
import { nextFaultStore, setNextFault } from './nextFault';

export function FaultSelect({ disabled }: { disabled: boolean }) {
  const t = useT();
  const fault = useStore(nextFaultStore, (s) => s.fault);
  return (
    <label className="fault-select" data-fault={fault}>
      <span className="fault-select-label">{t('fault.label')}</span>
      <select value={fault} disabled={disabled} onChange={(event) => setNextFault(event.target.value as Fault)}>
        {FAULT_NAMES.map((name) => (
          <option key={name} value={name}>
            {t(`fault.${name}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
