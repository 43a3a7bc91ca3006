// Lesson 8, "One task, one ENI" (shared/CURRICULUM.md; the article's §7). The learner leaves
// knowing that awsvpc gives every task its own ENI and private IP, that an instance's ENI limit and
// the subnet's size cap how many tasks fit, that trunking raises the first, and that EKS pods take
// secondary IPs on the node's ENIs instead. Facts: shared/reference/ecs.md §8 (one ENI per task,
// the primary ENI counts, c5.large "only two such tasks"), §8.1 (trunking: m5.large 2 → 10, only new
// instances, not Fargate, not T types), §8.2 (m5.large: 3 ENIs × 10 IPv4), §8.3 (/28 = 16 − 5 = 11,
// the five reserved addresses), §10.2 (`attachments`); k8s.md §6.1 (max pods 3 × (10 − 1) + 2 = 29),
// §6.3 (WARM_ENI_TARGET 1); EC2 API error code InsufficientFreeAddressesInSubnet (sim/network/eniAllocation.ts).
//
// The cluster starts as one m5.large in us-east-1a without trunking and 3 tasks of 256 CPU units /
// 512 MiB: CPU would allow 8, memory 16, the ENIs 2. Every shortcut recreates the service (`start:
// 'empty'`), so each placement starts from an empty instance.

import type { ScenarioInput, Snapshot } from '../../sim';
import { defineLesson } from '../defineLesson';
import type { Question } from '../defineLesson';
import { reconfigure } from './clusterRuns';
import { checkSlash28, checkTwelveOnTwo, SLASH_28_QUESTION, TARGET_TASKS } from './oneTaskOneEniChallenge';

const m5large = (availabilityZone: string) => ({ instanceType: 'm5.large', availabilityZone });

// The app's default VPC layout (sim/scenario/defaults.ts), spelled out so that the part-one shortcuts
// can put it back after the /28 of part two replaced it.
const SUBNETS = [
  { subnetId: 'subnet-1a', cidr: '10.0.0.0/18', availabilityZone: 'us-east-1a' },
  { subnetId: 'subnet-1b', cidr: '10.0.64.0/18', availabilityZone: 'us-east-1b' },
  { subnetId: 'subnet-1c', cidr: '10.0.128.0/18', availabilityZone: 'us-east-1c' },
];
const ON_EC2 = { launchType: 'EC2', networkConfiguration: { awsvpcConfiguration: { subnets: SUBNETS.map((x) => x.subnetId) } } } as const;

export const ONE_TASK_ONE_ENI_SCENARIO: ScenarioInput = {
  seed: 8,
  start: 'empty',
  service: { serviceName: 'web', desiredCount: 3, ...ON_EC2 },
  cluster: { subnets: SUBNETS, awsvpcTrunking: false, containerInstances: [m5large('us-east-1a')] },
};

export const TRUNKING_ON = reconfigure({ cluster: { awsvpcTrunking: true } });

/** EC2 on `zones.length` m5.large in the default subnets, 12 tasks wanted; trunking as it was unless given. */
const onLarges = (zones: string[], awsvpcTrunking?: boolean) =>
  reconfigure({
    cluster: { subnets: SUBNETS, containerInstances: zones.map(m5large), ...(awsvpcTrunking !== undefined && { awsvpcTrunking }) },
    service: { ...ON_EC2, desiredCount: TARGET_TASKS },
  });

export const CHALLENGE_SHORTCUTS = {
  /** The scene of part one: two m5.large, trunking off, 12 tasks wanted. */
  twoInstances: onLarges(['us-east-1a', 'us-east-1b'], false),
  trunkingOn: TRUNKING_ON,
  thirdInstance: onLarges(['us-east-1a', 'us-east-1b', 'us-east-1c']),
};

/** Part two: Fargate in one fresh /28 (10.0.200.0/28 lies outside the default /18s), nothing else in it. */
export const SMALL_SUBNET = { subnetId: 'subnet-small', cidr: '10.0.200.0/28', availabilityZone: 'us-east-1a' };
export const FARGATE_IN_SLASH_28 = reconfigure({
  cluster: { subnets: [SMALL_SUBNET], containerInstances: [], awsvpcTrunking: false },
  service: {
    launchType: 'FARGATE',
    desiredCount: TARGET_TASKS,
    networkConfiguration: { awsvpcConfiguration: { subnets: [SMALL_SUBNET.subnetId] } },
    placementStrategy: [],
    placementConstraints: [],
  },
});

