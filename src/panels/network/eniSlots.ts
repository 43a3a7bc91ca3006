// What the ENI panel lists per machine, without geometry: a container instance's ENI slots
// (primary, trunk, task ENIs, and the free slots up to taskEniLimit), an EKS node's ENIs with
// their secondary IPs, and each Fargate task's own ENI from describe-tasks `attachments`.

import { findInstanceType, type ContainerInstanceView, type EniView, type NodeView, type TaskView } from '../../sim';

export type EniSlot =
  | { key: string; kind: 'primary' | 'trunk' | 'task'; eni: EniView }
  /** `position` counts task slots from 1, so the last free one reads "2 of 2". */
  | { key: string; kind: 'free'; position: number };

/** Whether awsvpcTrunking shaped this instance's limit: 'unsupported' when asked for on a type that cannot trunk. */
export type TrunkingState = 'on' | 'off' | 'unsupported';

/**
 * 'on' when the instance has its trunk ENI; 'unsupported' when the account setting is on but the
 * type has no trunking (the T family: reference/ecs.md §8.1); otherwise 'off', which includes an
 * instance that registered before the setting was turned on.
 */
export function trunkingState(instance: ContainerInstanceView, clusterTrunking: boolean): TrunkingState {
  if (instance.enis.some((e) => e.kind === 'trunk')) return 'on';
  const type = findInstanceType(instance.instanceType);
  return clusterTrunking && type.ok && !type.spec.trunking.supported ? 'unsupported' : 'off';
}

export function taskEniUse(instance: ContainerInstanceView): { used: number; limit: number } {
  return { used: instance.enis.filter((e) => e.kind === 'task').length, limit: instance.taskEniLimit };
}

/**
 * Primary, then trunk, then the task ENIs oldest first, then one free slot per task ENI the
 * instance could still attach. The trunk takes none of the task slots: with trunking the task
 * ENIs are branch interfaces on it (ECS DG container-instance-eni.html; reference/ecs.md §8).
 * @example instanceSlots(m5.large without trunking, 1 task) // → primary, task, free (2 of 2)
 */
export function instanceSlots(instance: ContainerInstanceView): EniSlot[] {
  // The view lists them in this order already (ContainerInstanceView.enis).
  const attached = instance.enis.map((eni): EniSlot => ({ key: eni.eniId, kind: eni.kind, eni }));
  const { used, limit } = taskEniUse(instance);
  const free = Array.from({ length: Math.max(0, limit - used) }, (_, k): EniSlot => ({ key: `free:${used + k + 1}`, kind: 'free', position: used + k + 1 }));
  return [...attached, ...free];
}

/** "pods 27/29" and where 29 comes from: ENIs × (IPv4 per ENI − 1) + 2 (reference/k8s.md §6.1). */
export interface PodCapacity {
  pods: number;
  maxPods: number;
  maxEnis: number | null;
  ipv4PerEni: number | null;
}

export function podCapacity(node: NodeView): PodCapacity {
  const found = findInstanceType(node.instanceType);
  return {
    pods: node.requested.pods,
    maxPods: node.allocatable.pods,
    maxEnis: found.ok ? found.spec.maxEnis : null,
    ipv4PerEni: found.ok ? found.spec.ipv4PerEni : null,
  };
}

/** Secondary IPs a node holds: those with a pod and those the CNI keeps warm. */
export function secondaryIpUse(node: NodeView): { held: number; warm: number } {
  let held = 0;
  let warm = 0;
  for (const eni of node.enis) {
    for (const s of eni.secondaryIps) {
      if (s.pod === null) warm++;
      else held++;
    }
  }
  return { held, warm };
}

export interface FargateEni {
  taskId: string;
  lastStatus: TaskView['lastStatus'];
  attachmentStatus: TaskView['attachments'][number]['status'];
  eniId: string;
  privateIp: string;
  subnetId: string;
  availabilityZone: string;
}

/** Each task's ENI as describe-tasks reports it; stopped tasks whose ENI is deleted are gone. */
export function fargateEnis(tasks: readonly TaskView[]): FargateEni[] {
  const enis: FargateEni[] = [];
  for (const task of tasks) {
    const attachment = task.attachments.find((a) => a.type === 'ElasticNetworkInterface');
    if (!attachment || attachment.status === 'DELETED') continue;
    const detail = (name: string) => attachment.details.find((d) => d.name === name)?.value ?? '';
    enis.push({
      taskId: task.taskId,
      lastStatus: task.lastStatus,
      attachmentStatus: attachment.status,
      eniId: detail('networkInterfaceId'),
      privateIp: detail('privateIPv4Address'),
      subnetId: detail('subnetId'),
      availabilityZone: task.availabilityZone,
    });
  }
  return enis;
}

/** A task id as the panels print it in a small mark: its first 8 hex digits. */
export const shortId = (id: string) => (id.length > 10 ? `${id.slice(0, 8)}…` : id);
