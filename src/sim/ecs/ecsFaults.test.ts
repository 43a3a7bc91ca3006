// Each fault's path through ECS, driven through the simulation's public commands. Expected strings
// and codes come from reference/ecs.md (§1.6–1.8, §4, §5) and the AWS pages quoted there.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK, deploy, LAUNCH_PATH, messages, ofRevision, simulate, STOP_PATH, WEB_V2, watch } from './faultRun.testkit';

const web = (fault?: string, more: object = {}) => ({ name: 'web', image: WEB_V2, ...(fault && { simulate: { fault } }), ...more }) as never;
const breaker = (rollback: boolean, extra: object = {}) => ({ deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback, ...extra } } });

describe('faults that end the process after RUNNING', () => {
  it('exit-on-start: reaches RUNNING, the essential container exits 1 within 1–3 s, EssentialContainerExited', () => {
    const sim = simulate({ seed: 11, service: { desiredCount: 1 } });
    deploy(sim, [web('exit-on-start')]);
    const [first] = ofRevision(watch(sim, 120), 2);
    // "Even if a task's container command immediately exits with a non-zero exit code, the task already moved to the RUNNING state." (§1.8)
    expect(first.path).toEqual([...LAUNCH_PATH, ...STOP_PATH]);
    expect(first.last).toMatchObject({ stoppedReason: 'Essential container in task exited', stopCode: 'EssentialContainerExited', countsAsHealthy: false });
    expect(first.last.containers).toEqual([expect.objectContaining({ name: 'web', image: WEB_V2, lastStatus: 'STOPPED', exitCode: 1, essential: true })]);
    const ranFor = first.last.stoppingAt! - first.last.startedAt!;
    expect(ranFor).toBeGreaterThanOrEqual(1);
    expect(ranFor).toBeLessThanOrEqual(3);
  });

  it('oom: exit code 137, the container says OutOfMemoryError, the task "Essential container in task exited"', () => {
    const sim = simulate({ seed: 12, service: { desiredCount: 1 } });
    deploy(sim, [web('oom')]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.last).toMatchObject({ stoppedReason: 'Essential container in task exited', stopCode: 'EssentialContainerExited' });
    expect(first.last.containers[0]).toMatchObject({ exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' });
    const ranFor = first.last.stoppingAt! - first.last.startedAt!;
    expect(ranFor).toBeGreaterThanOrEqual(10);
    expect(ranFor).toBeLessThanOrEqual(30);
  });

  it('missing-task-role-permission: starts, then exits 1 after 2–5 s (the app cannot read its config)', () => {
    const sim = simulate({ seed: 13, service: { desiredCount: 1 } });
    deploy(sim, [web('missing-task-role-permission')]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.path).toEqual([...LAUNCH_PATH, ...STOP_PATH]);
    expect(first.last).toMatchObject({ stopCode: 'EssentialContainerExited' });
    expect(first.last.containers[0].exitCode).toBe(1);
    const ranFor = first.last.stoppingAt! - first.last.startedAt!;
    expect(ranFor).toBeGreaterThanOrEqual(2);
    expect(ranFor).toBeLessThanOrEqual(5);
  });

  it('exit-later: counted healthy at 40 s, so the deployment completes, then exits 1 after 90–180 s and is replaced', () => {
    const sim = simulate({ seed: 14, service: { desiredCount: 2, ...breaker(true) } });
    deploy(sim, [web('exit-later')]);
    const traces = watch(sim, 400);
    const [first] = ofRevision(traces, 2);
    expect(first.countedAt! - first.last.startedAt!).toBeCloseTo(40, 0);
    expect(first.last.containers[0].exitCode).toBe(1);
    const ranFor = first.last.stoppingAt! - first.last.startedAt!;
    expect(ranFor).toBeGreaterThanOrEqual(90);
    expect(ranFor).toBeLessThanOrEqual(180);
    const s = sim.snapshot();
    // The breaker stopped watching once a task was healthy: exits later never fail the deployment.
    expect(s.stats.deployments[1]).toMatchObject({ failedAt: null, completedAt: expect.any(Number) });
    expect(s.ecs.circuitBreaker).toMatchObject({ status: 'MONITORING_COMPLETE', failureCount: 0 });
    expect(ofRevision(traces, 2).length).toBeGreaterThan(2);
  });

  it('spot-interruption: runs and counts healthy, then "Your Spot Task was interrupted." with TerminationNotice, and is replaced', () => {
    const sim = simulate({ seed: 15, service: { desiredCount: 1 } });
    deploy(sim, [web('spot-interruption')]);
    const traces = watch(sim, 800);
    const [first, replacement] = ofRevision(traces, 2);
    expect(first.countedAt).toBeDefined();
    expect(first.last).toMatchObject({ lastStatus: 'STOPPED', stoppedReason: 'Your Spot Task was interrupted.', stopCode: 'TerminationNotice' });
    const ranFor = first.last.stoppingAt! - first.last.startedAt!;
    expect(ranFor).toBeGreaterThanOrEqual(180);
    expect(ranFor).toBeLessThanOrEqual(600);
    expect(first.last.containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(replacement.last.createdAt).toBeGreaterThanOrEqual(first.last.stoppingAt!);
    // Spot reclaims are not reported as service events (Knowledge Center, fargate-spot-termination-notice).
    expect(messages(sim.snapshot()).some((m) => m.includes(`has stopped 1 running tasks: (task ${first.last.taskId})`))).toBe(false);
  });
});

describe('faults that never reach RUNNING', () => {
  it('image-pull-error: PROVISIONING → PENDING → STOPPING → DEPROVISIONING → STOPPED, CannotPullContainerError, TaskFailedToStart', () => {
    const sim = simulate({ seed: 21, service: { desiredCount: 1 } });
    deploy(sim, [web('image-pull-error')]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.path).toEqual(['PROVISIONING', 'PENDING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
    const reason = `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ${WEB_V2}: not found`;
    expect(first.last).toMatchObject({ stopCode: 'TaskFailedToStart', stoppedReason: reason });
    expect(first.last.startedAt).toBeUndefined();
    expect(first.last.containers).toEqual([expect.objectContaining({ lastStatus: 'STOPPED', exitCode: null, reason })]);
  });

  it('missing-execution-role-permission: fails in PENDING with the ResourceInitializationError naming the execution role session', () => {
    const sim = simulate({ seed: 22, service: { desiredCount: 1 } });
    deploy(sim, [web('missing-execution-role-permission')]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.path).toEqual(['PROVISIONING', 'PENDING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
    expect(first.last.stopCode).toBe('TaskFailedToStart');
    expect(first.last.stoppedReason).toContain(
      `AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/${first.last.taskId} is not authorized to perform: secretsmanager:GetSecretValue`,
    );
    // REAL: { "Name": "api", "Reason": null, "Exit": null } for such a task (§5.3).
    expect(first.last.containers[0]).toMatchObject({ exitCode: null, lastStatus: 'STOPPED' });
    expect(first.last.containers[0].reason).toBeUndefined();
  });

  it('the service throttle spaces out launches that keep failing, says so once, and a new task definition clears it', () => {
    const sim = simulate({ seed: 23, service: { desiredCount: 1 } });
    deploy(sim, [web('image-pull-error')]);
    watch(sim, 1200, 1);
    const started = sim
      .snapshot()
      .ecs.service.events.filter((e) => e.message.includes('has started'))
      .map((e) => e.createdAt)
      .reverse();
    const gaps = started.slice(1).map((t, i) => t - started[i]);
    // Launch → failure takes 20–60 s; the throttle's waits (30, 60, 120 … s) come on top, growing.
    expect(gaps.length).toBeGreaterThanOrEqual(4);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[1] + 100);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(900 + 60);
    expect(messages(sim.snapshot()).filter((m) => m === '(service web) is unable to consistently start tasks successfully.')).toHaveLength(1);
    expect(sim.snapshot().decisions.some((d) => d.rule === 'throttle' && d.action === 'wait')).toBe(true);
    // "If you update your service to use a new task definition, your service returns to a normal, non-throttled state immediately."
    const updatedAt = sim.now;
    deploy(sim, [web()], 3);
    watch(sim, 200, 1);
    const s = sim.snapshot();
    const v3 = s.ecs.tasks.filter((t) => t.taskDefinitionArn.endsWith(':3'));
    expect(v3[0].createdAt - updatedAt).toBeLessThanOrEqual(1);
    expect(s.ecs.service.deployments[0]).toMatchObject({ rolloutState: 'COMPLETED' });
  });
});

describe('health checks', () => {
  it('failing-health-check with a container check: UNHEALTHY after 3 × 30 s, then replaced first and stopped, in ECS’s order', () => {
    const sim = simulate({ seed: 31, service: { desiredCount: 2 } });
    deploy(sim, [web('failing-health-check', { healthCheck: DEFAULT_CHECK })]);
    const traces = watch(sim, 200);
    const [first] = ofRevision(traces, 2);
    expect(first.unhealthyAt! - first.last.startedAt!).toBeGreaterThanOrEqual(90);
    expect(first.unhealthyAt! - first.last.startedAt!).toBeLessThan(91);
    expect(first.last).toMatchObject({ stoppedReason: 'Task failed container health checks', stopCode: 'ServiceSchedulerInitiated' });
    expect(first.last.containers[0].healthStatus).toBe('UNHEALTHY');
    const m = messages(sim.snapshot());
    const failed = m.indexOf(`(service web) (task ${first.last.taskId}) failed container health checks.`);
    expect(failed).toBeGreaterThan(0);
    expect(m[failed + 1]).toBe(`(service web) has stopped 1 running tasks: (task ${first.last.taskId}).`);
  });

  it('replaces an unhealthy task with "Amazon ECS replaced 1 tasks due to an unhealthy status." when maximumPercent leaves room', () => {
    // 1 task at 100 / 300: the old task, the unhealthy one and its replacement fit in 3.
    const sim = simulate({ seed: 32, service: { desiredCount: 1, deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 300 } } });
    deploy(sim, [web('failing-health-check', { healthCheck: DEFAULT_CHECK })]);
    const [first] = ofRevision(watch(sim, 200), 2);
    const m = messages(sim.snapshot());
    const failed = m.indexOf(`(service web) (task ${first.last.taskId}) failed container health checks.`);
    expect(m[failed - 1]).toMatch(/^\(service web\) has started 1 tasks: \(task [0-9a-f]{32}\)\. Amazon ECS replaced 1 tasks due to an unhealthy status\.$/);
  });

  it('replaces unhealthy tasks outside a deployment too, with no deployment event', () => {
    const sim = simulate({ seed: 37, service: { desiredCount: 2 }, taskDefinition: { containerDefinitions: [web('failing-health-check', { healthCheck: DEFAULT_CHECK })] } });
    watch(sim, 130);
    const s = sim.snapshot();
    const m = messages(s);
    expect(m.filter((x) => x.endsWith('failed container health checks.'))).toHaveLength(2);
    expect(m.filter((x) => x.endsWith('Amazon ECS replaced 1 tasks due to an unhealthy status.') || x.endsWith('Amazon ECS replaced 2 tasks due to an unhealthy status.')).length).toBeGreaterThan(0);
    expect(m.some((x) => x.includes('(deployment '))).toBe(false);
    expect(s.decisions.some((d) => d.rule === 'unhealthy' && d.action === 'start')).toBe(true);
  });

  it('behind a load balancer without a container check: the target is unhealthy after interval × unhealthyThresholdCount, "Task failed ELB health checks"', () => {
    const sim = simulate({ seed: 33, service: { desiredCount: 1, loadBalancer: { healthCheckIntervalSeconds: 10, unhealthyThresholdCount: 3, deregistrationDelaySeconds: 5 } } });
    deploy(sim, [web('failing-health-check')]);
    const [first] = ofRevision(watch(sim, 150), 2);
    const s = sim.snapshot();
    const arn = s.ecs.service.loadBalancers[0].targetGroupArn;
    expect(first.last).toMatchObject({ stoppedReason: `Task failed ELB health checks in (target-group ${arn})`, stopCode: 'ServiceSchedulerInitiated' });
    const judged = first.last.stoppingAt! - first.last.startedAt!;
    // Unhealthy at the third failed check (30 s); the scheduler acts at its next pass, within a second.
    expect(judged).toBeGreaterThanOrEqual(30);
    expect(judged).toBeLessThanOrEqual(31);
    expect(messages(s)).toContain(
      `(service web) (task ${first.last.taskId}) (port 80) is unhealthy in (target-group ${arn}) due to (reason Health checks failed with these codes: [503]).`,
    );
  });

  it('slow-start: with no health check at all the 40 s rule counts it healthy anyway', () => {
    const sim = simulate({ seed: 34, service: { desiredCount: 1 } });
    deploy(sim, [web('slow-start')]);
    const [first] = ofRevision(watch(sim, 150), 2);
    expect(first.countedAt! - first.last.startedAt!).toBeCloseTo(40, 0);
    expect(sim.snapshot().ecs.service.deployments[0].rolloutState).toBe('COMPLETED');
  });

  it('slow-start: the default check fails it before it is ready; a long enough grace period lets it live', () => {
    const doomed = simulate({ seed: 35, service: { desiredCount: 1 } });
    deploy(doomed, [web('slow-start', { healthCheck: DEFAULT_CHECK })]);
    expect(ofRevision(watch(doomed, 200), 2)[0].last).toMatchObject({ stoppedReason: 'Task failed container health checks' });

    const patient = simulate({ seed: 35, service: { desiredCount: 1, healthCheckGracePeriodSeconds: 200 } });
    deploy(patient, [web('slow-start', { healthCheck: DEFAULT_CHECK })]);
    const [first] = ofRevision(watch(patient, 300), 2);
    expect(first.unhealthyAt).toBeDefined(); // the container did report UNHEALTHY …
    expect(first.last).toMatchObject({ lastStatus: 'RUNNING', healthStatus: 'HEALTHY', countsAsHealthy: true }); // … but ECS ignored it
  });

  it('a check on the container makes a healthy task HEALTHY one interval after RUNNING', () => {
    const sim = simulate({ seed: 36, service: { desiredCount: 1 } });
    deploy(sim, [web(undefined, { healthCheck: { ...DEFAULT_CHECK, interval: 10 } })]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.countedAt! - first.last.startedAt!).toBeCloseTo(10, 0);
    expect(first.last).toMatchObject({ healthStatus: 'HEALTHY' });
    expect(first.last.containers[0].healthStatus).toBe('HEALTHY');
  });
});

describe('essential and non-essential containers', () => {
  it('a fault on a non-essential container stops only that container; the task keeps running', () => {
    const sim = simulate({ seed: 41, service: { desiredCount: 1 } });
    deploy(sim, [web(), { name: 'log-router', image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:3', essential: false, simulate: { fault: 'exit-on-start' } }]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.last).toMatchObject({ lastStatus: 'RUNNING', countsAsHealthy: true });
    expect(first.last.containers).toEqual([
      expect.objectContaining({ name: 'web', lastStatus: 'RUNNING', essential: true }),
      expect.objectContaining({ name: 'log-router', lastStatus: 'STOPPED', exitCode: 1, essential: false }),
    ]);
  });

  it('an essential container’s exit stops the other containers too', () => {
    const sim = simulate({ seed: 42, service: { desiredCount: 1 } });
    deploy(sim, [web('oom'), { name: 'proxy', image: 'envoyproxy/envoy:v1.31', essential: true }]);
    const [first] = ofRevision(watch(sim, 120), 2);
    expect(first.last.containers.map((c) => [c.name, c.lastStatus, c.exitCode])).toEqual([
      ['web', 'STOPPED', 137],
      ['proxy', 'STOPPED', 0],
    ]);
  });

  it('StopTask: the containers get SIGTERM and exit 0; stopCode UserInitiated', () => {
    const sim = simulate({ seed: 43, service: { desiredCount: 1 } });
    const victim = sim.snapshot().ecs.tasks[0];
    sim.dispatch({ type: 'StopTask', task: victim.taskArn });
    watch(sim, 60);
    const stopped = sim.snapshot().ecs.tasks.find((t) => t.taskId === victim.taskId)!;
    expect(stopped).toMatchObject({ stopCode: 'UserInitiated', stoppedReason: 'Task stopped by user' });
    expect(stopped.containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(sim.snapshot().stats.stoppedTasksByStopCode).toEqual({ UserInitiated: 1 });
  });
});

describe('the deployment circuit breaker', () => {
  it('without rollback: FAILED after 3 failed tasks (threshold for 2 tasks), and no task is launched afterwards', () => {
    const sim = simulate({ seed: 51, service: { desiredCount: 2, ...breaker(false) } });
    deploy(sim, [web('exit-on-start')]);
    watch(sim, 600, 1);
    const s = sim.snapshot();
    const failedDeployment = s.ecs.service.deployments[0];
    expect(failedDeployment).toMatchObject({ rolloutState: 'FAILED', rolloutStateReason: 'ECS deployment circuit breaker: tasks failed to start.', failedTasks: 3 });
    expect(messages(s)).toContain(`(service web) (deployment ${failedDeployment.id}) deployment failed: tasks failed to start.`);
    expect(s.ecs.circuitBreaker).toEqual({ status: 'TRIGGERED', failureCount: 3, threshold: 3 });
    const failedAt = s.stats.deployments[1].failedAt!;
    expect(s.ecs.tasks.filter((t) => t.startedBy === failedDeployment.id && t.createdAt > failedAt)).toEqual([]);
    // The old tasks keep serving.
    expect(s.ecs.tasks.filter((t) => t.taskDefinitionArn.endsWith(':1') && t.lastStatus === 'RUNNING')).toHaveLength(2);
    expect(s.decisions.some((d) => d.action === 'fail' && d.rule === 'circuitBreaker')).toBe(true);
  });

  it('with rollback: "rolling back to deployment <last completed>", back to web:1 with desiredCount healthy tasks and none of web:2', () => {
    const sim = simulate({ seed: 52, service: { desiredCount: 3, ...breaker(true) } });
    const firstDeployment = sim.snapshot().ecs.service.deployments[0].id;
    deploy(sim, [web('image-pull-error')]);
    watch(sim, 900, 1);
    const s = sim.snapshot();
    const m = messages(s);
    const failed = m.findIndex((x) => /deployment failed: tasks failed to start\.$/.test(x));
    expect(m[failed + 1]).toBe(`(service web) rolling back to deployment ${firstDeployment}.`);
    expect(s.ecs.service.deployments).toEqual([expect.objectContaining({ id: firstDeployment, status: 'PRIMARY', rolloutState: 'COMPLETED' })]);
    const live = s.ecs.tasks.filter((t) => t.lastStatus !== 'STOPPED');
    expect(live).toHaveLength(3);
    expect(live.every((t) => t.taskDefinitionArn.endsWith(':1') && t.countsAsHealthy)).toBe(true);
    expect(s.stats.deployments).toEqual([
      expect.objectContaining({ id: firstDeployment, completedAt: expect.any(Number) }),
      expect.objectContaining({ taskDefinitionArn: expect.stringMatching(/:2$/), failedAt: expect.any(Number), rolledBackTo: firstDeployment, completedAt: null }),
    ]);
    expect(s.stats.stoppedTasksByStopCode.TaskFailedToStart).toBeGreaterThanOrEqual(3);
    expect(s.decisions.some((d) => d.action === 'rollback' && d.rule === 'circuitBreaker')).toBe(true);
  });

  it('a COUNT threshold of 1 fails at the first failed task', () => {
    const sim = simulate({ seed: 53, service: { desiredCount: 4, ...breaker(false, { thresholdConfiguration: { type: 'COUNT', value: 1 } }) } });
    deploy(sim, [web('exit-on-start')]);
    watch(sim, 120, 1);
    expect(sim.snapshot().ecs.service.deployments[0]).toMatchObject({ rolloutState: 'FAILED', failedTasks: 1 });
  });

  it('is MONITORING during a deployment, DISABLED when off', () => {
    const on = simulate({ seed: 54, service: { desiredCount: 10, ...breaker(true) } });
    deploy(on, [web()]);
    on.advance(5);
    expect(on.snapshot().ecs.circuitBreaker).toEqual({ status: 'MONITORING', failureCount: 0, threshold: 5 });
    const off = simulate({ seed: 54, service: { desiredCount: 10 } });
    expect(off.snapshot().ecs.circuitBreaker).toMatchObject({ status: 'DISABLED', threshold: 5 });
  });

  it('has nothing to roll back to when the service was created with the failing revision', () => {
    const sim = simulate({ seed: 55, start: 'empty', service: { desiredCount: 2, ...breaker(true) }, taskDefinition: { containerDefinitions: [web('exit-on-start')] } });
    watch(sim, 300, 1);
    const s = sim.snapshot();
    expect(s.ecs.service.deployments).toEqual([expect.objectContaining({ rolloutState: 'FAILED' })]);
    expect(messages(s).some((m) => m.includes('rolling back'))).toBe(false);
    expect(s.decisions.some((d) => d.rule === 'circuitBreaker' && d.summary.includes('nothing to roll back to'))).toBe(true);
  });
});

describe('task views', () => {
  it('hand out the same view (and containers) for a task that did not change, a new one when a container did', () => {
    const sim = simulate({ seed: 61, service: { desiredCount: 1 } });
    deploy(sim, [web('oom')]);
    sim.advance(30);
    const before = sim.snapshot().ecs.tasks.find((t) => t.lastStatus === 'RUNNING' && t.taskDefinitionArn.endsWith(':2'));
    if (!before) throw new Error('expected a RUNNING web:2 task at 30 s');
    let after = before;
    for (let i = 0; i < 400 && after.containers === before.containers; i++) {
      sim.advance(0.1);
      const now = sim.snapshot().ecs.tasks.find((t) => t.taskId === before.taskId)!;
      if (now.containers === before.containers) expect(now).toBe(before);
      after = now;
    }
    expect(after).not.toBe(before);
    expect(after.containers[0].exitCode).toBe(137);
  });
});