const firstInstanceFull = (s: Snapshot) => s.stats.unablePlaceEvents > 0 && s.stats.placements.some((p) => p.runningTasks === 2 && p.instancesUsed === 1);
const thirdTaskPlaced = (s: Snapshot) => s.stats.placements.some((p) => p.runningTasks >= 3 && p.instancesUsed === 1 && p.awsvpcTrunking);

export const ENI_LIMIT_QUESTION: Question = {
  id: 'tasks-on-m5-large',
  prompt: { en: 'The service asks for 3 tasks on one `m5.large` without trunking. How many run?', ja: 'トランキングなしの `m5.large` 1 台に、サービスがタスクを 3 個求めています。何個動きますか？' },
  choices: ['3', '2', '1'].map((n) => ({ id: n, label: { en: `${n} tasks`, ja: `${n} 個` } })),
  answer: '2',
  explain: {
    en: 'An `m5.large` takes 3 ENIs and its primary network interface is one of them: 2 are left for tasks. CPU would allow 8 of these tasks, but each needs an ENI, so the third waits, unplaced.',
    ja: '`m5.large` が持てる ENI は 3 つで、そのうち 1 つはインスタンス自身のプライマリネットワークインターフェースです。タスクに使えるのは 2 つです。CPU ならこのタスクが 8 個入りますが、どのタスクにも ENI が 1 つ要るので、3 個目は配置されずに待ちます。',
  },
};

export const MAX_PODS_QUESTION: Question = {
  id: 'max-pods-m5-large',
  prompt: { en: 'How many pods can an `m5.large` EKS node hold with the VPC CNI (one secondary IP per pod)?', ja: 'VPC CNI（Pod 1 個にセカンダリ IP 1 つ）の場合、`m5.large` の EKS ノードには Pod が何個入りますか？' },
  choices: ['2', '10', '29', '30'].map((n) => ({ id: n, label: { en: `${n} pods`, ja: `${n} 個` } })),
  answer: '29',
  explain: {
    en: '3 ENIs × (10 addresses − the ENI’s own) = 27 pod addresses, plus 2 pods on the host network (`aws-node` and `kube-proxy`) that need none: 3 × (10 − 1) + 2 = 29.',
    ja: 'ENI 3 つ ×（アドレス 10 個 − ENI 自身の 1 個）= Pod 用アドレス 27 個に、アドレスの要らないホストネットワークの Pod 2 個（`aws-node` と `kube-proxy`）を足して、3 ×（10 − 1）+ 2 = 29 です。',
  },
};

export const TRUNK_LIMIT_QUESTION: Question = {
  id: 'trunk-limit-m5-large',
  prompt: { en: 'With `awsvpcTrunking` on, how many awsvpc tasks can an `m5.large` hold, counting ENIs only?', ja: '`awsvpcTrunking` を有効にすると、ENI だけで数えて `m5.large` には awsvpc のタスクが何個入りますか？' },
  choices: ['3', '10', '29'].map((n) => ({ id: n, label: { en: `${n} tasks`, ja: `${n} 個` } })),
  answer: '10',
  explain: {
    en: 'AWS’s table gives an `m5.large` 2 tasks without trunking and 10 with it. With these 256-unit tasks CPU stops it at 8 first: trunking moves the limit, it does not remove it.',
    ja: 'AWS の表では、`m5.large` はトランキングなしで 2 個、ありで 10 個です。このレッスンの 256 ユニットのタスクなら、先に CPU が 8 個で上限になります。トランキングは上限を動かすだけで、なくすわけではありません。',
  },
};

