// The two challenges of lesson 8, "One task, one ENI", each judged over its own run (changing the
// cluster recreates it, so the two cannot share one):
//
// 1. "Fit 12 tasks on two m5.large": some record of stats.placements has 12 or more RUNNING tasks on
//    at most 2 instances, every one an m5.large, with awsvpcTrunking on. The arithmetic, with the
//    lesson's 256 CPU units / 512 MiB tasks: an m5.large registers 2,048 units and 8,192 MiB, so CPU
//    allows 8 and memory 16; its task ENI limit is 2 without trunking (3 ENIs − the primary) and 10
//    with it (reference/ecs.md §8, §8.1). Without trunking two hold 2 × 2 = 4; with it 2 × min(8, 16, 10) = 16 ≥ 12.
//
// 2. "Predict when a /28 runs out": the learner's answer to SLASH_28_QUESTION, and a run in which the
//    service is on Fargate with one /28 subnet as its only subnet and stats.subnetExhausted names it.
//    Nothing but the tasks holds addresses there (no container instance), so the answer is the
//    usable count: 2^(32−28) − 5 = 16 − 5 = 11 (EC2 CreateSubnet: AWS "reserves both the first four
//    and the last IPv4 address in each subnet's CIDR block", reference/ecs.md §8.3). The 12th task
//    stops with InsufficientFreeAddressesInSubnet (sim/network/eniAllocation.ts).

import { usableIpCount } from '../../sim';
import type { Snapshot } from '../../sim';
import type { Answers, ChallengeResult, Localized, Question } from '../defineLesson';

export const TARGET_TASKS = 12;
export const TARGET_INSTANCES = 2;
export const TARGET_TYPE = 'm5.large';

const fail = (reason: Localized): ChallengeResult => ({ passed: false, reason });

export function checkTwelveOnTwo(s: Snapshot): ChallengeResult {
  if (s.scenario.service.launchType !== 'EC2') {
    return fail({
      en: 'This part is about EC2 instances, and the service is not on EC2 now. Start with this step’s first shortcut.',
      ja: 'この課題は EC2 インスタンスが舞台ですが、いまサービスは EC2 で動いていません。このステップの最初のショートカットから始めてください。',
    });
  }
  const onTwo = (types: readonly string[]) => types.length > 0 && types.every((t) => t === TARGET_TYPE);
  const done = s.stats.placements.find((p) => p.runningTasks >= TARGET_TASKS && p.instancesUsed <= TARGET_INSTANCES && onTwo(p.instanceTypes) && p.awsvpcTrunking);
  if (done) {
    return {
      passed: true,
      reason: {
        en: `${done.runningTasks} tasks on two \`m5.large\`, each task with its own ENI. Trunking lifted each instance’s task ENI limit from 2 to 10, so CPU became the limit: 2,048 units hold 8 tasks of 256.`,
        ja: `\`m5.large\` 2 台で ${done.runningTasks} 個のタスクが動き、どのタスクも自分の ENI を持っています。トランキングで各インスタンスのタスク ENI の上限が 2 から 10 に上がったので、上限は CPU になりました。2,048 ユニットに 256 ユニットのタスクが 8 個入ります。`,
      },
    };
  }
  const twelve = s.stats.placements.filter((p) => p.runningTasks >= TARGET_TASKS);
  if (twelve.length > 0) {
    const last = twelve[twelve.length - 1];
    return fail({
      en: `${last.runningTasks} tasks ran, but on ${last.instancesUsed} instances (${[...new Set(last.instanceTypes)].join(', ')}). The challenge is two \`m5.large\`: make each of them hold more instead of adding instances.`,
      ja: `${last.runningTasks} 個のタスクが動きましたが、使ったのは ${last.instancesUsed} 台（${[...new Set(last.instanceTypes)].join('、')}）です。課題は \`m5.large\` 2 台です。インスタンスを足すのではなく、1 台に入る数を増やしてください。`,
    });
  }
  const most = Math.max(0, ...s.stats.placements.map((p) => p.runningTasks));
  if (!s.scenario.cluster.awsvpcTrunking) {
    return fail({
      en: `At most ${most} tasks have run. Without trunking an \`m5.large\` takes 3 ENIs and one is its own, so it holds 2 awsvpc tasks, and two of them hold 4. Read the service events: the closest instance had no ENI left, not too little CPU.`,
      ja: `動いたタスクは最大 ${most} 個です。トランキングなしの \`m5.large\` が持てる ENI は 3 つで、うち 1 つは自分用なので、awsvpc のタスクは 2 個まで、2 台で 4 個です。サービスイベントを読んでください。足りなかったのは CPU ではなく ENI です。`,
    });
  }
  if (s.ecs.service.desiredCount < TARGET_TASKS) {
    return fail({
      en: `The service asks for ${s.ecs.service.desiredCount} tasks. Ask for 12: this step’s first shortcut does.`,
      ja: `サービスが求めているタスクは ${s.ecs.service.desiredCount} 個です。12 個にしてください。このステップの最初のショートカットがそうします。`,
    });
  }
  return fail({
    en: 'Trunking is on; the tasks are still starting. Let the simulation run until 12 are `RUNNING`, then check again.',
    ja: 'トランキングは有効です。タスクはまだ起動中です。12 個が `RUNNING` になるまで進めてから、もう一度確認してください。',
  });
}

