// What the application in a task or pod writes to stdout/stderr: CloudWatch Logs (awslogs) on
// ECS, `kubectl logs` on Kubernetes. The same image behaves the same on both platforms; only the
// identity its AWS SDK calls run as differs. Deterministic: a function of its input. The text is
// written for Isomorph's made-up web app; when things happen comes from appBehaviour.ts, the same
// table the simulation uses, so the logs agree with what the panels show.

import type { Fault } from '../types';
import { appBehaviour, unitFromId } from './appBehaviour';

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

/** The object the app reads its configuration from at start. */
export const CONFIG_OBJECT_ARN = 'arn:aws:s3:::isomorph-assets/config.json';
/** How many once-a-minute traffic lines are kept (the newest); startup and exit lines always are. */
export const TRAFFIC_LINES_KEPT = 100;
const CATALOGUE_ITEMS = 48_000;

const round = (t: number) => Math.round(t * 1000) / 1000;
/** 48000 → "48,000" (no locale data needed). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** `repo/web:v2` → `v2` (a registry port is not a tag). */
function tagOf(image: string): string {
  const colon = image.indexOf(':', image.lastIndexOf('/') + 1);
  return colon === -1 ? 'latest' : image.slice(colon + 1);
}

/**
 * The STS identity of the SDK's calls: a task role's session is named after the task (ECS); the
 * node role's after the EC2 instance the pod runs on (an instance id made up from the pod name).
 */
export function callerArn(platform: 'ecs' | 'k8s', roleArn: string, id: string): string {
  const account = /^arn:aws:iam::(\d{12}):/.exec(roleArn)?.[1] ?? '123456789012';
  const role = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const session =
    platform === 'ecs'
      ? id
      : `i-0${[0, 1].map((i) => Math.floor(unitFromId(id, `instance${i}`) * 0xffffffff).toString(16).padStart(8, '0')).join('')}`;
  return `arn:aws:sts::${account}:assumed-role/${role}/${session}`;
}

/** The AccessDenied message the AWS SDK surfaces when the role may not read the configuration. */
export function accessDeniedMessage(platform: 'ecs' | 'k8s', roleArn: string, id: string): string {
  return `AccessDenied: User: ${callerArn(platform, roleArn, id)} is not authorized to perform: s3:GetObject on resource: "${CONFIG_OBJECT_ARN}" because no identity-based policy allows the s3:GetObject action`;
}

