// What the application in a task or pod writes to stdout/stderr: CloudWatch Logs (awslogs) on
// ECS, `kubectl logs` on Kubernetes. The same image behaves the same on both platforms; only the
// identity its AWS SDK calls run as differs. Deterministic: a function of its input.

import type { Fault } from '../types';

export interface LogLine {
  /** Simulated seconds. */
  timestamp: number;
  message: string;
}

export interface ApplicationLogInput {
  platform: 'ecs' | 'k8s';
  fault: Fault;
  containerName: string;
  image: string;
  /** When this run of the container started, or null if it never did (nothing is logged). */
  startedAt: number | null;
  /** When it exited, or null while it runs. */
  finishedAt: number | null;
  /** Lines after `now` are not written yet. */
  now: number;
  /** The IAM identity the SDK's calls run as: the task role on ECS, the node role on EKS without IRSA. */
  roleArn: string;
  /** The task id or pod name: seeds small, stable variety between replicas. */
  id: string;
}

/** The container's log lines up to `input.now`, oldest first. */
export function applicationLogs(input: ApplicationLogInput): LogLine[] {
  if (input.startedAt === null) return [];
  return [{ timestamp: input.startedAt, message: `listening on :80 (${input.image})` }].filter((l) => l.timestamp <= input.now);
}
