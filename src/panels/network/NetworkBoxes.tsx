// The ENI panel's boxes: a subnet, a container instance, an EKS node, the Fargate task ENIs.
// Each box prints the numbers a learner checks ("11 usable, 9 used", "task ENIs 2/2 (m5.large,
// trunking off)", "pods 27/29") as text, and draws its marks in a MarkSvg.

import type { ContainerInstanceView, NodeView, SubnetView } from '../../sim';
import { findInstanceType } from '../../sim';
import { podCapacity, secondaryIpUse, taskEniUse, trunkingState, type FargateEni } from './eniSlots';
import { MarkSvg } from './MarkSvg';
import { fargateScene, instanceScene, MAX_FARGATE_MARKS, nodeScene, subnetScene, type EniOwner } from './networkMarks';
import type { NetworkText } from './networkText';

/** What every box needs: the words, the width its svg may take, the highlighted row, the keyboard hint. */
export interface BoxContext {
  t: NetworkText;
  width: number;
  highlight: string | null;
  hintId: string;
}

export function SubnetBox({ subnet, ownerOf, ctx }: { subnet: SubnetView; ownerOf: EniOwner; ctx: BoxContext }) {
  const { t, width } = ctx;
  return (
    <div className="net-box" data-subnet={subnet.subnetId} data-usable={subnet.usable} data-used={subnet.used}>
      <p className="net-box__title">
        <code>{subnet.subnetId}</code> {subnet.cidr} · {subnet.availabilityZone}
      </p>
      <p className="net-box__count">{t.subnetCounts(subnet.usable, subnet.used)}</p>
      {width > 0 && <MarkSvg scene={subnetScene(subnet, width, t, ownerOf)} label={t.subnetLabel(subnet.subnetId)} highlight={ctx.highlight} describedBy={ctx.hintId} />}
    </div>
  );
}

export function InstanceBox({ instance, clusterTrunking, ctx }: { instance: ContainerInstanceView; clusterTrunking: boolean; ctx: BoxContext }) {
  const { t, width } = ctx;
  const { used, limit } = taskEniUse(instance);
  const trunking = trunkingState(instance, clusterTrunking);
  const type = findInstanceType(instance.instanceType);
  return (
    <div className="net-box" data-instance={instance.ec2InstanceId} data-task-enis={`${used}/${limit}`}>
      <p className="net-box__title">
        <code>{instance.ec2InstanceId}</code> {instance.instanceType} · {instance.availabilityZone}
        {instance.capacityProviderName !== null && <> · {instance.capacityProviderName}</>}
      </p>
      {instance.external ? (
        <p className="net-box__note">{t.external}</p>
      ) : (
        <>
          <p className="net-box__count">{t.taskEnis(used, limit, instance.instanceType, trunking)}</p>
          <p className="net-box__note">{t.eniLimitWhy(type.ok ? type.spec.maxEnis : null, trunking)}</p>
          {width > 0 && <MarkSvg scene={instanceScene(instance, width, t)} label={t.instanceLabel(instance.ec2InstanceId)} highlight={ctx.highlight} describedBy={ctx.hintId} />}
        </>
      )}
    </div>
  );
}

export function NodeBox({ node, ctx }: { node: NodeView; ctx: BoxContext }) {
  const { t, width } = ctx;
  const capacity = podCapacity(node);
  const ips = secondaryIpUse(node);
  return (
    <div className="net-box" data-node={node.name} data-pods={`${capacity.pods}/${capacity.maxPods}`}>
      <p className="net-box__title">
        <code>{node.name}</code> {node.instanceType} · {node.zone}
      </p>
      <p className="net-box__count">{t.pods(capacity.pods, capacity.maxPods)}</p>
      <p className="net-box__note">
        {t.maxPodsWhy(capacity.maxEnis, capacity.ipv4PerEni)} · {t.secondaryIps(ips.held, ips.warm)}
      </p>
      {width > 0 && node.enis.length > 0 && <MarkSvg scene={nodeScene(node, width, t)} label={t.nodeLabel(node.name)} highlight={ctx.highlight} describedBy={ctx.hintId} />}
    </div>
  );
}

export function FargateBox({ enis, securityGroups, ctx }: { enis: readonly FargateEni[]; securityGroups: readonly string[]; ctx: BoxContext }) {
  const { t, width } = ctx;
  const hidden = enis.length - MAX_FARGATE_MARKS;
  return (
    <div className="net-box" data-fargate-enis={enis.length}>
      <p className="net-box__count">{t.fargateTitle}</p>
      <p className="net-box__note">{t.fargateNote}</p>
      <p className="net-box__title">{t.fargateCount(enis.length)}</p>
      {width > 0 && enis.length > 0 && <MarkSvg scene={fargateScene(enis, securityGroups, width, t)} label={t.fargateLabel} highlight={ctx.highlight} describedBy={ctx.hintId} />}
      {hidden > 0 && <p className="net-box__note">{t.more(hidden)}</p>}
    </div>
  );
}
