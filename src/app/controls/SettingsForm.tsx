// One side's settings, labelled with the real field names. Edits stay as drafts until applied
// in one command; a rejected apply keeps every draft (the learner's other settings) and marks
// the fields the errors name.

import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { updateService } from '../../store/commands';
import type { ServicePatch } from '../../store/servicePatch';
import { useT } from '../i18n/useT';

export interface SettingsFieldSpec {
  /** The API field name, shown as the label. */
  name: string;
  /** Where validation errors put this field ("service.desiredCount"). */
  path: string;
  live: string;
  kind: 'number' | 'intOrPercent';
  unit?: string;
  derived?: boolean;
}

interface SettingsFormProps {
  side: 'ecs' | 'k8s';
  title: ReactNode;
  fields: SettingsFieldSpec[];
  applyLabel: string;
  toPatch: (changed: Record<string, string>) => ServicePatch;
  summary: ReactNode;
}

export function SettingsForm({ side, title, fields, applyLabel, toPatch, summary }: SettingsFormProps) {
  const t = useT();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = Object.fromEntries(fields.filter((f) => f.name in drafts && drafts[f.name] !== f.live).map((f) => [f.name, drafts[f.name]]));
    if (Object.keys(changed).length === 0) {
      setDrafts({});
      return;
    }
    const rejected = await updateService(toPatch(changed));
    setErrors(rejected);
    if (rejected.length === 0) setDrafts({});
  };

  return (
    <form className={`settings side side--${side}`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="side-title">{title}</h2>
      <div className="fields">
        {fields.map((field) => {
          const id = `${side}-${field.name}`;
          const invalid = errors.some((error) => error.startsWith(field.path));
          const derived = field.derived === true && !(field.name in drafts);
          return (
            <div className="field" key={field.name}>
              <span className="field-label">
                <label htmlFor={id}>
                  <code>{field.name}</code>
                </label>
                {derived && (
                  <span className="badge badge--derived" id={`${id}-derived`} title={t('settings.derivedHint')}>
                    {t('settings.derived')}
                  </span>
                )}
              </span>
              <span className="field-input">
                <input
                  id={id}
                  type={field.kind === 'number' ? 'number' : 'text'}
                  inputMode={field.kind === 'number' ? 'numeric' : 'text'}
                  autoComplete="off"
                  spellCheck={false}
                  value={drafts[field.name] ?? field.live}
                  aria-invalid={invalid || undefined}
                  aria-describedby={derived ? `${id}-derived` : undefined}
                  onChange={(event) => setDrafts((current) => ({ ...current, [field.name]: event.target.value }))}
                />
                {field.unit !== undefined && <span className="unit">{field.unit}</span>}
              </span>
            </div>
          );
        })}
      </div>
      <div className="settings-footer">
        <p className="settings-summary">{summary}</p>
        <button type="submit" className="apply">
          <code>{applyLabel}</code>
        </button>
      </div>
    </form>
  );
}
