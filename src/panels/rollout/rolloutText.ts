// The rollout panel's words in English and Japanese. API field names and values (desiredCount,
// PRIMARY, IN_PROGRESS, DESIRED …) stay as the APIs spell them in both languages.

import type { Locale } from '../../store/appStore';

export interface RolloutText {
  ecsTitle: (serviceName: string) => string;
  k8sTitle: (deploymentName: string) => string;
  atLeastHealthy: (n: number) => string;
  atMostTasks: (n: number) => string;
  atLeastAvailable: (n: number) => string;
  atMostPods: (n: number) => string;
  totalTasks: (n: number) => string;
  healthyTasks: (n: number) => string;
  totalPods: (n: number) => string;
  availablePods: (n: number) => string;
  deploymentsCaption: string;
  replicaSetsCaption: string;
  heading: string;
  label: (ecs: SummaryCounts, k8s: SummaryCounts) => string;
  summary: (ecs: SummaryCounts, k8s: SummaryCounts) => string;
  /** One generation's marks in words, for the summary when the marks are on canvas. */
  groupMarks: (side: 'ecs' | 'k8s', group: string, count: number, categories: readonly [name: string, count: number][]) => string;
  waiting: string;
  /** The marks' keyboard area: its name and how to use it. */
  marksLabel: string;
  marksHint: string;
  /** One mark, for the keyboard cursor's announcement. */
  markName: (side: 'ecs' | 'k8s', name: string, status: string) => string;
}

export interface SummaryCounts {
  desired: number;
  total: number;
  counted: number;
  lower: number;
  upper: number;
  groups: number;
}

export const ROLLOUT_TEXT: Record<Locale, RolloutText> = {
  en: {
    ecsTitle: (name) => `ECS service ${name}`,
    k8sTitle: (name) => `Deployment ${name}`,
    atLeastHealthy: (n) => `at least ${n} healthy`,
    atMostTasks: (n) => `at most ${n} tasks`,
    atLeastAvailable: (n) => `at least ${n} available`,
    atMostPods: (n) => `at most ${n} pods`,
    totalTasks: (n) => `▼ ${n} RUNNING+PENDING`,
    healthyTasks: (n) => `● ${n} healthy`,
    totalPods: (n) => `▼ ${n} pods`,
    availablePods: (n) => `● ${n} available`,
    deploymentsCaption: 'deployments',
    replicaSetsCaption: 'ReplicaSets',
    heading: 'Rolling deployment',
    label: (e, k) => `Rolling deployment: ECS ${e.counted} of ${e.desired} healthy, Kubernetes ${k.counted} of ${k.desired} available`,
    summary: (e, k) =>
      `ECS: ${e.desired} desired, ${e.total} running or pending, ${e.counted} healthy, in ${e.groups} deployments; ` +
      `allowed at least ${e.lower} healthy and at most ${e.upper}. ` +
      `Kubernetes: ${k.desired} replicas, ${k.total} pods, ${k.counted} available, in ${k.groups} ReplicaSets; ` +
      `allowed at least ${k.lower} available and at most ${k.upper}.`,
    groupMarks: (side, group, count, categories) => {
      const parts = categories.map(([name, n]) => `${n} ${name}`).join(', ');
      return side === 'ecs' ? `Deployment ${group}: ${count} tasks (${parts}).` : `ReplicaSet ${group}: ${count} pods (${parts}).`;
    },
    waiting: 'Waiting for the simulation…',
    marksLabel: 'Tasks and pods',
    marksHint: 'Arrow keys move between tasks and pods; Enter opens the record of the one outlined.',
    markName: (side, name, status) => (side === 'ecs' ? `Task ${name}, ${status}` : `Pod ${name}, ${status}`),
  },
  ja: {
    ecsTitle: (name) => `ECS サービス ${name}`,
    k8sTitle: (name) => `Deployment ${name}`,
    atLeastHealthy: (n) => `健全 ${n} 以上`,
    atMostTasks: (n) => `最大 ${n} タスク`,
    atLeastAvailable: (n) => `available ${n} 以上`,
    atMostPods: (n) => `最大 ${n} Pod`,
    totalTasks: (n) => `▼ ${n} RUNNING+PENDING`,
    healthyTasks: (n) => `● ${n} 健全`,
    totalPods: (n) => `▼ ${n} Pod`,
    availablePods: (n) => `● ${n} available`,
    deploymentsCaption: 'deployments',
    replicaSetsCaption: 'ReplicaSet',
    heading: 'ローリングデプロイ',
    label: (e, k) => `ローリングデプロイ: ECS 健全 ${e.counted}/${e.desired}、Kubernetes available ${k.counted}/${k.desired}`,
    summary: (e, k) =>
      `ECS: desired ${e.desired}、RUNNING または PENDING ${e.total}、健全 ${e.counted}（deployment ${e.groups} 個）。` +
      `許容範囲は健全 ${e.lower} 以上・最大 ${e.upper}。` +
      `Kubernetes: replicas ${k.desired}、Pod ${k.total}、available ${k.counted}（ReplicaSet ${k.groups} 個）。` +
      `許容範囲は available ${k.lower} 以上・最大 ${k.upper}。`,
    groupMarks: (side, group, count, categories) => {
      const parts = categories.map(([name, n]) => `${name} ${n}`).join('、');
      return side === 'ecs' ? `deployment ${group}: タスク ${count} 個（${parts}）。` : `ReplicaSet ${group}: Pod ${count} 個（${parts}）。`;
    },
    waiting: 'シミュレーションを待っています…',
    marksLabel: 'タスクと Pod',
    marksHint: '矢印キーでタスクと Pod の間を移動し、Enter で枠の付いたものの記録を開きます。',
    markName: (side, name, status) => (side === 'ecs' ? `タスク ${name}、${status}` : `Pod ${name}、${status}`),
  },
};
