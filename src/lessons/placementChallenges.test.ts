// The challenge checks of lessons 6, 7 and 8 as pure functions over hand-made snapshots and run
// statistics: each passes for the run its text asks for and fails, with its own reason, for the
// runs a learner could make on the way. The numbers are worked out by hand in the comments.

import { describe, expect, it } from 'vitest';
import { containerInstance, ecsCluster, snapshotFixture } from '../panels/shared/snapshotFixture';
import type { DeploymentRecordStat, Fault, PlacementStat, Scenario, Snapshot, TaskDefinitionView } from '../sim';
import { fewestBalancedFor, fewestInstancesBalanced, instanceCapacity } from './content/clusterRuns';
import { checkSlash28, checkTwelveOnTwo, SLASH_28_QUESTION } from './content/oneTaskOneEniChallenge';
import { checkWhereDoesItRunChallenge } from './content/whereDoesItRunChallenge';
import { checkWhoRunsItChallenge, WHO_RUNS_IT_CASES } from './content/whoRunsItChallenge';
import type { Answers, ChallengeResult } from './defineLesson';

const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

function snapshot(o: {
  service?: Partial<Scenario['service']>;
  cluster?: Partial<Scenario['cluster']>;
  instances?: { instanceType: string; availabilityZone: string }[];
  trunking?: boolean;
  desiredCount?: number;
  taskSize?: { cpu: string; memory: string };
}): Snapshot {
  const trunking = o.trunking ?? false;
  const s = snapshotFixture({
    desiredCount: o.desiredCount ?? 12,
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    maxSurge: '100%',
    maxUnavailable: '0%',
    service: o.service,
    scenarioCluster: { awsvpcTrunking: trunking, ...o.cluster },
    cluster: ecsCluster({
      awsvpcTrunking: trunking,
      containerInstances: (o.instances ?? []).map((i, n) => containerInstance(n + 1, { ...i, trunking })),
    }),
  });
  if (o.taskSize) s.scenario.taskDefinition = { ...s.scenario.taskDefinition, ...o.taskSize };
  return s;
}

const placement = (runningTasks: number, instancesUsed: number, tasksPerAz: Record<string, number>, more: Partial<PlacementStat> = {}): PlacementStat => ({
  time: 0,
  runningTasks,
  instancesUsed,
  tasksPerAz,
  maxTasksOnInstance: 0,
  instanceTypes: ['m5.large'],
  awsvpcTrunking: true,
  ...more,
});

const judged = (result: ChallengeResult) => {
  expect(result.reason.ja.trim(), result.reason.en).not.toBe('');
  expect(result.reason.ja, 'untranslated').not.toBe(result.reason.en);
  return result;
};

// ---- clusterRuns -----------------------------------------------------------------------------

