// The placement panel's machine boxes: a container instance with its CPU, memory and task-ENI
// bars and its tasks; an EKS node with its cpu, memory and pods bars and its pods; and, on
// Fargate, the tasks of one Availability Zone. Numbers are text; D3 draws the bars and marks.

import type { ContainerInstanceView, DeploymentView, NodeView, PodView, ReplicaSetView, TaskView } from '../../sim';
import { familyRevision } from '../shared/apiNames';
import { MarkSvg } from '../network/MarkSvg';
import { podGeneration, taskGeneration } from './placementGroups';
import { MAX_UNITS, usageScene, type UnitMark, type UsageBar } from './placementMarks';
import type { PlacementText } from './placementText';

/** "+N more" under a box whose marks were capped at MAX_UNITS. */
function More({ count, t }: { count: number; t: PlacementText }) {
  return count > MAX_UNITS ? <p className="net-box__note">{t.more(count - MAX_UNITS)}</p> : null;
}

export interface PlacementContext {
  t: PlacementText;
  width: number;
  highlight: string | null;
  hintId: string;
}

const taskUnits = (tasks: readonly TaskView[], deployments: readonly DeploymentView[], t: PlacementText): UnitMark[] =>
  tasks.map((task) => {
    const generation = taskGeneration(task, deployments);
    return { id: task.taskId, generation, tip: t.taskTip(task.taskId, task.lastStatus, familyRevision(task.taskDefinitionArn), generation) };
  });

export function InstanceUsageBox({ instance, tasks, deployments, ctx }: { instance: ContainerInstanceView; tasks: readonly TaskView[]; deployments: readonly DeploymentView[]; ctx: PlacementContext }) {
  const { t, width } = ctx;
  const reg = instance.registeredResources;
  const left = instance.remainingResources;
  const cpuUsed = reg.cpu - left.cpu;
  const memUsed = reg.memory - left.memory;
  const enisUsed = instance.enis.filter((e) => e.kind === 'task').length;
  const bars: UsageBar[] = [
    { id: 'cpu', name: t.cpu, used: cpuUsed, total: reg.cpu, value: t.units(cpuUsed, reg.cpu), tip: [t.barLabel(t.cpu, t.units(cpuUsed, reg.cpu), t.remaining(left.cpu, 'CPU units'))] },
    { id: 'memory', name: t.memory, used: memUsed, total: reg.memory, value: t.mib(memUsed, reg.memory), tip: [t.barLabel(t.memory, t.mib(memUsed, reg.memory), t.remaining(left.memory, 'MiB'))] },
  ];
  if (!instance.external) {
    const value = t.count(enisUsed, instance.taskEniLimit);
    bars.push({ id: 'eni', name: t.enis, used: enisUsed, total: instance.taskEniLimit, value, tip: [t.barLabel(t.enis, value, t.remaining(instance.taskEniLimit - enisUsed, 'ENI'))] });
  }
  return (
    <div className="net-box" data-instance={instance.ec2InstanceId} data-tasks={tasks.length}>
      <p className="net-box__title">
        <code>{instance.ec2InstanceId}</code> {instance.instanceType} · {instance.status}
        {instance.capacityProviderName !== null && <> · {instance.capacityProviderName}</>}
      </p>
      {width > 0 && <MarkSvg scene={usageScene(bars, taskUnits(tasks, deployments, t), width)} label={t.instanceLabel(instance.ec2InstanceId)} highlight={ctx.highlight} describedBy={ctx.hintId} />}
      <More count={tasks.length} t={t} />
    </div>
  );
}

export function NodeUsageBox({ node, pods, replicaSets, revision, ctx }: { node: NodeView; pods: readonly PodView[]; replicaSets: readonly ReplicaSetView[]; revision: number; ctx: PlacementContext }) {
  const { t, width } = ctx;
  const { allocatable: a, requested: r } = node;
  const bars: UsageBar[] = [
    { id: 'cpu', name: 'cpu', used: r.milliCpu, total: a.milliCpu, value: t.milli(r.milliCpu, a.milliCpu), tip: [t.barLabel('cpu', t.milli(r.milliCpu, a.milliCpu), t.remaining(a.milliCpu - r.milliCpu, 'm'))] },
    { id: 'memory', name: 'memory', used: r.memory, total: a.memory, value: t.mib(r.memory, a.memory), tip: [t.barLabel('memory', t.mib(r.memory, a.memory), t.remaining(a.memory - r.memory, 'Mi'))] },
    { id: 'pods', name: 'pods', used: r.pods, total: a.pods, value: t.count(r.pods, a.pods), tip: [t.barLabel('pods', t.count(r.pods, a.pods), t.remaining(a.pods - r.pods, 'pods'))] },
  ];
  const units: UnitMark[] = pods.map((pod) => {
    const generation = podGeneration(pod, replicaSets, revision);
    return { id: pod.name, generation, tip: t.podTip(pod.name, pod.status, pod.replicaSet, generation) };
  });
  return (
    <div className="net-box" data-node={node.name} data-pods={pods.length}>
      <p className="net-box__title">
        <code>{node.name}</code> {node.instanceType}
      </p>
      {width > 0 && <MarkSvg scene={usageScene(bars, units, width)} label={t.nodeLabel(node.name)} highlight={ctx.highlight} describedBy={ctx.hintId} />}
      <More count={pods.length} t={t} />
    </div>
  );
}

export function FargateZoneBox({ zone, tasks, deployments, ctx }: { zone: string; tasks: readonly TaskView[]; deployments: readonly DeploymentView[]; ctx: PlacementContext }) {
  const { t, width } = ctx;
  return (
    <div className="net-box" data-zone={zone} data-tasks={tasks.length}>
      {width > 0 && tasks.length > 0 && <MarkSvg scene={usageScene([], taskUnits(tasks.slice(0, MAX_UNITS), deployments, t), width)} label={t.fargateLabel(zone)} highlight={ctx.highlight} describedBy={ctx.hintId} />}
      <More count={tasks.length} t={t} />
    </div>
  );
}
