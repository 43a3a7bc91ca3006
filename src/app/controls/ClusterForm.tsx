// The cluster the service runs in: its launch type or capacity provider strategy, its container
// instances, awsvpcTrunking and the subnets' CIDR blocks. ECS cannot change these on a running
// service, so applying restarts the scenario with them (store/clusterCommands.ts); only a new
// strategy for a service that has one goes out as UpdateService. Beside each input the numbers
// the change would give — usable addresses, task ENIs, the twin's max pods — so a learner sees
// the consequence before applying. Edits stay drafts until applied, and survive a rejection.

import { useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { INSTANCE_TYPE_NAMES, type LaunchType } from '../../sim';
import type { AppState } from '../../store/appStore';
import { applyClusterPlan } from '../../store/clusterCommands';
import {
  capacityNumbers,
  cidrField,
  clusterDraftOf,
  clusterErrorTarget,
  countOf,
  draftRunsOnFargate,
  instanceNumbers,
  LAUNCH_TYPES,
  MAX_STRATEGY_ITEMS,
  parseAttributes,
  planCluster,
  strategySplit,
} from '../../store/clusterDraft';
import type { ClusterDraft, InstanceRow, StrategyItemRow } from '../../store/clusterDraft';
import { selectEcsBounds, selectLocale } from '../../store/selectors';
import { useAppStore } from '../../store/useAppStore';
import { localizeIssue } from '../i18n/localizeIssue';
import { useClusterFormT, type ClusterFormT } from './useClusterFormT';
import { FieldProblem } from './FieldProblem';
import './clusterForms.css';

const selectLive = (s: AppState) => s.mirror.snapshot?.scenario ?? null;
const selectInput = (s: AppState) => s.scenario.input;

const NEW_INSTANCE_ROW: InstanceRow = { instanceType: 'm5.large', count: '1', attributes: '', external: false };

export function ClusterForm() {
  const t = useClusterFormT();
  const live = useAppStore(selectLive);
  const input = useAppStore(selectInput);
  const bounds = useAppStore(selectEcsBounds);
  const locale = useAppStore(selectLocale);
  const [draft, setDraft] = useState<ClusterDraft | null>(null);
  const [applyErrors, setApplyErrors] = useState<string[]>([]);
  const [notApplied, setNotApplied] = useState(false);
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const titleId = `${uid}-title`;

  if (live === null) {
    return (
      <section className="settings side side--ecs" aria-labelledby={titleId}>
        <h2 className="side-title" id={titleId}>
          {t('cluster.title')}
        </h2>
      </section>
    );
  }

  const shown = draft ?? clusterDraftOf(live);
  const plan = planCluster(shown, live, input);
  const totals = capacityNumbers(shown);
  const id = (name: string) => `${uid}-${name.replace(/\./g, '-')}`;
  // An edit starts over: the live checks below speak at once, the validator at the next apply.
  const edit = (change: (current: ClusterDraft) => ClusterDraft) => {
    setDraft((current) => change(current ?? clusterDraftOf(live)));
    setApplyErrors([]);
    setNotApplied(false);
  };
  const providerNames = live.cluster.capacityProviders.map((p) => p.name);
  const peak = bounds?.maximum ?? null;
  const runsOnEc2 = shown.mode === 'launchType' ? shown.launchType === 'EC2' : !draftRunsOnFargate(shown);
  const usesAwsvpc = shown.mode === 'capacityProviderStrategy' || shown.launchType !== 'EXTERNAL';

  // Problems the validator found on the last apply, by the form field they name.
  const applied = new Map<string, string[]>();
  for (const line of applyErrors) {
    const target = clusterErrorTarget(line, shown);
    if (target !== null) applied.set(target, [...(applied.get(target) ?? []), localizeIssue(line, locale)]);
  }
  const appliedProblem = (target: string): ReactNode =>
    applied.has(target) ? <FieldProblem id={id(`${target}-applied`)} message={(applied.get(target) ?? []).join(' ')} /> : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (plan.kind === 'none') {
      setDraft(null);
      setApplyErrors([]);
      setNotApplied(false);
      return;
    }
    setBusy(true);
    const errors = await applyClusterPlan(plan);
    setBusy(false);
    // A draft's own problems are already shown beside their fields as the learner types.
    setApplyErrors(plan.kind === 'invalid' ? [] : errors);
    setNotApplied(errors.length > 0);
    if (errors.length === 0) setDraft(null);
  };

  const discard = () => {
    setDraft(null);
    setApplyErrors([]);
    setNotApplied(false);
  };

  const setStrategyRow = (index: number, patch: Partial<StrategyItemRow>) =>
    edit((d) => ({ ...d, strategy: d.strategy.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const setInstanceRow = (index: number, patch: Partial<InstanceRow>) =>
    edit((d) => ({ ...d, instances: d.instances.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));

  const capacity = (
    <fieldset className="field-group cf-stack">
      <legend>{t('cluster.capacity')}</legend>
      <div className="cf-radios">
        {(['launchType', 'capacityProviderStrategy'] as const).map((mode) => (
          <label key={mode}>
            <input type="radio" name={`${uid}-mode`} value={mode} checked={shown.mode === mode} onChange={() => edit((d) => ({ ...d, mode }))} />
            <code>{mode}</code>
          </label>
        ))}
      </div>
      {shown.mode === 'launchType' ? (
        <div className="cf-row">
          <div className="field">
            <label htmlFor={id('launchType')}>
              <code>launchType</code>
            </label>
            <select
              id={id('launchType')}
              value={shown.launchType}
              aria-invalid={applied.has('launchType') || undefined}
              aria-describedby={`${id('launchType-hint')}${applied.has('launchType') ? ` ${id('launchType-applied')}` : ''}`}
              onChange={(event) => edit((d) => ({ ...d, launchType: event.target.value as LaunchType }))}
            >
              {LAUNCH_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          </div>
          <p className="cf-note" id={id('launchType-hint')}>
            {t(`cluster.hint.${shown.launchType}`)}
          </p>
          {shown.launchType === 'EC2' && totals.instances === 0 && <p className="cf-warning">{t('cluster.noEc2Instances')}</p>}
          {shown.launchType === 'EXTERNAL' && totals.external === 0 && <p className="cf-warning">{t('cluster.noExternalInstances')}</p>}
          {appliedProblem('launchType')}
        </div>
      ) : (
        <>
          {shown.strategy.map((row, i) => {
            const names = providerNames.includes(row.capacityProvider) ? providerNames : [...providerNames, row.capacityProvider];
            return (
              <div className="cf-row" role="group" aria-label={t('cluster.strategyItem', { n: i + 1 })} key={i}>
                <div className="field">
                  <label htmlFor={id(`strategy.${i}.capacityProvider`)}>
                    <code>capacityProvider</code>
                  </label>
                  <select
                    id={id(`strategy.${i}.capacityProvider`)}
                    value={row.capacityProvider}
                    aria-invalid={applied.has(`strategy.${i}.capacityProvider`) || undefined}
                    onChange={(event) => setStrategyRow(i, { capacityProvider: event.target.value })}
                  >
                    {names.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
                {(['base', 'weight'] as const).map((part) => (
                  <div className="field" key={part}>
                    <label htmlFor={id(`strategy.${i}.${part}`)}>
                      <code>{part}</code>
                    </label>
                    <input
                      id={id(`strategy.${i}.${part}`)}
                      type="number"
                      inputMode="numeric"
                      min={0}
                      autoComplete="off"
                      value={row[part]}
                      aria-invalid={applied.has(`strategy.${i}.${part}`) || undefined}
                      onChange={(event) => setStrategyRow(i, { [part]: event.target.value })}
                    />
                  </div>
                ))}
                <button
                  type="button"
                  className="cf-icon"
                  aria-label={t('cluster.removeProvider', { n: i + 1 })}
                  disabled={shown.strategy.length === 1}
                  onClick={() => edit((d) => ({ ...d, strategy: d.strategy.filter((_, k) => k !== i) }))}
                >
                  ✕
                </button>
                {appliedProblem(`strategy.${i}.capacityProvider`)}
                {appliedProblem(`strategy.${i}.base`)}
                {appliedProblem(`strategy.${i}.weight`)}
              </div>
            );
          })}
          {appliedProblem('strategy')}
          <StrategySplit rows={shown.strategy} t={t} />
          <div className="cf-row">
            <button
              type="button"
              disabled={shown.strategy.length >= MAX_STRATEGY_ITEMS}
              onClick={() =>
                edit((d) => ({
                  ...d,
                  strategy: [...d.strategy, { capacityProvider: providerNames.find((n) => !d.strategy.some((r) => r.capacityProvider === n)) ?? providerNames[0], base: '0', weight: '1' }],
                }))
              }
            >
              {t('cluster.addProvider')}
            </button>
            <p className="cf-note">{t('cluster.strategyHint')}</p>
          </div>
        </>
      )}
    </fieldset>
  );

  const instances = (
    <fieldset className="field-group cf-stack">
      <legend>
        <code>containerInstances</code>
      </legend>
      <p className="cf-note">{t('cluster.instancesHint')}</p>
      {shown.instances.length === 0 && <p className="cf-note">{t('cluster.noInstanceRows')}</p>}
      {shown.instances.map((row, i) => {
        const numbers = instanceNumbers(row.instanceType);
        const countBad = countOf(row.count) === null;
        const attributes = parseAttributes(row.attributes);
        const types: readonly string[] = INSTANCE_TYPE_NAMES.includes(row.instanceType as (typeof INSTANCE_TYPE_NAMES)[number])
          ? INSTANCE_TYPE_NAMES
          : [...INSTANCE_TYPE_NAMES, row.instanceType];
        const attributesBad = !attributes.ok || applied.has(`instances.${i}.attributes`);
        return (
          <div className="cf-row" role="group" aria-label={t('cluster.instanceRow', { n: i + 1 })} key={i}>
            <div className="field">
              <label htmlFor={id(`instances.${i}.instanceType`)}>
                <code>instanceType</code>
              </label>
              <select
                id={id(`instances.${i}.instanceType`)}
                value={row.instanceType}
                aria-invalid={applied.has(`instances.${i}.instanceType`) || undefined}
                aria-describedby={id(`instances.${i}.numbers`)}
                onChange={(event) => setInstanceRow(i, { instanceType: event.target.value })}
              >
                {types.map((type) => (
                  <option key={type} value={type}>
                    {type}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={id(`instances.${i}.count`)}>{t('cluster.count')}</label>
              <input
                id={id(`instances.${i}.count`)}
                type="number"
                inputMode="numeric"
                min={0}
                autoComplete="off"
                value={row.count}
                aria-invalid={countBad || undefined}
                aria-describedby={countBad ? id(`instances.${i}.count-problem`) : undefined}
                onChange={(event) => setInstanceRow(i, { count: event.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={id(`instances.${i}.attributes`)}>
                <code>attributes</code>
              </label>
              <input
                id={id(`instances.${i}.attributes`)}
                type="text"
                autoComplete="off"
                spellCheck={false}
                placeholder="stack=prod"
                value={row.attributes}
                aria-invalid={attributesBad || undefined}
                aria-describedby={attributesBad ? id(`instances.${i}.attributes-problem`) : undefined}
                onChange={(event) => setInstanceRow(i, { attributes: event.target.value })}
              />
            </div>
            <div className="field field--checkbox cf-check">
              <input id={id(`instances.${i}.external`)} type="checkbox" checked={row.external} onChange={(event) => setInstanceRow(i, { external: event.target.checked })} />
              <label htmlFor={id(`instances.${i}.external`)}>{t('cluster.external')}</label>
            </div>
            <button
              type="button"
              className="cf-icon"
              aria-label={t('cluster.removeInstances', { n: i + 1 })}
              onClick={() => edit((d) => ({ ...d, instances: d.instances.filter((_, k) => k !== i) }))}
            >
              ✕
            </button>
            <p className="cf-numbers" id={id(`instances.${i}.numbers`)}>
              {numbers === null
                ? null
                : row.external
                  ? t('cluster.externalSize', { vCpu: numbers.vCpu, memory: numbers.memoryMiB })
                  : [
                      t('cluster.size', { vCpu: numbers.vCpu, memory: numbers.memoryMiB }),
                      numbers.trunkingSupported
                        ? t('cluster.taskEniLimit', { without: numbers.taskEnis, with: numbers.taskEnisTrunked })
                        : t('cluster.taskEniLimitNoTrunk', { without: numbers.taskEnis }),
                      t('cluster.maxPods', { pods: numbers.maxPods }),
                    ].join(' · ')}
            </p>
            {countBad && <FieldProblem id={id(`instances.${i}.count-problem`)} message={t('cluster.countInvalid')} />}
            {!attributes.ok && <FieldProblem id={id(`instances.${i}.attributes-problem`)} message={t('cluster.attributesInvalid', { piece: attributes.piece })} />}
            {attributes.ok && applied.has(`instances.${i}.attributes`) && (
              <FieldProblem id={id(`instances.${i}.attributes-problem`)} message={(applied.get(`instances.${i}.attributes`) ?? []).join(' ')} />
            )}
            {appliedProblem(`instances.${i}.instanceType`)}
          </div>
        );
      })}
      {plan.kind === 'invalid' && plan.errors.some((e) => e.target === 'instances') && <FieldProblem id={id('instances-problem')} message={t('cluster.countInvalid')} />}
      {appliedProblem('instances')}
      <div className="cf-row">
        <button type="button" onClick={() => edit((d) => ({ ...d, instances: [...d.instances, { ...NEW_INSTANCE_ROW }] }))}>
          {t('cluster.addInstances')}
        </button>
      </div>
      <div className="cf-row">
        <div className="field field--checkbox cf-check">
          <input
            id={id('awsvpcTrunking')}
            type="checkbox"
            checked={shown.awsvpcTrunking}
            aria-describedby={id('awsvpcTrunking-hint')}
            onChange={(event) => edit((d) => ({ ...d, awsvpcTrunking: event.target.checked }))}
          />
          <label htmlFor={id('awsvpcTrunking')}>
            <code>awsvpcTrunking</code>
          </label>
        </div>
        <p className="cf-note" id={id('awsvpcTrunking-hint')}>
          {t('cluster.trunkingHint')}
        </p>
        {totals.instances > 0 && (
          <p className="cf-numbers">{t('cluster.capacityTotal', { instances: totals.instances, tasks: totals.awsvpcTasks, peak: peak ?? '—', pods: totals.maxPods })}</p>
        )}
        {runsOnEc2 && totals.instances > 0 && peak !== null && totals.awsvpcTasks < peak && (
          <p className="cf-warning">{t('cluster.enisShort', { tasks: totals.awsvpcTasks, peak })}</p>
        )}
      </div>
    </fieldset>
  );

  const subnets = (
    <fieldset className="field-group cf-stack">
      <legend>
        <code>subnets</code>
      </legend>
      <p className="cf-note">{t('cluster.subnetsHint')}</p>
      {shown.subnets.map((row, i) => {
        const parsed = cidrField(row.cidr);
        const target = `subnets.${i}.cidr`;
        const bad = !parsed.ok || applied.has(target);
        return (
          <div className="cf-row" key={row.subnetId}>
            <div className="field cf-cidr">
              <label htmlFor={id(target)}>
                <code>cidr</code> {row.subnetId} ({row.availabilityZone})
              </label>
              <input
                id={id(target)}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={row.cidr}
                aria-invalid={bad || undefined}
                aria-describedby={id(`${target}-info`)}
                onChange={(event) => edit((d) => ({ ...d, subnets: d.subnets.map((s, k) => (k === i ? { ...s, cidr: event.target.value } : s)) }))}
              />
            </div>
            {parsed.ok ? (
              <>
                <p className="cf-numbers" id={id(`${target}-info`)}>
                  {t('cluster.usable', { usable: parsed.usable.toLocaleString(locale) })}
                </p>
                {appliedProblem(target)}
              </>
            ) : (
              <FieldProblem id={id(`${target}-info`)} message={parsed.error} text={row.cidr} position={parsed.position} />
            )}
          </div>
        );
      })}
      <p className="cf-numbers">{t('cluster.usableTotal', { usable: totals.usableAddresses.toLocaleString(locale) })}</p>
      {usesAwsvpc && peak !== null && totals.usableAddresses < peak + totals.instances && (
        <p className="cf-warning">
          {t('cluster.subnetsShort', { usable: totals.usableAddresses.toLocaleString(locale), needed: (peak + totals.instances).toLocaleString(locale) })}
        </p>
      )}
    </fieldset>
  );

  const planLine =
    plan.kind === 'none'
      ? t('cluster.plan.none')
      : plan.kind === 'invalid'
        ? t('cluster.plan.invalid')
        : plan.kind === 'update'
          ? t('cluster.plan.update')
          : [t('cluster.plan.restart'), ...plan.dropped.map((field) => t(`cluster.dropped.${field}`))].join(' ');

  return (
    <form className="settings side side--ecs cf-form" aria-labelledby={titleId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="side-title" id={titleId}>
        {t('cluster.title')}
      </h2>
      <p className="cf-note">{t('cluster.restartNote')}</p>
      <div className="fields">
        {capacity}
        {instances}
        {subnets}
      </div>
      <div className="settings-footer">
        <p className="settings-summary">{planLine}</p>
        <span className="settings-actions">
          {draft !== null && (
            <button type="button" onClick={discard}>
              {t('cluster.discard')}
            </button>
          )}
          <button type="submit" className="apply" aria-busy={busy || undefined}>
            {plan.kind === 'update' ? <code>UpdateService</code> : t('cluster.applyRestart')}
          </button>
        </span>
        {notApplied && (
          <p className="cf-warning" role="status">
            {t('cluster.notApplied')}
          </p>
        )}
      </div>
    </form>
  );
}

const selectDesiredCount = (s: AppState) => s.mirror.snapshot?.ecs.service.desiredCount ?? 0;

/** What the strategy would do with the service's tasks now, before the learner applies it. */
function StrategySplit({ rows, t }: { rows: readonly StrategyItemRow[]; t: ClusterFormT }) {
  const desiredCount = useAppStore(selectDesiredCount);
  const split = strategySplit(rows, desiredCount);
  if (split === null) return null;
  const text = Object.entries(split)
    .map(([provider, tasks]) => `${provider} ${tasks}`)
    .join(', ');
  return (
    <p className="cf-note" aria-live="polite">
      {t('cluster.strategySplit', { count: desiredCount, split: text })}
    </p>
  );
}
