// What the "Who runs it?" diagram shows for the current launch type, as plain data: the control
// plane on top, the machine below it with the parts that run a task or a pod, and live counts
// for the busiest machine. EC2: instance, ECS agent, container runtime, task ENIs. Fargate: a
// black box (reference/ecs.md: the task's state, stoppedReason, events and logs are what you
// see). EXTERNAL: your server with the ECS and SSM agents and no awsvpc. Kubernetes: the node's
// kubelet, CRI runtime, VPC CNI (aws-node), CSI driver and kube-proxy.

import type { ContainerInstanceView, NodeView, Snapshot } from '../../sim';
import { launchKind } from '../network/launchKind';
import type { DataPlaneText } from './dataplaneText';

/** The translation-table row these boxes answer to: ECS agent ↔ kubelet. */
export const AGENT_HL = 'agent-kubelet';

export interface PlanePart {
  id: string;
  title: string;
  sub: string;
  hl?: string;
}

export interface PlaneModel {
  kind: 'ec2' | 'fargate' | 'external' | 'node' | 'podNode';
  top: { title: string; sub: string };
  link: string;
  /** `id`: the instance or node drawn, null when there is none to name. */
  machine: { title: string; id: string | null; sub: string; dark: boolean; dashed: boolean; hl?: string };
  parts: PlanePart[];
  /** Inside a black box: all that can be seen of it. */
  sees: readonly string[];
  /** Live counts for the machine drawn. */
  counts: string[];
  /** Cluster-wide counts, under the diagram; null when there is no machine to count. */
  totals: string | null;
  /** Who runs what, in a sentence. */
  explain: string;
}

const busiest = <T>(items: readonly T[], load: (item: T) => number): T | null =>
  items.reduce<T | null>((best, item) => (best === null || load(item) > load(best) ? item : best), null);

const tasksOn = (i: ContainerInstanceView) => i.runningTasksCount + i.pendingTasksCount;

export function ecsPlane(snapshot: Snapshot, t: DataPlaneText): PlaneModel {
  const kind = launchKind(snapshot.scenario);
  const instances = snapshot.ecs.cluster.containerInstances;
  const tasks = snapshot.ecs.tasks.filter((task) => task.lastStatus !== 'STOPPED').length;
  const top = { title: t.ecsControlPlane, sub: t.ecsControlPlaneSub };
  if (kind === 'FARGATE') {
    return {
      kind: 'fargate',
      top,
      link: t.fargateLink,
      machine: { title: t.fargateMachine, id: null, sub: t.fargateSub, dark: true, dashed: false, hl: AGENT_HL },
      parts: [],
      sees: t.fargateSees,
      counts: [t.fargateTasks(tasks)],
      totals: null,
      explain: t.awsRuns,
    };
  }
  const external = kind === 'EXTERNAL';
  const candidates = instances.filter((i) => i.external === external);
  const instance = busiest(candidates, tasksOn);
  const agent: PlanePart = { id: 'agent', title: t.agent, sub: t.agentSub, hl: AGENT_HL };
  const runtime: PlanePart = { id: 'runtime', title: t.runtime, sub: t.runtimeSub };
  const id = instance?.ec2InstanceId ?? null;
  const counts = instance === null ? [] : [t.tasksHere(tasksOn(instance))];
  if (external) {
    return {
      kind: 'external',
      top,
      link: t.agentLink,
      machine: { title: t.externalMachine, id, sub: t.externalSub, dark: false, dashed: false },
      parts: [agent, { id: 'ssm', title: t.ssmAgent, sub: t.ssmAgentSub }, runtime, { id: 'network', title: t.noAwsvpc, sub: t.noAwsvpcSub }],
      sees: [],
      counts,
      totals: instance === null ? null : t.ecsTotals(candidates.length, tasks),
      explain: t.youRunExternal,
    };
  }
  if (instance !== null) counts.push(t.enisHere(instance.enis.filter((e) => e.kind === 'task').length, instance.taskEniLimit));
  return {
    kind: 'ec2',
    top,
    link: t.agentLink,
    machine: { title: t.ec2Machine(instance?.instanceType ?? '…'), id, sub: t.ec2Sub, dark: false, dashed: false },
    parts: [agent, runtime, { id: 'enis', title: t.taskEnis, sub: 'awsvpc' }],
    sees: [],
    counts,
    totals: instance === null ? null : t.ecsTotals(candidates.length, tasks),
    explain: t.youRun,
  };
}

export function k8sPlane(snapshot: Snapshot, t: DataPlaneText): PlaneModel {
  const { nodes } = snapshot.k8s;
  const pods = snapshot.k8s.pods.filter((p) => !p.terminating).length;
  const parts: PlanePart[] = [
    { id: 'kubelet', title: t.kubelet, sub: t.kubeletSub, hl: AGENT_HL },
    { id: 'cri', title: t.cri, sub: t.criSub },
    { id: 'cni', title: t.cni, sub: t.cniSub },
    { id: 'csi', title: t.csi, sub: t.csiSub },
    { id: 'kube-proxy', title: t.kubeProxy, sub: t.kubeProxySub },
  ];
  const top = { title: t.apiServer, sub: t.apiServerSub };
  const node = busiest<NodeView>(nodes, (n) => n.requested.pods);
  if (node === null) {
    return {
      kind: 'podNode',
      top,
      link: t.kubeletLink,
      machine: { title: t.fargateNode, id: null, sub: t.fargateNodeSub, dark: false, dashed: true },
      parts,
      sees: [],
      counts: [t.podsTotal(pods)],
      totals: null,
      explain: t.awsRunsPodNode,
    };
  }
  return {
    kind: 'node',
    top,
    link: t.kubeletLink,
    machine: { title: t.node(node.instanceType), id: node.name, sub: t.nodeSub, dark: false, dashed: false },
    parts,
    sees: [],
    counts: [t.podsHere(node.requested.pods, node.allocatable.pods)],
    totals: t.k8sTotals(nodes.length, pods),
    explain: t.youRunNode,
  };
}
