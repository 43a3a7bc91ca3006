// What each fault looks like to ECS: the stoppedReason, stopCode and container reason it leaves in
// describe-tasks, and whether the task fails before it ever reaches RUNNING. The strings follow
// real outputs quoted in reference/ecs.md §5.2 and §9; the delays are inferred.

import { jitter, type RandomState } from '../clock/random';
import { unitFromId } from '../faults/appBehaviour';
import type { ContainerDefinition, Fault, TaskDefinitionView } from '../types';
import { ACCOUNT, REGION } from './ids';
import { resolvedImageRef } from '../faults/imageRef';

/** REAL (Fargate task state change event, ecs.md §5.2 and §10.2), stopCode EssentialContainerExited. */
export const ESSENTIAL_CONTAINER_EXITED = 'Essential container in task exited';
/** REAL stoppedReason (ecs.md §5.2); its stopCode is not shown there (ServiceSchedulerInitiated, inferred). */
export const FAILED_CONTAINER_HEALTH_CHECKS = 'Task failed container health checks';
/** REAL stoppedReason (ecs.md §5.2), naming the target group by ARN. */
export const failedElbHealthChecks = (targetGroupArn: string) => `Task failed ELB health checks in (target-group ${targetGroupArn})`;
/**
 * Developer Guide, Fargate capacity providers: "a snippet of a task state change event displaying
 * the stopped reason and stop code for a Fargate Spot interruption" shows `"stoppedReason": "Your
 * Spot Task was interrupted."` with `"stopCode": "TerminationNotice"` (ecs.md §5.2). The API enum
 * also has SpotInterruption, but no AWS page pairs it with Fargate Spot.
 */
export const SPOT_INTERRUPTED = 'Your Spot Task was interrupted.';
/** The agent's OutOfMemoryError (AGENT dockerapi/errors.go; ecs.md §5.2), as a container reason. */
export const OUT_OF_MEMORY = 'OutOfMemoryError: Container killed due to memory usage';
/** Console default when StopTask gets no reason (REAL describe-tasks after stop-task; ecs.md §5.2). */
export const STOPPED_BY_USER = 'Task stopped by user';

/** Fargate hands an interrupted Spot task its SIGTERM, then reclaims it two minutes later (Knowledge Center, fargate-spot-termination-notice). */
export const SPOT_WARNING_SECONDS = 120;
/** How long a Spot task runs before its capacity is reclaimed: 3–10 min (inferred; AWS gives no rate). */
export const SPOT_INTERRUPTION_AFTER: readonly [number, number] = [180, 600];
/** Pulling the image fails after the agent's retries (inferred range). */
const IMAGE_PULL_FAILS_AFTER: readonly [number, number] = [10, 30];
/** Secrets are fetched before the image pull, so that failure comes sooner (inferred range). */
const SECRETS_FAIL_AFTER: readonly [number, number] = [3, 10];

export const faultOf = (container: Pick<ContainerDefinition, 'simulate'>): Fault => container.simulate?.fault ?? 'healthy';
export const isEssential = (container: Pick<ContainerDefinition, 'essential'>) => container.essential !== false;


/** The shape of the REAL "tag missing" pull failure (ecs.md §5.2). */
export function cannotPullContainerReason(image: string): string {
  return `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ${resolvedImageRef(image)}: not found`;
}

/** The secret the app's task definition reads at start (Isomorph's made-up secret; the suffix is fixed). */
export const appSecretArn = (family: string) => `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${family}/db-password-Q7xK2p`;

/** `arn:aws:iam::123456789012:role/path/name` → `arn:aws:sts::123456789012:assumed-role/name/<session>`. */
export function assumedRoleArn(roleArn: string, session: string): string {
  const account = /^arn:aws:iam::(\d{12}):/.exec(roleArn)?.[1] ?? ACCOUNT;
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  return `arn:aws:sts::${account}:assumed-role/${name}/${session}`;
}

