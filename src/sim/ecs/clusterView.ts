// The cluster as the panels read it: describe-container-instances with each instance's ENI slots,
// the subnets' addresses, the capacity providers with managed scaling's metric, and describe-tasks'
// ENI attachment. Built per frame; a subnet's view is reused while its pool is unchanged.

import { heldAddresses, type SubnetPool } from '../network/subnetPool';
import type { ContainerInstanceView, EcsClusterView, EniView, SubnetView, TaskAttachmentView, TaskLastStatus } from '../types';
import type { ViewCache } from '../viewCache';
import type { ContainerInstance } from './ecsCluster';
import type { EcsTask, EcsWorld } from './ecsWorld';
import { ACCOUNT, CLUSTER, CLUSTER_ARN, REGION } from './ids';

/**
 * Subnets up to this size list every held address (the lessons' /24 … /28); bigger ones travel as
 * counts only, since their addresses would make every frame of a big rollout several times larger.
 */
const LISTED_UP_TO = 256;

export const containerInstanceArn = (id: string) => `arn:aws:ecs:${REGION}:${ACCOUNT}:container-instance/${CLUSTER}/${id}`;

export function viewCluster(world: EcsWorld, cache: ViewCache): EcsClusterView {
  const cluster = world.cluster;
  const subnets = cluster.subnetIds.map((id) => subnetView(cluster.subnets[id], cache));
  return {
    clusterArn: CLUSTER_ARN,
    subnets,
    containerInstances: cluster.instanceIds.map((id) => instanceView(world, cluster.instances[id])),
    awsvpcTrunking: cluster.trunking,
    capacityProviders: Object.values(cluster.providers).map((p) => ({
      name: p.name,
      type: p.type,
      ...(p.autoScalingGroup && { autoScalingGroup: { ...p.autoScalingGroup } }),
      ...(p.managedScaling && { managedScaling: { ...p.managedScaling } }),
      ...(p.reservation !== undefined && { capacityProviderReservation: p.reservation }),
      tasks: p.tasks,
    })),
    lastPlacement: cluster.lastPlacement,
  };
}

export function subnetView(pool: SubnetPool, cache: ViewCache): SubnetView {
  const kept = cache.subnets.get(pool.subnetId);
  if (kept !== undefined && kept.version === pool.version) return kept.view;
  const view: SubnetView = {
    subnetId: pool.subnetId,
    cidr: pool.block.text,
    availabilityZone: pool.availabilityZone,
    usable: pool.usable,
    used: pool.used,
    addresses: pool.usable <= LISTED_UP_TO ? heldAddresses(pool, LISTED_UP_TO) : [],
  };
  cache.subnets.set(pool.subnetId, { version: pool.version, view });
  return view;
}

function instanceView(world: EcsWorld, instance: ContainerInstance): ContainerInstanceView {
  const securityGroups = world.cluster.awsvpc?.securityGroups ?? [];
  const enis: EniView[] = [];
  // The service's security groups are the task ENIs' ("with the specified security group", DG
  // task-networking-awsvpc.html); the instance's own ENIs carry its launch template's, which the
  // scenario does not describe, so none are shown for them.
  for (const [eni, kind] of [[instance.primaryEni, 'primary'], [instance.trunkEni, 'trunk']] as const) {
    if (eni) enis.push({ eniId: eni.eniId, kind, subnetId: eni.subnetId, privateIp: eni.privateIp, taskId: null, securityGroups: [] });
  }
  let running = 0;
  let pending = 0;
  for (const id of instance.taskIds) {
    const task = world.tasks[id];
    if (!task) continue;
    if (task.lastStatus === 'RUNNING') running++;
    else if (task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING' || task.lastStatus === 'ACTIVATING') pending++;
    if (task.eni) enis.push({ eniId: task.eni.eniId, kind: 'task', subnetId: task.eni.subnetId, privateIp: task.eni.privateIp, taskId: id, securityGroups: [...securityGroups] });
  }
  return {
    containerInstanceId: instance.id,
    containerInstanceArn: containerInstanceArn(instance.id),
    ec2InstanceId: instance.ec2InstanceId,
    instanceType: instance.instanceType,
    availabilityZone: instance.availabilityZone,
    subnetId: instance.subnetId,
    capacityProviderName: instance.capacityProvider,
    external: instance.external,
    status: instance.status,
    registeredResources: { cpu: instance.registeredCpu, memory: instance.registeredMemory },
    remainingResources: { cpu: instance.remainingCpu, memory: instance.remainingMemory },
    runningTasksCount: running,
    pendingTasksCount: pending,
    attributes: {
      ...instance.attributes,
      'ecs.availability-zone': instance.availabilityZone,
      'ecs.instance-type': instance.instanceType,
      'ecs.os-type': instance.osType,
      'ecs.cpu-architecture': instance.cpuArchitecture,
    },
    taskEniLimit: instance.taskEniLimit,
    enis,
  };
}

/**
 * The attachment's status follows the task: created and attached in PROVISIONING, detached in
 * DEPROVISIONING, deleted once STOPPED (DG task-networking-awsvpc.html; the status names are the
 * API's Attachment.status values, their mapping to task states inferred).
 */
function attachmentStatus(status: TaskLastStatus): TaskAttachmentView['status'] {
  if (status === 'PROVISIONING') return 'ATTACHING';
  if (status === 'DEPROVISIONING') return 'DETACHING';
  if (status === 'STOPPED') return 'DELETED';
  return 'ATTACHED';
}

export function taskAttachments(task: EcsTask): TaskAttachmentView[] {
  if (task.eni === undefined) return [];
  const eni = task.eni;
  return [
    {
      id: `${eni.eniId.slice(4)}-attachment`,
      type: 'ElasticNetworkInterface',
      status: attachmentStatus(task.lastStatus),
      details: [
        { name: 'subnetId', value: eni.subnetId },
        { name: 'networkInterfaceId', value: eni.eniId },
        { name: 'privateIPv4Address', value: eni.privateIp },
      ],
    },
  ];
}
