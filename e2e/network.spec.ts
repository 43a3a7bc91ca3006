// awsvpc in the browser: one ENI and one address per task, a /28 that runs out, and the density
// awsvpcTrunking buys on an m5.large, on the ECS side and on its EKS twin.

import lzString from 'lz-string';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

/** A share link that opens `scenario` (the link holds it as a difference from the default one). */
const linkTo = (scenario: object) => `#v=1&lang=en&s=${lzString.compressToEncodedURIComponent(JSON.stringify(scenario))}&t=0`;

test('scaling past a /28: 11 addresses, then the 12th task cannot start and the service says so', async ({ app }) => {
  const { cluster, settings, controls, events } = app;
  await app.open(linkTo({ service: { desiredCount: 10 }, cluster: { subnets: [{ subnetId: 'subnet-a', cidr: '10.0.1.0/28', availabilityZone: 'us-east-1a' }] } }));
  const subnet = cluster.subnet('ecs', 'subnet-a');
  await cluster.showNetwork();
  await expect(subnet).toHaveAttribute('data-usable', '11');
  await expect(subnet).toHaveAttribute('data-used', '10');

  await settings.setEcs({ desiredCount: '12' });
  await settings.updateService.click();
  await controls.setSpeed('64');
  await controls.play();

  await cluster.showNetwork();
  await expect(subnet).toHaveAttribute('data-used', '11');
  await expect.poll(() => events.ecsMessages(), { timeout: 30_000 }).toContain('(service web) is unable to consistently start tasks successfully.');
  await controls.pause();
  // The task that found no address: its record says why, in EC2's words.
  const started = await events.taskIdsIn(/has started 1 tasks:/);
  const reasons: string[] = [];
  for (const taskId of started.slice(0, 3)) {
    await events.ecsTaskLink(taskId).first().click();
    reasons.push((await app.inspector.describedTask()).stoppedReason ?? '');
  }
  expect(reasons).toContain('InsufficientFreeAddressesInSubnet: The specified subnet does not contain enough free private IP addresses to fulfill your request.');
});

test('awsvpcTrunking: two m5.large go from 2 task ENIs each to 10, and 12 tasks fit', async ({ app }) => {
  const { cluster, controls, events } = app;
  await app.open(linkTo({ service: { launchType: 'EC2', desiredCount: 12 }, cluster: { containerInstances: [{ instanceType: 'm5.large' }, { instanceType: 'm5.large' }] } }));
  await cluster.showNetwork();
  await expect.poll(() => cluster.taskEnis()).toEqual(['2/2', '2/2']);
  await controls.setSpeed('64');
  await controls.play();
  await expect
    .poll(() => events.ecsMessages(), { timeout: 20_000 })
    .toContainEqual(expect.stringMatching(/was unable to place a task because no container instance met all of its requirements\. The closest matching \(container-instance \w+\) encountered error "RESOURCE:ENI"\./));
  // The twin's nodes hold the same 12 pods with room to spare: max pods 29 per m5.large.
  await expect.poll(() => cluster.nodePods(), { timeout: 20_000 }).toEqual(['8/29', '8/29']);
  await controls.pause();

  await cluster.trunking.check();
  await cluster.restart.click();
  await controls.play();
  await cluster.showNetwork();
  await expect.poll(() => cluster.taskEnis(), { timeout: 20_000 }).toEqual(['6/10', '6/10']);
});

test('a t3.small: ECS stops at 2 task ENIs, its EKS twin at 11 pods with "Too many pods"', async ({ app }) => {
  const { cluster, controls, events } = app;
  await app.open(linkTo({ service: { launchType: 'EC2', desiredCount: 10 }, taskDefinition: { cpu: '128', memory: '128' }, cluster: { containerInstances: [{ instanceType: 't3.small' }] } }));
  await controls.setSpeed('64');
  await controls.play();
  await cluster.showNetwork();
  await expect.poll(() => cluster.taskEnis(), { timeout: 20_000 }).toEqual(['2/2']);
  await expect.poll(() => cluster.nodePods(), { timeout: 20_000 }).toEqual(['11/11']);
  await expect
    .poll(() => events.k8sMessages(), { timeout: 20_000 })
    .toContain('0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.');
});
