// Lesson 6, "Where does it run?" (shared/CURRICULUM.md; the article's §5). The learner leaves
// knowing that ECS decides in two moves — which capacity (capacity providers, or a launch type),
// then where within it (placement strategies and constraints) — and how that reads next to
// kube-scheduler's filter and score. Facts: shared/reference/ecs.md §6 (placement, the service
// default, strategies in order, constraints binding), §7 (capacity providers, base/weight and the
// documented 4 / 8 example, managed scaling, External); k8s.md §5.1–5.3 (filter/score,
// NodeResourcesFit), §5.5 (PodTopologySpread defaults), §5.6 (the mapping, inferred there).
//
// The cluster: six container instances over three zones, small ones where binpack starts. Each
// task is 512 CPU units / 1,024 MiB: an m5.large (2,048 / 8,192) holds 4 by CPU, an m5.xlarge
// (4,096 / 16,384) 8; ENI trunking is on (m5.large 10 task ENIs, m5.xlarge 20, ecs.md §8.1) so
// ENIs never bind here. Every shortcut recreates the service with `start: 'empty'`, so the whole
// placement is the strategy's own, not a rolling update's beside old tasks.

import type { PlacementStrategySpec, ScenarioInput, Snapshot } from '../../sim';
import { defineLesson } from '../defineLesson';
import { reconfigure, runningByProvider } from './clusterRuns';
import {
  BASE_WEIGHT_QUESTION,
  BINPACK_QUESTION,
  CHALLENGE_TASKS,
  checkWhereDoesItRunChallenge,
  DEFAULT_STRATEGY_QUESTION,
  DISTINCT_QUESTION,
  SCORE_QUESTION,
  TARGET_CAPACITY_QUESTION,
} from './whereDoesItRunChallenge';

const INSTANCES = [
  { instanceType: 'm5.large', availabilityZone: 'us-east-1a' },
  { instanceType: 'm5.large', availabilityZone: 'us-east-1a' },
  { instanceType: 'm5.large', availabilityZone: 'us-east-1b' },
  { instanceType: 'm5.xlarge', availabilityZone: 'us-east-1b' },
  { instanceType: 'm5.xlarge', availabilityZone: 'us-east-1c' },
  { instanceType: 'm5.xlarge', availabilityZone: 'us-east-1c' },
];

export const WHERE_DOES_IT_RUN_SCENARIO: ScenarioInput = {
  seed: 6,
  start: 'empty',
  service: { serviceName: 'web', desiredCount: CHALLENGE_TASKS, launchType: 'EC2' },
  taskDefinition: { cpu: '512', memory: '1024' },
  cluster: { awsvpcTrunking: true, containerInstances: INSTANCES },
};

const BY_ZONE = { type: 'spread', field: 'attribute:ecs.availability-zone' } as const satisfies PlacementStrategySpec;
const BINPACK_CPU = { type: 'binpack', field: 'cpu' } as const satisfies PlacementStrategySpec;
const BY_INSTANCE = { type: 'spread', field: 'instanceId' } as const satisfies PlacementStrategySpec;

/** The EC2 service recreated with these placement rules (and no capacity provider strategy). */
export const onEc2 = (placementStrategy: PlacementStrategySpec[], placementConstraints: NonNullable<ScenarioInput['service']>['placementConstraints'] = []) =>
  reconfigure({ service: { launchType: 'EC2', desiredCount: CHALLENGE_TASKS, placementStrategy, placementConstraints } });