export default defineLesson({
  id: 'one-task-one-eni',
  number: 8,
  title: { en: 'One task, one ENI', ja: '1 タスク 1 ENI' },
  scenario: ONE_TASK_ONE_ENI_SCENARIO,
  steps: [
    {
      // ecs.md §8 ("Each task can only have one ENI", security groups per awsvpcConfiguration, the primary ENI
      // counts, "only two such tasks"), §10.2 (attachments: networkInterfaceId, privateIPv4Address), §4.2 (the event).
      text: {
        en: 'With the `awsvpc` network mode, every task gets an elastic network interface (ENI) of its own: its own private IP from the subnet, and the security groups named in the service’s `awsvpcConfiguration`. `describe-tasks` lists it under `attachments`, with `networkInterfaceId` and `privateIPv4Address`. To the VPC, a task looks like a small machine. On Fargate it is always so.\n\nOn EC2 the task’s ENI is attached to the instance, and an instance takes only so many ENIs. An `m5.large` takes 3, and its own primary network interface is one of them.\n\nThis service asks for 3 tasks on a single `m5.large`. Each task uses 256 of its 2,048 CPU units. Predict, let it run, and read the service events.',
        ja: '`awsvpc` ネットワークモードでは、どのタスクも自分専用の Elastic Network Interface（ENI）を持ちます。サブネットから得た自分のプライベート IP と、サービスの `awsvpcConfiguration` で指定したセキュリティグループです。`describe-tasks` では `attachments` に `networkInterfaceId` と `privateIPv4Address` が並びます。VPC から見ると、タスクは小さなマシンのようなものです。Fargate では必ずこの形になります。\n\nEC2 では、タスクの ENI はインスタンスにアタッチされます。そしてインスタンスにアタッチできる ENI の数には上限があります。`m5.large` は 3 つで、そのうち 1 つはインスタンス自身のプライマリネットワークインターフェースです。\n\nこのサービスは `m5.large` 1 台にタスクを 3 個求めています。タスク 1 個が使うのは 2,048 CPU ユニットのうち 256 です。予想してから進め、サービスイベントを読んでください。',
      },
      highlight: ['pod-task', 'events-describe'],
      action: {
        text: { en: 'Answer, then let the simulation run until the service events say a task could not be placed.', ja: '答えてから、サービスイベントにタスクを配置できなかったと出るまで進めてください。' },
      },
      questions: [ENI_LIMIT_QUESTION],
      advanceWhen: firstInstanceFull,
    },
    {
      // k8s.md §6.1 (the formula and its comments, m5.large 3 × 10), §5.3 (`Too many pods`).
      text: {
        en: 'The twin runs on an EKS node of the same type, and all three pods run. With the Amazon VPC CNI, pods get real VPC addresses too, but not ENIs of their own: the CNI attaches ENIs to the node and hands out their secondary IPs, one per pod. The pods on a node share its ENIs.\n\nSo the ceiling is addresses, not interfaces: 3 ENIs × (10 addresses − the ENI’s own) = 27, plus 2 host-network pods, `aws-node` and `kube-proxy`, that need no address of their own. The kubelet’s max pods is set to that number, and a pod beyond it gets `FailedScheduling` with `Too many pods`.',
        ja: '右側は同じタイプの EKS ノードで動き、Pod は 3 個とも動いています。Amazon VPC CNI でも Pod は本物の VPC アドレスを得ますが、専用の ENI は持ちません。CNI がノードに ENI をアタッチし、そのセカンダリ IP を Pod に 1 つずつ配ります。ノード上の Pod はノードの ENI を共有します。\n\nですから上限を決めるのはインターフェースではなくアドレスです。ENI 3 つ ×（アドレス 10 個 − ENI 自身の 1 個）= 27 に、自分のアドレスが要らないホストネットワークの Pod 2 個（`aws-node` と `kube-proxy`）を足します。kubelet の max pods はこの数に設定され、それを超える Pod は `Too many pods` の `FailedScheduling` になります。',
      },
      highlight: ['pod-task', 'placement-scheduler'],
      questions: [MAX_PODS_QUESTION],
    },
    {
      // ecs.md §8.1 (awsvpcTrunking: trunk interface, m5.large 10, new instances only, not Fargate; T types are absent from the supported table, inferred there).
      text: {
        en: 'ENI trunking raises the ECS limit. With the account setting `awsvpcTrunking` on, ECS attaches a trunk interface to each new container instance of a supported type, and the tasks’ ENIs are carried over it. Every task still has its own ENI and its own IP; the instance just holds more of them.\n\nOnly instances launched after you opt in get a trunk, and it is not available on Fargate or on every instance type (the T family is not in AWS’s list). The trunk takes an address in the subnet as well.\n\nRecreate the instance with trunking on: the third task finds its place.',
        ja: 'ENI トランキングを使うと ECS 側の上限が上がります。アカウント設定 `awsvpcTrunking` を有効にすると、ECS は対応するタイプの新しいコンテナインスタンスにトランクインターフェースをアタッチし、タスクの ENI はその上に載ります。どのタスクも自分の ENI と IP を持つことに変わりはなく、インスタンスに入る数が増えるだけです。\n\nトランクが付くのは有効にした後に起動したインスタンスだけで、Fargate では使えず、すべてのインスタンスタイプが対応しているわけでもありません（たとえば T ファミリーは AWS の一覧にありません）。トランクもサブネットのアドレスを 1 つ使います。\n\nトランキングを有効にしてインスタンスを作り直してください。3 個目のタスクの置き場所が見つかります。',
      },
      highlight: ['pod-task'],
      action: {
        text: { en: 'Answer, then recreate the instance with trunking on and let the third task start.', ja: '答えてから、トランキングを有効にしてインスタンスを作り直し、3 個目のタスクが動くまで進めてください。' },
        shortcut: { label: { en: 'Turn awsvpcTrunking on', ja: 'awsvpcTrunking を有効にする' }, commands: [TRUNKING_ON] },
      },
      questions: [TRUNK_LIMIT_QUESTION],
      advanceWhen: thirdTaskPlaced,
    },
    {
      // The arithmetic: oneTaskOneEniChallenge.ts, part 1.
      text: {
        en: 'Your turn, part one: 12 tasks on two `m5.large`.\n\nThe first shortcut sets the scene: two `m5.large`, one in us-east-1a and one in us-east-1b, trunking off, 12 tasks wanted. Read what happens and why, then fix it with one of the other shortcuts. Press Check once 12 tasks run.',
        ja: 'あなたの番です。その 1: `m5.large` 2 台でタスクを 12 個動かしてください。\n\n最初のショートカットが舞台を用意します。us-east-1a と us-east-1b に `m5.large` が 1 台ずつ、トランキングは無効、求めるタスクは 12 個です。何が起き、なぜそうなるかを読んでから、ほかのショートカットのどれかで直してください。12 個が動いたら「確認」を押します。',
      },
      highlight: ['pod-task', 'events-describe'],
      action: {
        text: { en: 'Set the scene, read the events, then fix it.', ja: '舞台を用意し、イベントを読んでから直してください。' },
        shortcut: { label: { en: 'Two m5.large, trunking off, 12 tasks', ja: 'm5.large 2 台、トランキングなし、タスク 12 個' }, commands: [CHALLENGE_SHORTCUTS.twoInstances] },
        moreShortcuts: [
          { label: { en: 'Turn awsvpcTrunking on', ja: 'awsvpcTrunking を有効にする' }, commands: [CHALLENGE_SHORTCUTS.trunkingOn] },
          { label: { en: 'Add a third m5.large', ja: 'm5.large を 3 台目として追加' }, commands: [CHALLENGE_SHORTCUTS.thirdInstance] },
        ],
      },
      challenge: {
        goal: { en: 'Run 12 tasks on two `m5.large` container instances.', ja: '`m5.large` のコンテナインスタンス 2 台でタスクを 12 個動かすこと。' },
        check: checkTwelveOnTwo,
        hints: {
          en: [
            'Count what one `m5.large` holds: CPU allows 8 of these tasks, memory 16. Which limit did the service events name?',
            'Without trunking an `m5.large` holds 2 awsvpc tasks; a third instance would only make it 6. The limit has to go up on the two you have.',
            'Turn `awsvpcTrunking` on: each `m5.large` then takes 10 task ENIs, CPU caps it at 8, and two hold 16.',
          ],
          ja: [
            '`m5.large` 1 台に入る数を数えてください。このタスクなら CPU で 8 個、メモリで 16 個です。サービスイベントが挙げた上限はどれでしたか？',
            'トランキングなしの `m5.large` に入る awsvpc のタスクは 2 個で、3 台目を足しても 6 個にしかなりません。いまある 2 台の上限を上げる必要があります。',
            '`awsvpcTrunking` を有効にしてください。`m5.large` 1 台にタスク ENI が 10 個付けられ、CPU で 8 個が上限になるので、2 台で 16 個入ります。',
          ],
        },
      },
    },
    {
      // ecs.md §8.3 (the five reserved addresses and their roles, /28 → 11, instances' own ENIs hold addresses);
      // k8s.md §6.3 (WARM_ENI_TARGET 1 keeps a spare ENI's addresses); the stop: sim/network/eniAllocation.ts.
      text: {
        en: 'Part two: addresses. Every ENI needs a private IP from its subnet, and AWS keeps five addresses in every subnet: the network address, the VPC router (+1), the DNS server (+2), one reserved for future use (+3), and the last address. A /28 has 16 addresses, the smallest subnet EC2 allows.\n\nOn EC2 the instances’ own primary and trunk ENIs take addresses too. On EKS the VPC CNI reserves addresses ahead of the pods: by default it keeps a whole spare ENI’s worth (`WARM_ENI_TARGET` 1), so a small subnet runs dry even sooner.\n\nThe shortcut recreates the service on Fargate with one fresh /28, `subnet-small` (10.0.200.0/28), as its only subnet, nothing else in it, and asks for 12 tasks. Predict first. The task that finds no address stops with `InsufficientFreeAddressesInSubnet`, and ECS keeps trying.',
        ja: 'その 2: アドレスです。どの ENI もサブネットのプライベート IP を 1 つ使い、AWS はどのサブネットでも 5 個のアドレスを使わせません。ネットワークアドレス、VPC ルーター（+1）、DNS サーバー（+2）、将来用の予約（+3）、そして最後のアドレスです。/28 のアドレスは 16 個で、EC2 で作れる最小のサブネットです。\n\nEC2 では、インスタンス自身のプライマリ ENI とトランク ENI もアドレスを使います。EKS では VPC CNI が Pod より先にアドレスを確保します。既定では ENI 1 つ分を丸ごと予備に取っておく（`WARM_ENI_TARGET` 1）ので、小さなサブネットはさらに早く尽きます。\n\nショートカットはサービスを Fargate で作り直し、新しい /28 の `subnet-small`（10.0.200.0/28）だけをサブネットにして、タスクを 12 個求めます。ほかには誰も使っていません。まず予想してください。アドレスを得られなかったタスクは `InsufficientFreeAddressesInSubnet` で止まり、ECS は再試行を続けます。',
      },
      highlight: ['pod-task', 'events-describe'],
      action: {
        text: { en: 'Answer the question, then run the /28 and let it fill.', ja: '質問に答えてから /28 で動かし、埋まるまで進めてください。' },
        shortcut: { label: { en: 'Recreate on Fargate in one /28 subnet, 12 tasks', ja: 'Fargate で /28 サブネット 1 つに作り直す（タスク 12 個）' }, commands: [FARGATE_IN_SLASH_28] },
      },
      challenge: {
        goal: { en: 'Predict how many tasks a /28 can take, then see it run out.', ja: '/28 に入るタスクの数を予想し、アドレスが尽きるのを確かめること。' },
        questions: [SLASH_28_QUESTION],
        check: checkSlash28,
        hints: {
          en: [
            'A /28 leaves 32 − 28 = 4 bits for hosts: 2^4 addresses. Then subtract what AWS keeps.',
            'AWS keeps the first four addresses and the last one of every subnet: not only the network and broadcast addresses, but the router, the DNS server and one for future use.',
          ],
          ja: [
            '/28 ならホスト部は 32 − 28 = 4 ビット、アドレスは 2^4 個です。そこから AWS が使わせない分を引きます。',
            'AWS はどのサブネットでも先頭の 4 個と最後の 1 個を使わせません。ネットワークアドレスとブロードキャストだけでなく、ルーター、DNS サーバー、将来用の 1 個もです。',
          ],
        },
      },
    },
  ],
});