export const SLASH_28_QUESTION: Question = {
  id: 'slash-28-tasks',
  prompt: {
    en: 'Fargate tasks in a fresh /28 subnet that nothing else uses: how many can get an address before it runs out?',
    ja: 'ほかに誰も使っていない新しい /28 サブネットに Fargate のタスクを置きます。アドレスが尽きるまでに何個のタスクがアドレスを得られますか？',
  },
  choices: ['16', '14', '12', '11'].map((n) => ({ id: n, label: { en: `${n} tasks`, ja: `${n} 個` } })),
  answer: '11',
  explain: {
    en: 'A /28 has 2^(32 − 28) = 16 addresses. AWS keeps the first four (network, VPC router, DNS, reserved for future use) and the last, so 11 are usable, one per task ENI. Not 14: a VPC subnet loses three more than the classic network-and-broadcast two.',
    ja: '/28 のアドレスは 2^(32 − 28) = 16 個です。AWS は先頭の 4 個（ネットワークアドレス、VPC ルーター、DNS、将来用の予約）と最後の 1 個を使わせないので、使えるのは 11 個で、タスクの ENI 1 つに 1 個ずつです。14 個ではありません。VPC のサブネットでは、よく知られたネットワークアドレスとブロードキャストの 2 個より 3 個多く失われます。',
  },
};

/** The subnet of the run's service when it is Fargate in exactly one /28, or null. */
function lonelySlash28(s: Snapshot) {
  if (s.scenario.service.launchType !== 'FARGATE') return null;
  const ids = s.scenario.service.networkConfiguration?.awsvpcConfiguration.subnets ?? [];
  if (ids.length !== 1) return null;
  const subnet = s.scenario.cluster.subnets.find((x) => x.subnetId === ids[0]);
  return subnet !== undefined && subnet.cidr.endsWith('/28') ? subnet : null;
}

export function checkSlash28(s: Snapshot, answers: Answers): ChallengeResult {
  if (answers[SLASH_28_QUESTION.id] === undefined) {
    return fail({
      en: 'Predict first: answer how many tasks a /28 can take, then run it with the shortcut.',
      ja: 'まず予想してください。/28 に何個のタスクが入るか答えてから、ショートカットで確かめます。',
    });
  }
  const subnet = lonelySlash28(s);
  if (subnet === null) {
    return fail({
      en: 'This run is not the one the question describes. Use this step’s shortcut: it recreates the service on Fargate with one fresh /28 as its only subnet.',
      ja: 'この実行は質問の条件と違います。このステップのショートカットを使ってください。サービスを Fargate で、新しい /28 だけをサブネットにして作り直します。',
    });
  }
  const exhausted = s.stats.subnetExhausted;
  if (exhausted === null || exhausted.subnetId !== subnet.subnetId) {
    return s.ecs.service.desiredCount <= usableIpCount(subnet.cidr)
      ? fail({
          en: `The service asks for only ${s.ecs.service.desiredCount} tasks, which the subnet can hold. Ask for more (the shortcut asks for 12).`,
          ja: `サービスが求めているタスクは ${s.ecs.service.desiredCount} 個だけで、サブネットに収まります。もっと求めてください（ショートカットは 12 個）。`,
        })
      : fail({
          en: `\`${subnet.subnetId}\` has not run out yet. Let the simulation run until a task stops with \`InsufficientFreeAddressesInSubnet\`.`,
          ja: `\`${subnet.subnetId}\` のアドレスはまだ尽きていません。タスクが \`InsufficientFreeAddressesInSubnet\` で止まるまで進めてください。`,
        });
  }
  const usable = usableIpCount(subnet.cidr);
  if (answers[SLASH_28_QUESTION.id] !== SLASH_28_QUESTION.answer) {
    return fail({
      en: 'The subnet ran out, but not where you predicted. Count again: 16 addresses, minus the ones AWS keeps in every subnet. Then change your answer.',
      ja: 'サブネットは尽きましたが、予想とは違うところでした。数え直してください。16 個のアドレスから、AWS がどのサブネットでも使わせない分を引きます。それから答えを変えてください。',
    });
  }
  return {
    passed: true,
    reason: {
      en: `Right: ${usable} tasks got an address in \`${subnet.subnetId}\`, and the next one stopped with \`InsufficientFreeAddressesInSubnet\`. A /28 is the smallest subnet EC2 allows; size subnets for the peak of a deployment (up to \`maximumPercent\` of the tasks), plus the instances’ own ENIs on EC2.`,
      ja: `正解です。\`${subnet.subnetId}\` でアドレスを得られたのは ${usable} 個で、次のタスクは \`InsufficientFreeAddressesInSubnet\` で止まりました。/28 は EC2 で作れる最小のサブネットです。サブネットの大きさは、デプロイのピーク（タスク数の \`maximumPercent\` まで）に、EC2 ならインスタンス自身の ENI の分も足して決めましょう。`,
    },
  };
}
