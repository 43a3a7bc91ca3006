// The drill-down of one column: numbered steps from the service or Deployment down to the logs.
// Plain buttons (every step is one Tab stop); the current one says so with aria-current.

import { useT } from '../../app/i18n/useT';
import type { MessageKey } from '../../app/i18n/en';

export interface StepSpec<S extends string> {
  id: S;
  label: MessageKey;
}

interface StepNavProps<S extends string> {
  side: 'ecs' | 'k8s';
  steps: readonly StepSpec<S>[];
  current: S;
  onSelect: (step: S) => void;
}

export function StepNav<S extends string>({ side, steps, current, onSelect }: StepNavProps<S>) {
  const t = useT();
  return (
    <nav className="steps" aria-label={t('inspect.steps')}>
      <ol>
        {steps.map((step, i) => (
          <li key={step.id}>
            <button type="button" data-step={`${side}:${step.id}`} aria-current={step.id === current ? 'step' : undefined} onClick={() => onSelect(step.id)}>
              <span className="step-number" aria-hidden="true">
                {i + 1}
              </span>
              {t(step.label)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
