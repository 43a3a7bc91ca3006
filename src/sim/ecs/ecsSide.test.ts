import { describe, expect, it } from 'vitest';
import { createEventQueue, peekTime, popEvent, pushEvent } from '../clock/eventQueue';
import { createRandomState } from '../clock/random';
import type { SideContext } from '../clock/sideContext';
import { parseScenario } from '../scenario/parseScenario';
import type { Decision } from '../types';
import { beginDeployment, createEcsWorld, onEcsTimer, registerRevision } from './ecsSide';
import { syncEcs } from './ecsSync';
import { viewEcs } from './ecsView';
import type { EcsWorld } from './ecsWorld';

/** The ECS side alone on its own queue, the way simulation.ts drives it. */
function harness(input: unknown) {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const queue = createEventQueue<{ kind: string; id: string }>();
  const decisions: Decision[] = [];
  let now = 0;
  let syncPending = false;
  const ctx: SideContext = {
    get now() {
      return now;
    },
    random: createRandomState(parsed.scenario.seed),
    after: (d, kind, id) => pushEvent(queue, Math.round((now + d) * 1000) / 1000, { kind, id }),
    requestSync() {
      if (!syncPending) pushEvent(queue, Math.floor(now) + 1, { kind: 'sync', id: '' });
      syncPending = true;
    },
    record: (d) => decisions.push(d),
  };
  const world: EcsWorld = createEcsWorld(parsed.scenario, ctx);
  const samples: { healthy: number; total: number }[] = [];
  const run = (until: number) => {
    while (peekTime(queue) <= until) {
      const e = popEvent(queue)!;
      now = e.at;
      if (e.item.kind === 'sync') {
        syncPending = false;
        const o = syncEcs(world, ctx);
        samples.push({ healthy: o.primaryHealthy + o.oldHealthy, total: o.primaryAlive + o.oldAlive });
      } else onEcsTimer(world, e.item.kind, e.item.id, ctx);
    }
  };
  const deploy = () => {
    const td = registerRevision(world.taskDefinitions, { ...parsed.scenario.taskDefinition, containerDefinitions: [{ name: 'web', image: 'web:v2' }] }, now);
    world.taskDefinitions.push(td);
    beginDeployment(world, td.taskDefinitionArn, ctx);
    return td;
  };
  return { world, run, deploy, samples, decisions, view: () => viewEcs(world) };
}