describe('the arithmetic of where tasks fit', () => {
  it('counts a container instance’s room by CPU, memory and, for awsvpc, its task ENI limit', () => {
    const large = containerInstance(1, { instanceType: 'm5.large' });
    const trunked = containerInstance(2, { instanceType: 'm5.large', trunking: true });
    // 2,048 / 512 = 4 by CPU, 8,192 / 1,024 = 8 by memory; 3 ENIs − the primary = 2 task ENIs.
    expect(instanceCapacity(large, { cpu: 512, memory: 1024 }, true)).toBe(2);
    expect(instanceCapacity(large, { cpu: 512, memory: 1024 }, false)).toBe(4);
    // Trunking: 10 task ENIs (ECS DG table), so CPU binds: min(4, 8, 10) = 4; with 256 / 512 tasks min(8, 16, 10) = 8.
    expect(instanceCapacity(trunked, { cpu: 512, memory: 1024 }, true)).toBe(4);
    expect(instanceCapacity(trunked, { cpu: 256, memory: 512 }, true)).toBe(8);
  });

  it('finds the fewest instances for an even spread over the zones', () => {
    // Lesson 6: capacities 4 (m5.large) and 8 (m5.xlarge); 12 = 4 + 4 + 4, one instance per zone.
    expect(fewestInstancesBalanced(new Map([['a', [4, 4]], ['b', [4, 8]], ['c', [8, 8]]]), 12)).toBe(3);
    // Without the even spread 8 + 4 would do on 2, but zone c must hold 4 too.
    // 13 = 5 + 4 + 4: zone a needs 2 instances for 5 (4 + 4), b or c only 1 (8), so the extra task goes to b or c.
    expect(fewestInstancesBalanced(new Map([['a', [4, 4]], ['b', [4, 8]], ['c', [8, 8]]]), 13)).toBe(3);
    // 10 tasks over zones holding at most 2 + 2: 4 / 3 / 3 needs 2 + 2 + 2.
    expect(fewestInstancesBalanced(new Map([['a', [2, 2]], ['b', [2, 2]], ['c', [2, 2]]]), 10)).toBe(6);
    // 14 cannot be spread evenly when each zone holds 4 at most (5 / 5 / 4).
    expect(fewestInstancesBalanced(new Map([['a', [2, 2]], ['b', [2, 2]], ['c', [2, 2]]]), 14)).toBe(Infinity);
    expect(fewestInstancesBalanced(new Map(), 1)).toBe(Infinity);
  });
});

// ---- Lesson 6 -------------------------------------------------------------------------------

describe('the challenge of "where-does-it-run"', () => {
  // The lesson's cluster, trunked: m5.large 2,048 CPU units → 4 tasks of 512; m5.xlarge 4,096 → 8.
  const cluster = () =>
    snapshot({
      service: { launchType: 'EC2' },
      trunking: true,
      taskSize: { cpu: '512', memory: '1024' },
      instances: [
        { instanceType: 'm5.large', availabilityZone: 'us-east-1a' },
        { instanceType: 'm5.large', availabilityZone: 'us-east-1a' },
        { instanceType: 'm5.large', availabilityZone: 'us-east-1b' },
        { instanceType: 'm5.xlarge', availabilityZone: 'us-east-1b' },
        { instanceType: 'm5.xlarge', availabilityZone: 'us-east-1c' },
        { instanceType: 'm5.xlarge', availabilityZone: 'us-east-1c' },
      ],
    });
  const even = { 'us-east-1a': 4, 'us-east-1b': 4, 'us-east-1c': 4 };
  const check = (s: Snapshot) => judged(checkWhereDoesItRunChallenge(s));

  it('works out "fewest" from the cluster: 3 for the lesson’s six instances', () => {
    expect(fewestBalancedFor(cluster(), 12)).toBe(3);
  });

  it('fails on Fargate, before 12 tasks run, and when the service asks for fewer', () => {
    expect(check(snapshot({})).reason.en).toMatch(/the service runs on Fargate now/);
    expect(check(cluster()).reason.en).toMatch(/Not all 12 tasks have been RUNNING at once yet/);
    const fewer = cluster();
    fewer.ecs.service.desiredCount = 6;
    expect(check(fewer).reason.en).toMatch(/The service asks for 6 tasks/);
  });

  it('fails when 12 tasks ran on 3 instances but two of them in one zone (binpack alone)', () => {
    const s = cluster();
    s.stats.placements = [placement(12, 3, { 'us-east-1a': 8, 'us-east-1b': 4 })];
    const result = check(s);
    expect(result.passed).toBe(false);
    // us-east-1c is missing from the record: it counts as 0, not as "not there".
    expect(result.reason.en).toContain('us-east-1a 8, us-east-1b 4, us-east-1c 0');
  });

  it('fails when the zones are even but the tasks sit on more instances than needed', () => {
    const s = cluster();
    s.stats.placements = [placement(12, 6, even), placement(12, 4, even)];
    const result = check(s);
    expect(result.passed).toBe(false);
    expect(result.reason.en).toMatch(/on 4 instances; 3 are enough/);
  });

  it('passes when some moment of the run had 12 tasks on 3 instances, 4 per zone, whatever came after', () => {
    const s = cluster();
    s.stats.placements = [placement(11, 3, { 'us-east-1a': 4, 'us-east-1b': 4, 'us-east-1c': 3 }), placement(12, 3, even), placement(11, 3, { 'us-east-1a': 3, 'us-east-1b': 4, 'us-east-1c': 4 })];
    expect(check(s)).toMatchObject({ passed: true });
    // 12 on 3 but 5 / 4 / 3 is not balanced.
    s.stats.placements = [placement(12, 3, { 'us-east-1a': 5, 'us-east-1b': 4, 'us-east-1c': 3 })];
    expect(check(s).passed).toBe(false);
  });
});

