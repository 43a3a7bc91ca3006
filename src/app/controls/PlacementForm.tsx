// Task placement, applied with UpdateService: the ordered placementStrategy rules (binpack,
// spread, random; up to four) and the placementConstraints (distinctInstance, memberOf with a
// cluster query language expression, parsed as the learner types, a caret under the problem).
// Each rule says what Kubernetes uses for the same job. On Fargate ECS refuses both lists, so the
// form is disabled with ECS's own sentence. Edits stay drafts until applied.

import { useId, useMemo, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ClusterFormKey } from './clusterFormText';
import type { AppState } from '../../store/appStore';
import { updateService } from '../../store/commands';
import {
  DEFAULT_FIELD,
  expressionProblem,
  MAX_CONSTRAINTS,
  MAX_STRATEGY_RULES,
  moveRow,
  placementDraftOf,
  placementErrorTarget,
  placementPatchOf,
  runsOnFargate,
  SPREAD_FIELDS,
} from '../../store/placementDraft';
import type { ConstraintRow, ConstraintType, PlacementDraft, StrategyRow, StrategyType } from '../../store/placementDraft';
import { selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { localizeIssue } from '../i18n/localizeIssue';
import { useClusterFormT } from './useClusterFormT';
import { FieldProblem } from './FieldProblem';
import './clusterForms.css';

const STRATEGY_TYPES: readonly StrategyType[] = ['binpack', 'spread', 'random'];
const CONSTRAINT_TYPES: readonly ConstraintType[] = ['distinctInstance', 'memberOf'];

const selectService = (s: AppState) => s.mirror.snapshot?.scenario.service ?? null;
const selectInstances = (s: AppState) => s.mirror.snapshot?.scenario.cluster.containerInstances ?? null;

/** What Kubernetes uses for the same job as this rule. */
function k8sCounterpart(row: StrategyRow): ClusterFormKey {
  if (row.type !== 'spread') return `placement.k8s.${row.type}`;
  const field = row.field.trim();
  if (field === 'attribute:ecs.availability-zone') return 'placement.k8s.spreadZone';
  if (field === 'instanceId' || field === 'host') return 'placement.k8s.spreadHost';
  return 'placement.k8s.spreadOther';
}

export function PlacementForm() {
  const t = useClusterFormT();
  const service = useAppStore(selectService);
  const instances = useAppStore(selectInstances);
  const locale = useAppStore(selectLocale);
  const [draft, setDraft] = useState<PlacementDraft | null>(null);
  const [applyErrors, setApplyErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const titleId = `${uid}-title`;
  // Spread fields to suggest: the common ones and the cluster's custom attributes.
  const spreadFields = useMemo(() => {
    const custom = new Set((instances ?? []).flatMap((ci) => Object.keys(ci.attributes).map((name) => `attribute:${name}`)));
    return [...SPREAD_FIELDS, ...[...custom].filter((f) => !(SPREAD_FIELDS as readonly string[]).includes(f))];
  }, [instances]);

  if (service === null) {
    return (
      <section className="settings side side--ecs" aria-labelledby={titleId}>
        <h2 className="side-title" id={titleId}>
          {t('placement.title')}
        </h2>
      </section>
    );
  }

  const fargate = runsOnFargate(service);
  const shown = draft ?? placementDraftOf(service);
  const patch = placementPatchOf(shown, service);
  const changed = Object.keys(patch).length > 0;
  const id = (name: string) => `${uid}-${name.replace(/\./g, '-')}`;
  // An edit starts over: the expression check speaks at once, the validator at the next apply.
  const edit = (change: (current: PlacementDraft) => PlacementDraft) => {
    setDraft((current) => change(current ?? placementDraftOf(service)));
    setApplyErrors([]);
  };
  const setRule = (index: number, next: Partial<StrategyRow>) =>
    edit((d) => ({ ...d, strategy: d.strategy.map((row, i) => (i === index ? { ...row, ...next } : row)) }));
  const setConstraint = (index: number, next: Partial<ConstraintRow>) =>
    edit((d) => ({ ...d, constraints: d.constraints.map((row, i) => (i === index ? { ...row, ...next } : row)) }));

  const applied = new Map<string, string[]>();
  for (const line of applyErrors) {
    const target = placementErrorTarget(line);
    if (target !== null) applied.set(target, [...(applied.get(target) ?? []), localizeIssue(line, locale)]);
  }
  const appliedProblem = (target: string): ReactNode =>
    applied.has(target) ? <FieldProblem id={id(`${target}-applied`)} message={(applied.get(target) ?? []).join(' ')} /> : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || fargate) return;
    if (!changed) {
      setDraft(null);
      setApplyErrors([]);
      return;
    }
    setBusy(true);
    const errors = await updateService(patch);
    setBusy(false);
    setApplyErrors(errors);
    if (errors.length === 0) setDraft(null);
  };

  const discard = () => {
    setDraft(null);
    setApplyErrors([]);
  };

  const datalistId = id('spread-fields');
  const strategy = (
    <fieldset className="field-group cf-stack">
      <legend>
        <code>placementStrategy</code>
      </legend>
      {shown.strategy.length === 0 && <p className="cf-note">{t('placement.defaultStrategy')}</p>}
      {shown.strategy.map((row, i) => {
        const n = i + 1;
        const fieldId = id(`strategy.${i}.field`);
        return (
          <div className="cf-row" role="group" aria-label={t('placement.rule', { n })} key={i}>
            <span className="cf-ordinal" aria-hidden="true">
              {n}.
            </span>
            <div className="field">
              <label htmlFor={id(`strategy.${i}.type`)}>
                <code>type</code>
              </label>
              <select
                id={id(`strategy.${i}.type`)}
                value={row.type}
                aria-invalid={applied.has(`strategy.${i}`) || undefined}
                onChange={(event) => {
                  const type = event.target.value as StrategyType;
                  setRule(i, { type, field: DEFAULT_FIELD[type] });
                }}
              >
                {STRATEGY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            {row.type === 'binpack' && (
              <div className="field">
                <label htmlFor={fieldId}>
                  <code>field</code>
                </label>
                <select id={fieldId} value={row.field} onChange={(event) => setRule(i, { field: event.target.value })}>
                  {['cpu', 'memory'].map((field) => (
                    <option key={field} value={field}>
                      {field}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {row.type === 'spread' && (
              <div className="field cf-wide">
                <label htmlFor={fieldId}>
                  <code>field</code>
                </label>
                <input
                  id={fieldId}
                  type="text"
                  list={datalistId}
                  autoComplete="off"
                  spellCheck={false}
                  value={row.field}
                  aria-invalid={applied.has(`strategy.${i}`) || undefined}
                  onChange={(event) => setRule(i, { field: event.target.value })}
                />
              </div>
            )}
            <button
              type="button"
              className="cf-icon"
              aria-label={t('placement.moveUp', { n })}
              disabled={i === 0}
              onClick={() => edit((d) => ({ ...d, strategy: moveRow(d.strategy, i, -1) }))}
            >
              ↑
            </button>
            <button
              type="button"
              className="cf-icon"
              aria-label={t('placement.moveDown', { n })}
              disabled={i === shown.strategy.length - 1}
              onClick={() => edit((d) => ({ ...d, strategy: moveRow(d.strategy, i, 1) }))}
            >
              ↓
            </button>
            <button
              type="button"
              className="cf-icon"
              aria-label={t('placement.removeRule', { n })}
              onClick={() => edit((d) => ({ ...d, strategy: d.strategy.filter((_, k) => k !== i) }))}
            >
              ✕
            </button>
            <p className="cf-k8s">{t(k8sCounterpart(row))}</p>
            {appliedProblem(`strategy.${i}`)}
          </div>
        );
      })}
      {appliedProblem('strategy')}
      <div className="cf-row">
        <button
          type="button"
          disabled={shown.strategy.length >= MAX_STRATEGY_RULES}
          aria-describedby={shown.strategy.length >= MAX_STRATEGY_RULES ? id('strategy-max') : undefined}
          onClick={() => edit((d) => ({ ...d, strategy: [...d.strategy, { type: 'spread', field: DEFAULT_FIELD.spread }] }))}
        >
          {t('placement.addRule')}
        </button>
        {shown.strategy.length >= MAX_STRATEGY_RULES && (
          <p className="cf-note" id={id('strategy-max')}>
            {t('placement.maxRules')}
          </p>
        )}
      </div>
      <datalist id={datalistId}>
        {spreadFields.map((field) => (
          <option key={field} value={field} />
        ))}
      </datalist>
    </fieldset>
  );

  const constraints = (
    <fieldset className="field-group cf-stack">
      <legend>
        <code>placementConstraints</code>
      </legend>
      {shown.constraints.length === 0 && <p className="cf-note">{t('placement.noConstraints')}</p>}
      {shown.constraints.map((row, i) => {
        const n = i + 1;
        const expressionId = id(`constraints.${i}.expression`);
        const problem = row.type === 'memberOf' ? expressionProblem(row.expression) : null;
        const bad = problem !== null || applied.has(`constraints.${i}`);
        return (
          <div className="cf-row" role="group" aria-label={t('placement.constraint', { n })} key={i}>
            <div className="field">
              <label htmlFor={id(`constraints.${i}.type`)}>
                <code>type</code>
              </label>
              <select
                id={id(`constraints.${i}.type`)}
                value={row.type}
                onChange={(event) => setConstraint(i, { type: event.target.value as ConstraintType })}
              >
                {CONSTRAINT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            {row.type === 'memberOf' && (
              <div className="field cf-wide">
                <label htmlFor={expressionId}>
                  <code>expression</code>
                </label>
                <input
                  id={expressionId}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={row.expression}
                  placeholder="attribute:ecs.instance-type =~ m5.*"
                  aria-invalid={bad || undefined}
                  aria-describedby={`${id(`constraints.${i}.status`)} ${id(`constraints.${i}.hint`)}`}
                  onChange={(event) => setConstraint(i, { expression: event.target.value })}
                />
              </div>
            )}
            <button
              type="button"
              className="cf-icon"
              aria-label={t('placement.removeConstraint', { n })}
              onClick={() => edit((d) => ({ ...d, constraints: d.constraints.filter((_, k) => k !== i) }))}
            >
              ✕
            </button>
            {row.type === 'memberOf' &&
              (problem === null ? (
                <p className="cf-note" id={id(`constraints.${i}.status`)}>
                  {t('placement.expressionOk')}
                </p>
              ) : (
                <FieldProblem id={id(`constraints.${i}.status`)} message={problem.message} text={row.expression} position={problem.position} />
              ))}
            {row.type === 'memberOf' && (
              <p className="cf-note" id={id(`constraints.${i}.hint`)}>
                {t('placement.expressionHint')}
              </p>
            )}
            <p className="cf-k8s">{t(`placement.k8s.${row.type}`)}</p>
            {problem === null && appliedProblem(`constraints.${i}`)}
          </div>
        );
      })}
      {appliedProblem('constraints')}
      <div className="cf-row">
        <button
          type="button"
          disabled={shown.constraints.length >= MAX_CONSTRAINTS}
          aria-describedby={shown.constraints.length >= MAX_CONSTRAINTS ? id('constraints-max') : undefined}
          onClick={() => edit((d) => ({ ...d, constraints: [...d.constraints, { type: 'distinctInstance', expression: '' }] }))}
        >
          {t('placement.addConstraint')}
        </button>
        {shown.constraints.length >= MAX_CONSTRAINTS && (
          <p className="cf-note" id={id('constraints-max')}>
            {t('placement.maxConstraints')}
          </p>
        )}
      </div>
    </fieldset>
  );

  return (
    <form className="settings side side--ecs cf-form" aria-labelledby={titleId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="side-title" id={titleId}>
        {t('placement.title')}
      </h2>
      {fargate && (
        <p className="cf-blocked" id={id('fargate')}>
          <strong>{t('placement.fargate')}</strong> {t('placement.fargateHint')}
        </p>
      )}
      <fieldset className="cf-plain" disabled={fargate} aria-describedby={fargate ? id('fargate') : undefined}>
        <p className="cf-note">{t('placement.order')}</p>
        <div className="fields">
          {strategy}
          {constraints}
        </div>
        <div className="settings-footer">
          <p className="settings-summary">{t('placement.newDeployment')}</p>
          <span className="settings-actions">
            {draft !== null && (
              <button type="button" onClick={discard}>
                {t('cluster.discard')}
              </button>
            )}
            <button type="submit" className="apply" aria-busy={busy || undefined}>
              <code>UpdateService</code>
            </button>
          </span>
        </div>
      </fieldset>
    </form>
  );
}