/** A request id shaped like a UUID, stable for the task (no random draw). */
function requestIdFor(taskId: string): string {
  const hex = [0, 1, 2, 3].map((i) => Math.floor(unitFromId(taskId, `request${i}`) * 0xffffffff).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The REAL Fargate stoppedReason when the execution role may not read a secret (ecs.md §5.2, §9):
 * the agent fetches it with the task execution role, whose session is named after the task.
 */
export function executionRoleSecretsReason(executionRoleArn: string, taskId: string, family: string): string {
  const secret = appSecretArn(family);
  return (
    `ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: ` +
    `service call has been retried 1 time(s): failed to fetch secret ${secret} from secrets manager: operation error Secrets Manager: GetSecretValue, ` +
    `https response error StatusCode: 400, RequestID: ${requestIdFor(taskId)}, api error AccessDeniedException: ` +
    `User: ${assumedRoleArn(executionRoleArn, taskId)} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${secret} ` +
    `because no identity-based policy allows the secretsmanager:GetSecretValue action`
  );
}

/** A task that can never reach RUNNING: when it fails in PENDING, and what describe-tasks says. */
export interface LaunchFailure {
  /** Seconds after entering PENDING. */
  after: number;
  stoppedReason: string;
  /** Per container: the reason shown on it (a pull error names the container that failed). */
  containerReasons: (string | undefined)[];
}

/**
 * The launch failure of a revision, if it has one; draws its delay from `random` only when it does.
 * The secrets are task-level, so a missing execution-role permission fails the task whichever
 * container uses them; a pull error fails it only on an essential container (a non-essential one
 * stops alone: "If the essential parameter of a container is marked as true and that container
 * fails…all other containers…are stopped", Knowledge Center ecs-task-stopped; ecs.md §5.2).
 * stopCode TaskFailedToStart for both is inferred (ecs.md §5.2).
 */
export function launchFailureOf(definition: TaskDefinitionView, taskId: string, random: RandomState): LaunchFailure | null {
  if (!profileOf(definition).failsToLaunch) return null;
  const containers = definition.containerDefinitions;
  if (containers.some((c) => faultOf(c) === 'missing-execution-role-permission')) {
    return {
      after: jitter(random, SECRETS_FAIL_AFTER[0], SECRETS_FAIL_AFTER[1]),
      stoppedReason: executionRoleSecretsReason(definition.executionRoleArn, taskId, definition.family),
      // REAL: a ResourceInitializationError task shows its containers with no reason and no exit code.
      containerReasons: containers.map(() => undefined),
    };
  }
  const failed = containers.find((c) => isEssential(c) && faultOf(c) === 'image-pull-error');
  if (!failed) return null;
  const reason = cannotPullContainerReason(failed.image);
  return {
    after: jitter(random, IMAGE_PULL_FAILS_AFTER[0], IMAGE_PULL_FAILS_AFTER[1]),
    stoppedReason: reason,
    containerReasons: containers.map((c) => (c === failed ? reason : undefined)),
  };
}

/** What a revision's faults mean for every task of it, worked out once per revision. */
interface RevisionProfile {
  failsToLaunch: boolean;
  runsOnSpot: boolean;
}

// Revisions are immutable, so a profile never goes stale; the cache lives outside the simulation's
// state (a restored checkpoint simply works its profiles out again).
const profiles = new WeakMap<TaskDefinitionView, RevisionProfile>();

function profileOf(definition: TaskDefinitionView): RevisionProfile {
  let profile = profiles.get(definition);
  if (profile === undefined) {
    const faults = definition.containerDefinitions.map((c) => [faultOf(c), isEssential(c)] as const);
    profile = {
      failsToLaunch: faults.some(([f, essential]) => f === 'missing-execution-role-permission' || (f === 'image-pull-error' && essential)),
      runsOnSpot: faults.some(([f]) => f === 'spot-interruption'),
    };
    profiles.set(definition, profile);
  }
  return profile;
}

/** Whether a revision's tasks get interrupted as Fargate Spot tasks. */
export const runsOnSpot = (definition: TaskDefinitionView) => profileOf(definition).runsOnSpot;