// ---- Lesson 7 -------------------------------------------------------------------------------

describe('the challenge of "who-runs-it"', () => {
  const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web';
  const revision = (n: number, fault: Fault): TaskDefinitionView => ({
    taskDefinitionArn: `${ARN}:${n}`,
    family: 'web',
    revision: n,
    containerDefinitions: [{ name: 'web', image: `public.ecr.aws/isomorph/web:v${n}`, essential: true, simulate: { fault } }],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    taskRoleArn: 'arn:aws:iam::123456789012:role/webTaskRole',
    registeredAt: n,
  });
  const record = (n: number, failedAt: number | null): DeploymentRecordStat => ({ id: `ecs-svc/${n}`, taskDefinitionArn: `${ARN}:${n}`, createdAt: n * 100, completedAt: null, failedAt, rolledBackTo: null });

  /** An EC2 run in which the given cases were deployed (revisions 2, 3, 4) and, if `failed`, marked FAILED. */
  function run(faults: readonly Fault[], failed = true, launchType: Scenario['service']['launchType'] = 'EC2'): Snapshot {
    const s = snapshot({ service: { launchType }, instances: ZONES.map((availabilityZone) => ({ instanceType: 'm5.large', availabilityZone })) });
    s.ecs.taskDefinitions = [revision(1, 'healthy'), ...faults.map((fault, i) => revision(i + 2, fault))];
    s.stats.deployments = [record(1, null), ...faults.map((_, i) => record(i + 2, failed ? (i + 2) * 100 + 60 : null))];
    return s;
  }
  const all = WHO_RUNS_IT_CASES.map((c) => c.fault);
  const right: Answers = Object.fromEntries(WHO_RUNS_IT_CASES.map((c) => [c.question.id, c.question.answer]));
  const check = (s: Snapshot, answers: Answers) => judged(checkWhoRunsItChallenge(s, answers));

  it('fails when the run is not on EC2', () => {
    expect(check(run(all, true, 'FARGATE'), right).reason.en).toMatch(/the service is not on EC2 now/);
  });

  it('fails with a case not deployed, or not failed yet, naming it', () => {
    expect(check(run(['image-pull-error', 'oom']), right).reason.en).toMatch(/Case B has not been deployed on EC2 yet/);
    expect(check(run([]), right).reason.en).toMatch(/Case A, B and C have not been deployed/);
    expect(check(run(all, false), right).reason.en).toMatch(/Case A, B and C have not failed yet/);
  });

  it('fails with unanswered or wrong answers', () => {
    expect(check(run(all), {}).reason.en).toMatch(/Now answer for case A, B and C/);
    const wrong = check(run(all), { ...right, 'look-oom': 'instance-logs' });
    expect(wrong.passed).toBe(false);
    expect(wrong.reason.en).toMatch(/Your answer for case C points to a place/);
    // Each case has its own answer: the application's log is right for B only.
    expect(check(run(all), { ...right, 'look-image-pull': 'app-logs' }).reason.en).toMatch(/case A points/);
  });

  it('passes when all three failed on EC2 and every place is named right', () => {
    expect(check(run(all), right)).toMatchObject({ passed: true });
  });
});

