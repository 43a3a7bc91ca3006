// "Where did it die?": the ECS column (service events → describe-services → tasks →
// describe-tasks → logs) and the Kubernetes column (describe deployment → get rs → pods →
// describe pod → logs). Each CLI block has its command, its output and a Copy button.

import type { Locator, Page } from '@playwright/test';

export type EcsStep = 'events' | 'service' | 'tasks' | 'task' | 'logs';
export type K8sStep = 'deployment' | 'rs' | 'pods' | 'pod' | 'logs';

/** One CLI block: `$ command`, the output, Copy. */
export class CliBlock {
  readonly command: Locator;
  readonly output: Locator;
  readonly copyButton: Locator;
  readonly status: Locator;

  constructor(readonly root: Locator) {
    this.command = root.locator('.cli-command');
    this.output = root.locator('.cli-output');
    this.copyButton = root.locator('.cli-copy');
    this.status = root.locator('.cli-status');
  }

  async text(): Promise<string> {
    return (await this.output.textContent()) ?? '';
  }

  /** The output parsed as JSON (AWS CLI blocks). */
  async json<T = unknown>(): Promise<T> {
    return JSON.parse(await this.text()) as T;
  }
}

/** The fields of one describe-tasks task the specs read. */
export interface DescribedTask {
  taskArn: string;
  lastStatus: string;
  stoppedReason?: string;
  stopCode?: string;
  containers: { name: string; lastStatus: string; exitCode?: number; reason?: string; healthStatus: string }[];
}

export class Inspector {
  readonly region: Locator;
  readonly ecs: Locator;
  readonly k8s: Locator;
  readonly describeTasks: CliBlock;
  readonly describeServices: CliBlock;
  readonly circuitBreaker: CliBlock;
  readonly ecsLogs: CliBlock;
  readonly describeDeployment: CliBlock;
  readonly getPods: CliBlock;
  readonly describePod: CliBlock;
  readonly podLogs: CliBlock;
  readonly podPreviousLogs: CliBlock;
  /** The one-line explanation of a stopCode or a pod's trouble above the record. */
  readonly ecsWhy: Locator;
  readonly k8sWhy: Locator;

  constructor(readonly page: Page) {
    this.region = page.locator('[data-panel="inspect"]');
    this.ecs = this.region.locator('[data-inspector="ecs"]');
    this.k8s = this.region.locator('[data-inspector="k8s"]');
    const block = (id: string) => new CliBlock(this.region.getByTestId(id));
    this.describeTasks = block('ecs-describe-tasks');
    this.describeServices = block('ecs-describe-services');
    this.circuitBreaker = block('ecs-circuit-breaker');
    this.ecsLogs = block('ecs-logs');
    this.describeDeployment = block('k8s-describe-deployment');
    this.getPods = block('k8s-get-pods');
    this.describePod = block('k8s-describe-pod');
    this.podLogs = block('k8s-logs');
    this.podPreviousLogs = block('k8s-logs-previous');
    this.ecsWhy = this.ecs.locator('.inspector-why');
    this.k8sWhy = this.k8s.locator('.inspector-why');
  }

  step(side: 'ecs', step: EcsStep): Locator;
  step(side: 'k8s', step: K8sStep): Locator;
  step(side: 'ecs' | 'k8s', step: string): Locator {
    return this.region.locator(`button[data-step="${side}:${step}"]`);
  }

  /** A task id or pod name link inside the inspector (tasks and pods lists). */
  record(kind: 'task' | 'pod', id: string): Locator {
    return this.region.locator(`[data-record="${kind}:${id}"]`);
  }

  /** The pods list rows, with their STATUS (data-status). */
  podRows(status?: string): Locator {
    return this.getPods.root.locator(status === undefined ? 'tr[data-pod]' : `tr[data-pod][data-status="${status}"]`);
  }

  async describedTask(): Promise<DescribedTask> {
    const { tasks } = await this.describeTasks.json<{ tasks: DescribedTask[] }>();
    return tasks[0];
  }
}
