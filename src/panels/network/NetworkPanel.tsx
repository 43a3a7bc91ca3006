// The awsvpc ENI panel's React shell: ECS on the left (subnets filling and emptying, container
// instances with their ENI slots, or each Fargate task's own ENI), Kubernetes on the right (the
// twin's subnets and EKS nodes with their ENIs and secondary IPs). React lays out the boxes and
// prints their numbers; D3 draws each box's marks (MarkSvg). The snapshot is sampled (a few
// times a second, not at all off screen): the panel is for reading, the rollout is for motion.

import type { Snapshot } from '../../sim';
import { SampledPanel, type SampledViewProps } from '../shared/SampledPanel';
import { fargateEnis } from './eniSlots';
import { launchKind } from './launchKind';
import { MarkPair, type PairFrame } from './MarkPair';
import { MAX_MACHINES } from './markScene';
import { FargateBox, InstanceBox, NodeBox, SubnetBox, type BoxContext } from './NetworkBoxes';
import { NetworkLegend } from './NetworkLegend';
import { NETWORK_TEXT } from './networkText';
import './network.css';

export function NetworkPanel() {
  return <SampledPanel className="iso-panel net-panel" body="network" View={NetworkView} />;
}

export function NetworkView({ snapshot, locale, highlight }: SampledViewProps) {
  const t = NETWORK_TEXT[locale];
  const ctx = (frame: PairFrame): BoxContext => ({ t, highlight, ...frame });
  return (
    <>
      <MarkPair
        text={t}
        snapshot={snapshot}
        locale={locale}
        ecs={(s, frame) => <EcsSide snapshot={s} ctx={ctx(frame)} />}
        k8s={(s, frame) => <K8sSide snapshot={s} ctx={ctx(frame)} />}
      />
      <NetworkLegend t={t} />
    </>
  );
}

function EcsSide({ snapshot, ctx }: { snapshot: Snapshot; ctx: BoxContext }) {
  const { t } = ctx;
  const cluster = snapshot.ecs.cluster;
  const owners = new Map<string, string>();
  for (const instance of cluster.containerInstances) for (const eni of instance.enis) owners.set(eni.eniId, instance.ec2InstanceId);
  const ownerOf = (eniId: string) => owners.get(eniId) ?? null;
  const kind = launchKind(snapshot.scenario);
  const securityGroups = snapshot.scenario.service.networkConfiguration?.awsvpcConfiguration.securityGroups ?? [];
  return (
    <>
      <h4 className="net-heading">{t.subnets}</h4>
      {cluster.subnets.length === 0 ? <p className="empty">{t.noSubnets}</p> : cluster.subnets.map((s) => <SubnetBox key={s.subnetId} subnet={s} ownerOf={ownerOf} ctx={ctx} />)}
      <h4 className="net-heading">{t.instances}</h4>
      {cluster.containerInstances.length > 0 ? (
        <>
          {cluster.containerInstances.slice(0, MAX_MACHINES).map((i) => (
            <InstanceBox key={i.containerInstanceArn} instance={i} clusterTrunking={cluster.awsvpcTrunking} ctx={ctx} />
          ))}
          {cluster.containerInstances.length > MAX_MACHINES && <p className="net-box__note">{t.more(cluster.containerInstances.length - MAX_MACHINES)}</p>}
        </>
      ) : kind === 'FARGATE' ? (
        <FargateBox enis={fargateEnis(snapshot.ecs.tasks)} securityGroups={securityGroups} ctx={ctx} />
      ) : (
        <p className="empty">{t.noInstances}</p>
      )}
    </>
  );
}

function K8sSide({ snapshot, ctx }: { snapshot: Snapshot; ctx: BoxContext }) {
  const { t } = ctx;
  const { nodes, subnets } = snapshot.k8s;
  const owners = new Map<string, string>();
  for (const node of nodes) for (const eni of node.enis) owners.set(eni.eniId, node.name);
  const ownerOf = (eniId: string) => owners.get(eniId) ?? null;
  return (
    <>
      <h4 className="net-heading">{t.subnets}</h4>
      {subnets.length === 0 ? <p className="empty">{t.noSubnets}</p> : subnets.map((s) => <SubnetBox key={s.subnetId} subnet={s} ownerOf={ownerOf} ctx={ctx} />)}
      <h4 className="net-heading">{t.nodes}</h4>
      {nodes.length === 0 ? <p className="empty">{t.noNodes}</p> : nodes.slice(0, MAX_MACHINES).map((n) => <NodeBox key={n.name} node={n} ctx={ctx} />)}
      {nodes.length > MAX_MACHINES && <p className="net-box__note">{t.more(nodes.length - MAX_MACHINES)}</p>}
    </>
  );
}