// ---- Lesson 8 -------------------------------------------------------------------------------

describe('the challenges of "one-task-one-eni"', () => {
  const twoLarge = (trunking: boolean, desiredCount = 12) =>
    snapshot({
      service: { launchType: 'EC2' },
      trunking,
      desiredCount,
      instances: ['us-east-1a', 'us-east-1b'].map((availabilityZone) => ({ instanceType: 'm5.large', availabilityZone })),
    });
  const twelve = (s: Snapshot) => judged(checkTwelveOnTwo(s));

  it('part one fails off EC2, without trunking (2 ENIs × 2 instances = 4 tasks), and when asking for fewer', () => {
    expect(twelve(snapshot({})).reason.en).toMatch(/the service is not on EC2 now/);
    const off = twoLarge(false);
    off.stats.placements = [placement(4, 2, { 'us-east-1a': 2, 'us-east-1b': 2 }, { awsvpcTrunking: false })];
    expect(twelve(off).reason.en).toMatch(/At most 4 tasks have run\. Without trunking/);
    expect(twelve(twoLarge(true, 8)).reason.en).toMatch(/The service asks for 8 tasks/);
    expect(twelve(twoLarge(true)).reason.en).toMatch(/the tasks are still starting/);
  });

  it('part one fails for 12 tasks on three instances or on another type', () => {
    const s = twoLarge(true);
    s.stats.placements = [placement(12, 3, { 'us-east-1a': 4, 'us-east-1b': 4, 'us-east-1c': 4 })];
    expect(twelve(s).reason.en).toMatch(/12 tasks ran, but on 3 instances \(m5\.large\)/);
    s.stats.placements = [placement(12, 2, { 'us-east-1a': 6, 'us-east-1b': 6 }, { instanceTypes: ['m5.xlarge'] })];
    expect(twelve(s).passed).toBe(false);
  });

  it('part one passes for 12 tasks on two m5.large with trunking', () => {
    const s = twoLarge(true);
    s.stats.placements = [placement(4, 2, { 'us-east-1a': 2, 'us-east-1b': 2 }), placement(12, 2, { 'us-east-1a': 6, 'us-east-1b': 6 })];
    expect(twelve(s)).toMatchObject({ passed: true });
  });

  const small = { subnetId: 'subnet-small', cidr: '10.0.200.0/28', availabilityZone: 'us-east-1a' };
  const slash28Run = (exhausted: boolean, desiredCount = 12) => {
    const s = snapshot({
      desiredCount,
      service: { launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: [small.subnetId], securityGroups: ['sg-default'], assignPublicIp: 'DISABLED' } } },
      cluster: { subnets: [small] },
    });
    if (exhausted) s.stats.subnetExhausted = { subnetId: small.subnetId, at: 40, runningTasks: 9 };
    return s;
  };
  const slash28 = (s: Snapshot, answers: Answers) => judged(checkSlash28(s, answers));
  const predicted = (n: string): Answers => ({ [SLASH_28_QUESTION.id]: n });

  it('part two asks for the prediction first, then the run the question describes', () => {
    expect(slash28(slash28Run(true), {}).reason.en).toMatch(/Predict first/);
    expect(slash28(twoLarge(true), predicted('11')).reason.en).toMatch(/This run is not the one the question describes/);
    expect(slash28(slash28Run(false, 11), predicted('11')).reason.en).toMatch(/asks for only 11 tasks/);
    expect(slash28(slash28Run(false), predicted('11')).reason.en).toMatch(/`subnet-small` has not run out yet/);
  });

  it('part two judges the prediction: 16 − 5 = 11', () => {
    for (const wrong of ['16', '14', '12']) expect(slash28(slash28Run(true), predicted(wrong)).reason.en).toMatch(/not where you predicted/);
    expect(slash28(slash28Run(true), predicted('11'))).toMatchObject({ passed: true, reason: { en: expect.stringContaining('11 tasks got an address') } });
  });
});
