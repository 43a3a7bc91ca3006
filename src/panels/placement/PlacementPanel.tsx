// The placement panel's React shell: ECS container instances (or, on Fargate, the tasks of each
// Availability Zone) on the left, the twin's EKS nodes on the right, both grouped by zone, with
// usage bars and a mark per task or pod (MarkSvg, D3); then why the last task went where it
// did, the capacity providers, and what this service's rules are called on Kubernetes.

import type { Snapshot } from '../../sim';
import { SampledPanel, type SampledViewProps } from '../shared/SampledPanel';
import { launchKind } from '../network/launchKind';
import { MAX_MACHINES } from '../network/markScene';
import { MarkPair, type PairFrame } from '../network/MarkPair';
import { FargateZoneBox, InstanceUsageBox, NodeUsageBox, type PlacementContext } from './PlacementBoxes';
import { byZone, placedTasks, podsByNode, tasksByInstance } from './placementGroups';
import { placementMapping } from './placementMapping';
import { CapacityProviders, LastPlacement, MappingNote } from './PlacementNotes';
import { PLACEMENT_TEXT } from './placementText';
import '../network/network.css';
import './placement.css';

export function PlacementPanel() {
  return <SampledPanel className="iso-panel net-panel" body="placement" View={PlacementView} />;
}

export function PlacementView({ snapshot, locale, highlight }: SampledViewProps) {
  const t = PLACEMENT_TEXT[locale];
  const ctx = (frame: PairFrame): PlacementContext => ({ t, highlight, ...frame });
  const kind = snapshot === null ? null : launchKind(snapshot.scenario);
  return (
    <>
      <MarkPair
        text={t}
        snapshot={snapshot}
        locale={locale}
        ecs={(s, frame) => <EcsPlacement snapshot={s} ctx={ctx(frame)} />}
        k8s={(s, frame) => <K8sPlacement snapshot={s} ctx={ctx(frame)} />}
      />
      <ul className="iso-legend__items pl-legend" aria-label={t.legend.caption}>
        {(['new', 'old'] as const).map((g) => (
          <li key={g} className="iso-legend__item">
            <svg className="iso-legend__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <rect x="1" y="1" width="16" height="16" rx="3" className={`pl-unit pl-unit--${g}`} />
            </svg>
            <span>{t.legend[g]}</span>
          </li>
        ))}
      </ul>
      {snapshot !== null && kind !== null && (
        <>
          {snapshot.ecs.cluster.capacityProviders.length > 0 && <h3 className="net-heading">{t.providers}</h3>}
          <CapacityProviders providers={snapshot.ecs.cluster.capacityProviders} strategy={snapshot.scenario.service.capacityProviderStrategy} t={t} />
          <h3 className="net-heading">{t.mapping}</h3>
          <MappingNote mapping={placementMapping(snapshot.scenario.service, kind)} untranslated={snapshot.k8s.scheduling.untranslated} t={t} />
        </>
      )}
    </>
  );
}

function EcsPlacement({ snapshot, ctx }: { snapshot: Snapshot; ctx: PlacementContext }) {
  const { t } = ctx;
  const { cluster, service } = snapshot.ecs;
  const deployments = service.deployments;
  if (cluster.containerInstances.length === 0) {
    if (launchKind(snapshot.scenario) !== 'FARGATE') return <p className="empty">{t.noInstances}</p>;
    return (
      <>
        <p className="net-box__note">{t.fargateZones}</p>
        {byZone(placedTasks(snapshot.ecs.tasks), (task) => task.availabilityZone).map((g) => (
          <div key={g.zone} data-zone={g.zone}>
            <h4 className="net-heading">{t.zone(g.zone, g.items.length)}</h4>
            <FargateZoneBox zone={g.zone} tasks={g.items} deployments={deployments} ctx={ctx} />
          </div>
        ))}
      </>
    );
  }
  const onInstance = tasksByInstance(snapshot.ecs.tasks);
  return (
    <>
      {byZone(cluster.containerInstances, (i) => i.availabilityZone).map((g) => {
        const count = g.items.reduce((n, i) => n + (onInstance.get(i.containerInstanceArn)?.length ?? 0), 0);
        return (
          <div key={g.zone} data-zone={g.zone}>
            <h4 className="net-heading">{t.zone(g.zone, count)}</h4>
            {g.items.slice(0, MAX_MACHINES).map((i) => (
              <InstanceUsageBox key={i.containerInstanceArn} instance={i} tasks={onInstance.get(i.containerInstanceArn) ?? []} deployments={deployments} ctx={ctx} />
            ))}
            {g.items.length > MAX_MACHINES && <p className="net-box__note">{t.more(g.items.length - MAX_MACHINES)}</p>}
          </div>
        );
      })}
      <h4 className="net-heading">{t.lastPlacement}</h4>
      <LastPlacement placement={cluster.lastPlacement} instances={cluster.containerInstances} t={t} />
    </>
  );
}

function K8sPlacement({ snapshot, ctx }: { snapshot: Snapshot; ctx: PlacementContext }) {
  const { t } = ctx;
  const { nodes, pods, replicaSets, deployment } = snapshot.k8s;
  if (nodes.length === 0) return <p className="empty">{t.noNodes}</p>;
  const onNode = podsByNode(pods);
  return (
    <>
      {byZone(nodes, (n) => n.zone).map((g) => (
        <div key={g.zone} data-zone={g.zone}>
          <h4 className="net-heading">{t.zonePods(g.zone, g.items.reduce((n, node) => n + (onNode.get(node.name)?.length ?? 0), 0))}</h4>
          {g.items.slice(0, MAX_MACHINES).map((n) => (
            <NodeUsageBox key={n.name} node={n} pods={onNode.get(n.name) ?? []} replicaSets={replicaSets} revision={deployment.revision} ctx={ctx} />
          ))}
          {g.items.length > MAX_MACHINES && <p className="net-box__note">{t.more(g.items.length - MAX_MACHINES)}</p>}
        </div>
      ))}
    </>
  );
}