describe('ECS side', () => {
  it('starts steady with desiredCount RUNNING tasks and one COMPLETED PRIMARY deployment', () => {
    const h = harness({ service: { desiredCount: 3 } });
    const view = h.view();
    expect(view.service.runningCount).toBe(3);
    expect(view.service.deployments).toHaveLength(1);
    expect(view.service.deployments[0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'COMPLETED' });
    expect(view.service.events[0].message).toBe('(service web) has reached a steady state.');
  });

  it('from empty, launches desiredCount tasks through PROVISIONING → PENDING → ACTIVATING → RUNNING', () => {
    const h = harness({ start: 'empty', service: { desiredCount: 2 } });
    h.run(1);
    expect(h.view().tasks.map((t) => t.lastStatus)).toEqual(['PROVISIONING', 'PROVISIONING']);
    h.run(200);
    const view = h.view();
    expect(view.tasks.every((t) => t.lastStatus === 'RUNNING' && t.countsAsHealthy)).toBe(true);
    expect(view.service.deployments[0].rolloutState).toBe('COMPLETED');
  });

  it('rolls 4 tasks at 100/200: old tasks stop only after new ones count healthy, then completes', () => {
    const h = harness({ service: { desiredCount: 4 } });
    const td = h.deploy();
    h.run(1000);
    const view = h.view();
    const live = view.tasks.filter((t) => t.lastStatus !== 'STOPPED');
    expect(live).toHaveLength(4);
    expect(live.every((t) => t.taskDefinitionArn === td.taskDefinitionArn)).toBe(true);
    expect(Math.min(...h.samples.map((s) => s.healthy))).toBeGreaterThanOrEqual(4);
    expect(Math.max(...h.samples.map((s) => s.total))).toBeLessThanOrEqual(8);
    const messages = view.service.events.map((e) => e.message);
    expect(messages[0]).toBe('(service web) has reached a steady state.');
    expect(messages[1]).toMatch(/^\(service web\) \(deployment ecs-svc\/\d{19}\) deployment completed\.$/);
    expect(messages.some((m) => /^\(service web\) has stopped \d+ running tasks: (\(task [0-9a-f]{32}\) ?)+\.$/.test(m))).toBe(true);
    const stopped = view.tasks.filter((t) => t.lastStatus === 'STOPPED');
    expect(stopped).toHaveLength(4);
    expect(stopped[0]).toMatchObject({ stopCode: 'ServiceSchedulerInitiated', stoppedReason: `Scaling activity initiated by (deployment ${view.service.deployments[0].id})` });
  });

  it('100/100 gets stuck with ECS’s own event and never starts a task', () => {
    const h = harness({ service: { desiredCount: 3, deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 } } });
    h.deploy();
    h.run(300);
    const view = h.view();
    expect(view.service.deployments[0]).toMatchObject({ status: 'PRIMARY', rolloutState: 'IN_PROGRESS', runningCount: 0 });
    expect(view.service.events.filter((e) => e.message.includes('was unable to stop or start tasks')).length).toBe(1);
    expect(h.decisions.at(-1)).toMatchObject({ action: 'wait', rule: 'deploymentConfiguration' });
  });

  it('views the tasks between passes even when more than 100 reach STOPPED within one second', () => {
    // 0 / 100 stops every old task in one pass; describe-tasks keeps only the last 100 STOPPED.
    const h = harness({ service: { desiredCount: 3000, deploymentConfiguration: { minimumHealthyPercent: 0, maximumPercent: 100 } } });
    h.deploy();
    for (let t = 0.5; t < 30; t += 0.5) {
      h.run(t);
      const view = h.view();
      expect(view.tasks.filter((task) => task.lastStatus === 'STOPPED').length).toBeLessThanOrEqual(100);
      expect(view.service.runningCount + view.service.pendingCount).toBe(view.tasks.filter((task) => task.desiredStatus === 'RUNNING').length);
    }
  });

  it('behind a load balancer: registers targets, counts a task healthy when its target is, and drains old ones for the deregistration delay', () => {
    const h = harness({
      service: { desiredCount: 2, loadBalancer: { deregistrationDelaySeconds: 60, healthCheckIntervalSeconds: 10, healthyThresholdCount: 3 } },
    });
    h.deploy();
    h.run(1000);
    const view = h.view();
    const messages = view.service.events.map((e) => e.message).reverse();
    const at = (pattern: RegExp) => messages.findIndex((m) => pattern.test(m));
    const arn = /\(target-group arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/web-tg\/[0-9a-f]{16}\)$/;
    const registered = messages.filter((m) => /^\(service web\) registered \d targets in /.test(m));
    expect(registered.reduce((n, m) => n + Number(/registered (\d)/.exec(m)![1]), 0)).toBe(2);
    expect(at(/registered \d targets/)).toBeGreaterThan(at(/has started 2 tasks/));
    for (const m of registered) expect(m).toMatch(arn);
    const stopped = at(/has stopped \d running tasks/);
    expect(at(/^\(service web\) deregistered \d targets in /)).toBe(stopped + 1);
    expect(messages[stopped + 2]).toMatch(/^\(service web, taskSet ecs-svc\/\d{19}\) has begun draining connections on \d tasks\.$/);
    const old = view.tasks.filter((t) => t.lastStatus === 'STOPPED');
    expect(old).toHaveLength(2);
    // DEACTIVATING lasts the deregistration delay, then STOPPING and DEPROVISIONING follow.
    for (const t of old) expect(t.stoppedAt! - t.stoppingAt!).toBeGreaterThanOrEqual(60);
    const healthyAfter = h.decisions.find((d) => d.action === 'stop')!.time;
    const firstRunning = Math.min(...view.tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.startedAt!));
    // Nothing old stops before a new target has passed 3 checks 10 s apart.
    expect(healthyAfter - firstRunning).toBeGreaterThanOrEqual(30);
  });
});
