// One side's settings, labelled with the real field names. Edits stay as drafts until applied
// in one command; a rejected apply keeps every draft (the learner's other settings) and marks
// the fields the errors name.

import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { updateService } from '../../store/commands';
import type { ServicePatch } from '../../store/servicePatch';
import { useT } from '../i18n/useT';

export interface SettingsFieldSpec {
  /** The API field name, shown as the label unless `label` is given; the key of its draft. */
  name: string;
  /** The label when the name is a path (`thresholdConfiguration.value` inside its group). */
  label?: string;
  /** Where validation errors put this field ("service.desiredCount"). */
  path: string;
  /** The applied value; a checkbox's is 'true' or 'false'. */
  live: string;
  kind: 'number' | 'intOrPercent' | 'checkbox' | 'select';
  /** A select's values, as the API spells them. */
  options?: readonly string[];
  unit?: string;
  derived?: boolean;
  /** Fields with the same group sit in one fieldset whose legend is the group's API name. */
  group?: string;
  /** Within a group, a nested object (`thresholdConfiguration`): a fieldset of its own. */
  subgroup?: string;
}

interface Run {
  group?: string;
  fields: SettingsFieldSpec[];
}

/** Fields in order, consecutive ones with the same `key` together. */
function runsBy(fields: readonly SettingsFieldSpec[], key: (field: SettingsFieldSpec) => string | undefined): Run[] {
  const runs: Run[] = [];
  for (const field of fields) {
    const last = runs[runs.length - 1];
    const group = key(field);
    if (last !== undefined && group !== undefined && last.group === group) last.fields.push(field);
    else runs.push({ group, fields: [field] });
  }
  return runs;
}

interface SettingsFormProps {
  side: 'ecs' | 'k8s';
  title: ReactNode;
  fields: SettingsFieldSpec[];
  applyLabel: string;
  toPatch: (changed: Record<string, string>) => ServicePatch;
  summary: ReactNode;
  /** Further buttons in the footer (e.g. kubectl rollout undo). */
  actions?: ReactNode;
}

export function SettingsForm({ side, title, fields, applyLabel, toPatch, summary, actions }: SettingsFormProps) {
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

  const setDraft = (name: string, value: string) => setDrafts((current) => ({ ...current, [name]: value }));

  const renderField = (field: SettingsFieldSpec) => {
    const id = `${side}-${field.name.replace(/\./g, '-')}`;
    const invalid = errors.some((error) => error.startsWith(field.path));
    const derived = field.derived === true && !(field.name in drafts);
    const value = drafts[field.name] ?? field.live;
    const label = (
      <label htmlFor={id}>
        <code>{field.label ?? field.name}</code>
      </label>
    );
    if (field.kind === 'checkbox') {
      return (
        <div className="field field--checkbox" key={field.name}>
          <input
            id={id}
            type="checkbox"
            checked={value === 'true'}
            aria-invalid={invalid || undefined}
            onChange={(event) => setDraft(field.name, String(event.target.checked))}
          />
          {label}
        </div>
      );
    }
    return (
      <div className="field" key={field.name}>
        <span className="field-label">
          {label}
          {derived && (
            <span className="badge badge--derived" id={`${id}-derived`} title={t('settings.derivedHint')}>
              {t('settings.derived')}
            </span>
          )}
        </span>
        <span className="field-input">
          {field.kind === 'select' ? (
            <select id={id} value={value} aria-invalid={invalid || undefined} onChange={(event) => setDraft(field.name, event.target.value)}>
              {(field.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={id}
              type={field.kind === 'number' ? 'number' : 'text'}
              inputMode={field.kind === 'number' ? 'numeric' : 'text'}
              autoComplete="off"
              spellCheck={false}
              value={value}
              aria-invalid={invalid || undefined}
              aria-describedby={derived ? `${id}-derived` : undefined}
              onChange={(event) => setDraft(field.name, event.target.value)}
            />
          )}
          {field.unit !== undefined && <span className="unit">{field.unit}</span>}
        </span>
      </div>
    );
  };

  /** A run of one group as a fieldset, its subgroups nested; a run without a group is one field. */
  const renderRun = (run: Run, inner: ((field: SettingsFieldSpec) => string | undefined) | null, className: string): ReactNode =>
    run.group === undefined ? (
      renderField(run.fields[0])
    ) : (
      <fieldset className={className} key={run.group}>
        <legend>
          <code>{run.group}</code>
        </legend>
        {inner === null ? run.fields.map(renderField) : runsBy(run.fields, inner).map((sub) => renderRun(sub, null, 'field-group field-group--nested'))}
      </fieldset>
    );

  return (
    <form className={`settings side side--${side}`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="side-title">{title}</h2>
      <div className="fields">{runsBy(fields, (f) => f.group).map((run) => renderRun(run, (f) => f.subgroup, 'field-group'))}</div>
      <div className="settings-footer">
        <p className="settings-summary">{summary}</p>
        <span className="settings-actions">
          {actions}
          <button type="submit" className="apply">
            <code>{applyLabel}</code>
          </button>
        </span>
      </div>
    </form>
  );
}
