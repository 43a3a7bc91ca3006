// A task id or pod name that opens its record in the inspector: a real button, so it is reachable
// with Tab and pressed with Enter or Space.

import { useT } from '../../app/i18n/useT';
import type { Selection } from '../../store/appStore';
import { inspect } from '../../store/commands';
import { useAppStore } from '../../store/useAppStore';

const refId = (ref: Selection) => (ref.kind === 'task' ? ref.taskId : ref.name);

export function RecordLink({ target, children }: { target: Selection; children?: string }) {
  const t = useT();
  const id = refId(target);
  const selected = useAppStore((s) => s.ui.selection !== null && s.ui.selection.kind === target.kind && refId(s.ui.selection) === id);
  return (
    <button
      type="button"
      className={selected ? 'record-link record-link--selected' : 'record-link'}
      data-record={`${target.kind}:${id}`}
      aria-label={t('inspect.open', { id })}
      aria-current={selected || undefined}
      onClick={() => inspect(target)}
    >
      {children ?? id}
    </button>
  );
}