/** The container's log lines up to `input.now`, oldest first. */
export function applicationLogs(input: ApplicationLogInput): LogLine[] {
  const { startedAt: t0, id } = input;
  if (t0 === null) return [];
  const app = appBehaviour(input.fault, id);
  const exitAt = app.exitAfter === null ? null : round(t0 + app.exitAfter);
  // It exited on its own if it ran until the fault's exit; anything sooner was a SIGTERM.
  const exitedOnItsOwn = exitAt !== null && (input.finishedAt === null || input.finishedAt >= exitAt - 1e-6);
  const end = Math.min(input.now, input.finishedAt ?? Infinity, exitedOnItsOwn ? exitAt! : Infinity);
  const lines: LogLine[] = [];
  const log = (at: number, message: string) => lines.push({ timestamp: round(at), message });

  log(t0, `[info] web ${tagOf(input.image)} starting (container ${input.containerName}, node v20.19.0, pid 1)`);
  log(
    t0 + 0.2,
    input.platform === 'ecs'
      ? '[info] AWS SDK: credentials from the container credentials endpoint (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI)'
      : '[info] AWS SDK: credentials from the EC2 instance metadata service (IMDSv2)',
  );
  log(t0 + 0.4, `[info] loading configuration from s3://isomorph-assets/config.json`);

  if (input.fault === 'missing-task-role-permission') {
    const denied = accessDeniedMessage(input.platform, input.roleArn, id);
    log(t0 + 0.6, `[error] ${denied}`);
    log(t0 + 0.7, '[warn] retrying (attempt 2 of 2)');
    log(Math.max(t0 + 1.8, exitAt! - 0.2), `[error] ${denied}`);
    log(exitAt! - 0.05, '[fatal] could not load configuration; exiting with code 1');
    return finish(lines, end, exitedOnItsOwn, input);
  }
  log(t0 + 0.8, '[info] configuration loaded (14 keys)');

  if (input.fault === 'exit-on-start') {
    log(exitAt! - 0.05, '[fatal] environment variable DATABASE_URL is required but not set; exiting with code 1');
    return finish(lines, end, exitedOnItsOwn, input);
  }

  let readyAt = t0 + 1;
  if (input.fault === 'slow-start') {
    readyAt = t0 + app.readyAfter!;
    log(t0 + 1, `[info] warming up: loading the product catalogue into memory (0 of ${thousands(CATALOGUE_ITEMS)} items)`);
    for (let t = t0 + 20; t < readyAt - 1; t += 20) {
      const done = Math.floor((CATALOGUE_ITEMS * (t - t0)) / app.readyAfter! / 100) * 100;
      log(t, `[info] warming up: ${thousands(done)} of ${thousands(CATALOGUE_ITEMS)} items loaded`);
    }
    log(readyAt - 0.1, `[info] warm-up done in ${app.readyAfter} s`);
  }
  log(readyAt, '[info] listening on 0.0.0.0:80');

  if (input.fault === 'failing-health-check') {
    log(readyAt + 0.1, '[error] health: redis at cache.internal:6379 unreachable (connect ECONNREFUSED 10.0.3.21:6379); /health answers 503 until it is back');
    periodic(lines, readyAt + 30, 30, end, () => 'GET /health 503 2 ms (redis: ECONNREFUSED)');
  } else if (input.fault === 'oom') {
    // Memory grows until the kernel's OOM killer ends the process: nothing is written after that.
    periodic(lines, t0 + 3, 3, Math.min(end, exitAt! - 0.5), (t) => {
      const rss = Math.round(140 + (370 * (t - t0)) / app.exitAfter!);
      return `[warn] memory: rss ${rss} MiB, heap ${Math.round(rss * 0.8)} MiB (the image cache keeps growing)`;
    });
  } else {
    periodic(lines, readyAt + 60, 60, end, (t) => {
      const n = 900 + Math.floor(unitFromId(id, `minute${Math.round(t - t0)}`) * 600);
      return `[info] served ${n} requests in the last 60 s (p99 ${12 + Math.floor(unitFromId(id, `p99${Math.round(t - t0)}`) * 30)} ms)`;
    });
  }

  if (input.fault === 'exit-later' && exitAt !== null) {
    log(exitAt - 0.1, '[error] unhandled promise rejection: Error: read ECONNRESET (postgres at 10.0.12.7:5432)');
    log(exitAt - 0.08, '    at TCP.onStreamRead (node:internal/stream_base_commons:217:20)');
    log(exitAt - 0.05, '[fatal] exiting with code 1');
  }
  return finish(lines, end, exitedOnItsOwn, input);
}

/** Lines every `every` seconds from `from` while before `until`; only the newest TRAFFIC_LINES_KEPT. */
function periodic(lines: LogLine[], from: number, every: number, until: number, message: (t: number) => string): void {
  if (!(until > from)) return;
  const count = Math.floor((until - from) / every + 1e-9) + 1;
  const first = Math.max(0, count - TRAFFIC_LINES_KEPT);
  for (let k = first; k < count; k++) {
    const t = from + k * every;
    if (t < until) lines.push({ timestamp: round(t), message: message(t) });
  }
}

/**
 * A run stopped from outside (scheduler, StopTask, Spot, a deleted pod) got SIGTERM about a second
 * before it exited, and shut down cleanly (inferred; the app handles SIGTERM). Then the lines are
 * cut at the container's end and at `now`, oldest first.
 */
function finish(lines: LogLine[], end: number, exitedOnItsOwn: boolean, input: ApplicationLogInput): LogLine[] {
  const stopped = input.finishedAt;
  let kept = lines.filter((l) => l.timestamp <= end);
  if (stopped !== null && !exitedOnItsOwn) {
    const last = kept.length > 0 ? kept[kept.length - 1].timestamp : input.startedAt!;
    const sigterm = round(Math.max(last, stopped - 1));
    kept = [
      ...kept.filter((l) => l.timestamp <= sigterm),
      { timestamp: sigterm, message: '[info] received SIGTERM: closing the listener and draining open connections' },
      { timestamp: round(stopped), message: '[info] shut down cleanly' },
    ];
  }
  return kept.filter((l) => l.timestamp <= input.now).sort((a, b) => a.timestamp - b.timestamp);
}