/** The documented strategy (reference/ecs.md §7): FARGATE base 2 weight 1, FARGATE_SPOT weight 4. */
export const FARGATE_SPLIT = reconfigure({
  service: {
    capacityProviderStrategy: [
      { capacityProvider: 'FARGATE', base: 2, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', weight: 4 },
    ],
    desiredCount: CHALLENGE_TASKS,
    // "Task placement strategies and constraints aren't supported for tasks using the Fargate launch type." (ecs.md §6)
    placementStrategy: [],
    placementConstraints: [],
  },
});

export const CHALLENGE_SHORTCUTS = {
  binpackThenZone: onEc2([BINPACK_CPU, BY_ZONE]),
  zoneThenBinpack: onEc2([BY_ZONE, BINPACK_CPU]),
  zoneThenInstance: onEc2([BY_ZONE, BY_INSTANCE]),
};

const allTwelveRunning = (s: Snapshot) => s.stats.placements.some((p) => p.runningTasks === CHALLENGE_TASKS);
const splitFourEight = (s: Snapshot) => {
  const byProvider = runningByProvider(s);
  return byProvider.FARGATE === 4 && byProvider.FARGATE_SPOT === 8;
};
const packedOnThree = (s: Snapshot) => s.stats.placements.some((p) => p.runningTasks === CHALLENGE_TASKS && p.instancesUsed <= 3);
const distinctRefused = (s: Snapshot) => s.scenario.service.placementConstraints.some((c) => c.type === 'distinctInstance') && s.stats.unablePlaceEvents > 0;

export default defineLesson({
  id: 'where-does-it-run',
  number: 6,
  title: { en: 'Where does it run?', ja: 'どこで動かす？' },
  scenario: WHERE_DOES_IT_RUN_SCENARIO,
  steps: [
    {
      // seed §5 (two moves); ecs.md §6 (the service default, "Fargate tasks are spread across Availability Zones").
      text: {
        en: 'ECS decides where a task runs in two moves. First the capacity: Fargate, the EC2 instances of an Auto Scaling group, or your own servers. Then, on instances, which one: that is placement.\n\nThis cluster has six container instances: two `m5.large` in us-east-1a, an `m5.large` and an `m5.xlarge` in us-east-1b, two `m5.xlarge` in us-east-1c. The service `web` asks for 12 tasks with `launchType` `EC2`, each needing 512 CPU units (half a vCPU) and 1,024 MiB, and names no placement strategy. Watch where the tasks land.\n\n(ENI trunking is on in this cluster, so network interfaces are not what fills an instance here. Lesson 8 is about them.)',
        ja: 'ECS はタスクの置き場所を 2 段階で決めます。まずキャパシティ、つまり Fargate か、Auto Scaling グループの EC2 インスタンスか、自前のサーバーか。次に、インスタンスならその中のどれか。これが配置（placement）です。\n\nこのクラスタにはコンテナインスタンスが 6 台あります。us-east-1a に `m5.large` が 2 台、us-east-1b に `m5.large` と `m5.xlarge` が 1 台ずつ、us-east-1c に `m5.xlarge` が 2 台です。サービス `web` は `launchType` `EC2` でタスクを 12 個求めています。1 個あたり CPU 512 ユニット（0.5 vCPU）とメモリ 1,024 MiB を使い、配置戦略は指定していません。タスクがどこに置かれるか見てください。\n\n（このクラスタでは ENI トランキングが有効なので、ここではネットワークインターフェースがインスタンスの上限にはなりません。それはレッスン 8 で扱います。）',
      },
      highlight: ['placement-scheduler'],
      action: {
        text: { en: 'Let the simulation run until all 12 tasks are `RUNNING`, then answer the question.', ja: '12 個のタスクがすべて `RUNNING` になるまで進めてから、質問に答えてください。' },
      },
      questions: [DEFAULT_STRATEGY_QUESTION],
      advanceWhen: allTwelveRunning,
    },
    {
      // ecs.md §7 (launch type vs strategy, reserved FARGATE / FARGATE_SPOT, two-minute warning, base and weight,
      // managed scaling and targetCapacity, External "capacity providers aren't supported"); seed §5 ① (node pools).
      text: {
        en: 'The first move: capacity. A service names either a `launchType` or a `capacityProviderStrategy`, never both.\n\n`FARGATE` and `FARGATE_SPOT` are capacity providers that AWS reserves: associate them with the cluster and use them. Spot tasks cost less and can be taken back with a two-minute warning.\n\nAn Auto Scaling group provider stands for a group of EC2 instances. With managed scaling, ECS grows and shrinks the group itself, steering toward its `targetCapacity`.\n\nExternal instances (ECS Anywhere) are not a capacity provider at all: a service runs on them with `launchType` `EXTERNAL`.\n\nA strategy splits the tasks between providers. `base` is a minimum on one provider, filled first; `weight` shares out the rest. Kubernetes has no single object for this; the nearest thing is choosing which node pool, on-demand or Spot, a pod may land on.',
        ja: '1 段階目はキャパシティです。サービスは `launchType` か `capacityProviderStrategy` のどちらか一方を指定し、両方は指定できません。\n\n`FARGATE` と `FARGATE_SPOT` は AWS が予約しているキャパシティプロバイダーで、クラスタに関連付ければ使えます。Spot のタスクは安い代わりに、2 分前の予告で回収されることがあります。\n\nAuto Scaling グループのキャパシティプロバイダーは、EC2 インスタンスのグループを表します。マネージドスケーリングを有効にすると、ECS が `targetCapacity` を目標にグループを増減させます。\n\n外部インスタンス（ECS Anywhere）はキャパシティプロバイダーではありません。そこで動かすサービスは `launchType` `EXTERNAL` を指定します。\n\nキャパシティプロバイダー戦略は、タスクをプロバイダーに振り分けます。`base` は 1 つのプロバイダーに最初に置く最低数、`weight` は残りの配分比です。Kubernetes にはこれに当たる 1 つのオブジェクトはなく、いちばん近いのは、Pod をオンデマンドと Spot のどちらのノードプールに載せるかを選ぶことです。',
      },
      highlight: ['placement-scheduler'],
      action: {
        text: {
          en: 'Answer the questions, then recreate the service on `FARGATE` and `FARGATE_SPOT` and count the tasks on each.',
          ja: '質問に答えてから、サービスを `FARGATE` と `FARGATE_SPOT` で作り直し、それぞれのタスク数を数えてください。',
        },
        shortcut: { label: { en: 'Recreate on FARGATE (base 2, weight 1) + FARGATE_SPOT (weight 4)', ja: 'FARGATE（base 2、weight 1）+ FARGATE_SPOT（weight 4）で作り直す' }, commands: [FARGATE_SPLIT] },
      },
      questions: [BASE_WEIGHT_QUESTION, TARGET_CAPACITY_QUESTION],
      advanceWhen: splitFourEight,
    },
    {
      // ecs.md §6.1 (binpack "leave the least amount of unused CPU or memory … minimizes the number of container instances in use").
      text: {
        en: 'Back to the instances, and to the second move. `binpack` on `cpu` puts each task on the instance with the least CPU left that can still take it. Instances fill up one by one and the rest stay empty, ready to be scaled in.\n\nEach task needs 512 of an `m5.large`’s 2,048 CPU units, so an `m5.large` takes 4 and an `m5.xlarge` 8. Memory would allow 8 and 16, so CPU is what runs out first.\n\nPredict, recreate the service with `binpack(cpu)` alone, then look at the zones.',
        ja: 'インスタンスに戻り、2 段階目に進みます。`cpu` の `binpack` は、タスクを受け入れられる中で CPU の残りがいちばん少ないインスタンスに置きます。インスタンスは 1 台ずつ埋まり、残りは空のままなので、スケールインしやすくなります。\n\nタスク 1 個が `m5.large` の 2,048 CPU ユニットのうち 512 を使うので、`m5.large` には 4 個、`m5.xlarge` には 8 個入ります。メモリなら 8 個と 16 個まで入るので、先に尽きるのは CPU です。\n\n予想してから、`binpack(cpu)` だけでサービスを作り直し、ゾーンを見てください。',
      },
      highlight: ['placement-scheduler'],
      action: {
        text: { en: 'Answer the question, recreate the service with `binpack(cpu)`, and let all 12 tasks start.', ja: '質問に答え、`binpack(cpu)` でサービスを作り直して、12 個のタスクが動き出すまで進めてください。' },
        shortcut: { label: { en: 'Recreate with binpack(cpu)', ja: 'binpack(cpu) で作り直す' }, commands: [onEc2([BINPACK_CPU])] },
      },
      questions: [BINPACK_QUESTION],
      advanceWhen: packedOnThree,
    },
    {
      // ecs.md §6 ("strategies are a best effort … constraints are binding"), §6.2 (distinctInstance, memberOf and the
      // query language), §4.2 (the "unable to place a task" event and its closest-matching instance).
      text: {
        en: 'Three instances — but two of them are in us-east-1a: 8 tasks in one zone, 4 in another, none in the third. Binpack looks at the resources left, never at the zone. If us-east-1a goes down, two thirds of the service go with it.\n\nStrategies are best effort; constraints bind. A constraint removes instances before any strategy ranks them, and when none is left the task is not placed at all.\n\n`distinctInstance` puts each task on a different instance. `memberOf` keeps only the instances that match an expression in the cluster query language, for example `attribute:ecs.instance-type == m5.xlarge`.\n\nTry `distinctInstance`: six instances, twelve tasks. The service events say that a task could not be placed and name the closest instance and the constraint it failed.',
        ja: '3 台で済みました。ただし、そのうち 2 台は us-east-1a にあります。1 つのゾーンに 8 個、別のゾーンに 4 個、3 つ目には 0 個です。binpack が見るのは残りのリソースで、ゾーンは見ません。us-east-1a が落ちれば、サービスの 3 分の 2 が一緒に止まります。\n\n戦略はベストエフォート、制約は必ず守られます。制約は戦略が順位を付ける前にインスタンスを除外し、1 台も残らなければタスクはどこにも置かれません。\n\n`distinctInstance` はタスクを 1 台に 1 個ずつ置きます。`memberOf` はクラスタクエリ言語の式に合うインスタンスだけを残します。たとえば `attribute:ecs.instance-type == m5.xlarge` です。\n\n`distinctInstance` を試しましょう。インスタンス 6 台にタスク 12 個です。サービスイベントに、タスクを配置できなかったこと、いちばん近かったインスタンス、そしてそれが満たせなかった制約が記録されます。',
      },
      highlight: ['placement-scheduler', 'events-describe'],
      action: {
        text: {
          en: 'Answer the question, recreate the service with `distinctInstance`, and read the service events. Try `memberOf` too: which zone is left out?',
          ja: '質問に答え、`distinctInstance` でサービスを作り直して、サービスイベントを読んでください。`memberOf` も試してみましょう。どのゾーンが外れますか？',
        },
        shortcut: { label: { en: 'Recreate with distinctInstance', ja: 'distinctInstance で作り直す' }, commands: [onEc2([], [{ type: 'distinctInstance' }])] },
        moreShortcuts: [
          {
            label: { en: 'Recreate with memberOf(instance type m5.xlarge)', ja: 'memberOf（インスタンスタイプ m5.xlarge）で作り直す' },
            commands: [onEc2([], [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.xlarge' }])],
          },
        ],
      },
      questions: [DISTINCT_QUESTION],
      advanceWhen: distinctRefused,
    },
    {
      // k8s.md §5.1 (filter, score, random tie), §5.2 (weights), §5.3 (LeastAllocated default, MostAllocated),
      // §5.5 (system default spread: hostname maxSkew 3, zone maxSkew 5, ScheduleAnyway), §5.6 (mapping, inferred).
      text: {
        en: 'kube-scheduler works in the same two phases. It first filters out the nodes a pod cannot run on, then scores the rest and takes the best; a tie is broken at random.\n\nSet side by side (this pairing is this app’s reading, not an official mapping):\n\n- constraints ↔ filters: `memberOf` ~ `nodeSelector` or required node affinity; `distinctInstance` ~ required `podAntiAffinity` on `kubernetes.io/hostname`.\n\n- strategies ↔ scores: `binpack` ~ NodeResourcesFit `MostAllocated`; `spread` on the zone ~ PodTopologySpread on `topology.kubernetes.io/zone`.\n\nTwo differences matter. The default score is `LeastAllocated`, which prefers the emptiest node, and by default pods are also spread softly over hostnames and zones (`ScheduleAnyway`). And the scores of all plugins are added up with weights, so no rule strictly comes first. ECS applies its rules in order: each one only chooses among the instances the rule before left tied.',
        ja: 'kube-scheduler も同じ 2 段階で動きます。まず Pod を動かせないノードを除外（フィルタ）し、残りを採点（スコア）していちばん良いノードを選びます。同点ならランダムです。\n\n並べてみると次のようになります（この対応はこのアプリの読み方で、公式の対応表ではありません）。\n\n- 制約 ↔ フィルタ: `memberOf` は `nodeSelector` や必須のノードアフィニティ、`distinctInstance` は `kubernetes.io/hostname` に対する必須の `podAntiAffinity` に近いものです。\n\n- 戦略 ↔ スコア: `binpack` は NodeResourcesFit の `MostAllocated`、ゾーンの `spread` は `topology.kubernetes.io/zone` の PodTopologySpread に近いものです。\n\n違いが 2 つあります。既定のスコアは空いているノードを好む `LeastAllocated` で、さらに既定でホスト名とゾーンにゆるく（`ScheduleAnyway`）分散させます。また、各プラグインのスコアは重み付きで足し合わされるので、どれかのルールが厳密に先に来ることはありません。ECS はルールを書いた順に適用し、後のルールは前のルールで同点になったインスタンスの中から選ぶだけです。',
      },
      highlight: ['placement-scheduler'],
      questions: [SCORE_QUESTION],
    },
    {
      // The check and "fewest": whereDoesItRunChallenge.ts; rule order: ecs.md §6.1 ([spread az, binpack memory] documented).
      text: {
        en: 'Your turn: 12 tasks on as few instances as possible, with no zone running more than one task more than another.\n\nEach shortcut recreates the service with a different pair of strategy rules. Try them, read the placement and the zones, then press Check.\n\n(Changing the strategy of a running service with `update-service` starts a new deployment, and its tasks are placed beside the old ones still running. The shortcuts start from an empty cluster so that only the strategy decides.)',
        ja: 'あなたの番です。ゾーン間のタスク数の差を 1 個以内に保ったまま、12 個のタスクをできるだけ少ないインスタンスに載せてください。\n\nショートカットはそれぞれ、異なる 2 つの戦略ルールの組でサービスを作り直します。試して、配置とゾーンを読んでから「確認」を押してください。\n\n（動いているサービスの戦略を `update-service` で変えると新しいデプロイが始まり、新しいタスクはまだ動いている古いタスクの横に置かれます。戦略だけで結果が決まるよう、ショートカットは空のクラスタから始めます。）',
      },
      highlight: ['placement-scheduler'],
      action: {
        text: { en: 'Recreate the service with one of the strategies, let all 12 tasks start, and check.', ja: 'いずれかの戦略でサービスを作り直し、12 個のタスクが動き出したら確認してください。' },
        shortcut: { label: { en: 'binpack(cpu), then spread by zone', ja: 'binpack(cpu) → ゾーンで spread' }, commands: [CHALLENGE_SHORTCUTS.binpackThenZone] },
        moreShortcuts: [
          { label: { en: 'spread by zone, then binpack(cpu)', ja: 'ゾーンで spread → binpack(cpu)' }, commands: [CHALLENGE_SHORTCUTS.zoneThenBinpack] },
          { label: { en: 'spread by zone, then spread by instance', ja: 'ゾーンで spread → インスタンスで spread' }, commands: [CHALLENGE_SHORTCUTS.zoneThenInstance] },
        ],
      },
      challenge: {
        goal: {
          en: 'Run 12 tasks on the fewest instances possible while the zones stay balanced (at most one task apart).',
          ja: 'ゾーンの偏りを 1 個以内に保ったまま、12 個のタスクをできるだけ少ないインスタンスで動かすこと。',
        },
        check: checkWhereDoesItRunChallenge,
        hints: {
          en: [
            'Compare what each shortcut did: how many instances, and how many tasks in each zone. Which rule made the first choice?',
            'ECS applies the rules in order, and a later rule only chooses among the instances the earlier one left tied. Binpack leaves almost no ties, so a rule after it rarely gets a say.',
            'Let the zone be chosen first, then the fullest instance in it: `spread` on `attribute:ecs.availability-zone`, then `binpack` on `cpu`. That is one instance per zone, 4 tasks each.',
          ],
          ja: [
            '各ショートカットの結果を比べてください。インスタンスは何台で、各ゾーンにタスクは何個ありますか？最初に選んだのはどのルールでしょうか。',
            'ECS はルールを順に適用し、後のルールは前のルールで同点になったインスタンスの中から選ぶだけです。binpack のあとにはほとんど同点が残らないので、後ろのルールが効く場面はあまりありません。',
            'まずゾーンを選ばせ、次にそのゾーンでいちばん詰まったインスタンスを選ばせます。`attribute:ecs.availability-zone` の `spread`、その次に `cpu` の `binpack` です。各ゾーン 1 台ずつ、4 個ずつになります。',
          ],
        },
      },
    },
  ],
});
