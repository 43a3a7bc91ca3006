// Lesson 6's questions, and the check of its challenge: place 12 tasks on the fewest instances
// while keeping the Availability Zones balanced, judged over the whole run from stats.placements
// (one record each time the placement of the service's RUNNING EC2 tasks changes):
// - some record has 12 RUNNING tasks,
// - spread evenly over the zones the service can use (max − min ≤ 1, a zone without tasks is 0),
// - on no more instances than an even spread needs at the fewest, worked out from the cluster's own
//   container instances (CPU, memory and task ENI limit each: clusterRuns.ts).
// For the lesson's cluster that is 3 (the arithmetic is in placementLessons.test.ts and placementChallenges.test.ts).
// Why the order of the strategy rules matters: "You can create an array of strategies in the order
// that you want them performed" and the documented [spread AZ, binpack memory] "distributes tasks
// evenly across Availability Zones and then bin packs tasks based on memory within each
// Availability Zone" (reference/ecs.md §6.1).

import type { PlacementStat, Snapshot } from '../../sim';
import type { ChallengeResult, Localized, Question } from '../defineLesson';
import { azBalanced, fewestBalancedFor, perZoneText, serviceZones } from './clusterRuns';

export const CHALLENGE_TASKS = 12;

// ecs.md §6: "the default task placement strategy is spread using the attribute:ecs.availability-zone".
export const DEFAULT_STRATEGY_QUESTION: Question = {
  id: 'default-strategy',
  prompt: { en: 'The service names no `placementStrategy`. Which one did ECS use?', ja: 'サービスは `placementStrategy` を指定していません。ECS はどの戦略を使いましたか？' },
  choices: [
    { id: 'binpack', label: { en: '`binpack` on `memory`', ja: '`memory` の `binpack`' } },
    { id: 'spread-az', label: { en: '`spread` on `attribute:ecs.availability-zone`', ja: '`attribute:ecs.availability-zone` の `spread`' } },
    { id: 'random', label: { en: '`random`: any instance with room', ja: '`random`: 空きのあるどれか' } },
    { id: 'first-fit', label: { en: 'None: the first instance with room', ja: 'なし: 空きのある最初のインスタンス' } },
  ],
  answer: 'spread-az',
  explain: {
    en: 'A service without a strategy gets `spread` on `attribute:ecs.availability-zone`: 4 tasks per zone. Nothing says which instance within a zone, so the tasks end up scattered over most of them.',
    ja: '戦略のないサービスには `attribute:ecs.availability-zone` の `spread` が使われ、各ゾーンに 4 個ずつになります。ゾーンの中のどのインスタンスかは決めないので、タスクはほとんどのインスタンスに散らばります。',
  },
};

// ecs.md §7, the documented example and its worked arithmetic.
export const BASE_WEIGHT_QUESTION: Question = {
  id: 'base-weight-spot',
  prompt: {
    en: '12 tasks with `FARGATE` (`base` 2, `weight` 1) and `FARGATE_SPOT` (`weight` 4). How many run on `FARGATE_SPOT`?',
    ja: '`FARGATE`（`base` 2、`weight` 1）と `FARGATE_SPOT`（`weight` 4）でタスク 12 個。`FARGATE_SPOT` で動くのは何個ですか？',
  },
  choices: ['6', '8', '9', '10'].map((n) => ({ id: n, label: { en: `${n} tasks`, ja: `${n} 個` } })),
  answer: '8',
  explain: {
    en: 'The base comes first: 2 tasks on `FARGATE`. The other 10 split 1 : 4, so 2 more on `FARGATE` and 8 on `FARGATE_SPOT`: 4 and 8.',
    ja: 'まず `base` の 2 個が `FARGATE` に入ります。残り 10 個を 1 : 4 で分けるので、`FARGATE` にさらに 2 個、`FARGATE_SPOT` に 8 個。合計で 4 個と 8 個です。',
  },
};

// ecs.md §7: "to configure Amazon ECS to keep 10% free capacity … set the target capacity value to 90%".
export const TARGET_CAPACITY_QUESTION: Question = {
  id: 'target-capacity',
  prompt: { en: 'An Auto Scaling group provider has managed scaling with `targetCapacity` 90. What does that ask for?', ja: 'Auto Scaling グループのキャパシティプロバイダーで、マネージドスケーリングの `targetCapacity` が 90 です。何を求めていますか？' },
  choices: [
    { id: 'cpu-90', label: { en: 'Run every instance at 90 % CPU', ja: 'どのインスタンスも CPU 90 % で動かす' } },
    { id: 'spare-10', label: { en: 'Keep about 10 % of the capacity free, so new tasks find room at once', ja: '容量のおよそ 10 % を空けておき、新しいタスクがすぐ入れるようにする' } },
    { id: 'spot-90', label: { en: 'Launch 90 % of the instances as Spot', ja: 'インスタンスの 90 % を Spot で起動する' } },
  ],
  answer: 'spare-10',
  explain: {
    en: 'Managed scaling steers the metric `CapacityProviderReservation` — the instances the tasks need, as a percentage of those running — toward `targetCapacity`. At 100 no instance stays empty; at 90 about a tenth of the group is kept free.',
    ja: 'マネージドスケーリングは `CapacityProviderReservation`（タスクに必要なインスタンス数を、動いているインスタンス数に対する割合で表した値）を `targetCapacity` に近づけます。100 なら空のインスタンスは残らず、90 ならグループのおよそ 1 割を空けておきます。',
  },
};

export const BINPACK_QUESTION: Question = {
  id: 'binpack-instances',
  prompt: { en: 'How many instances will `binpack` on `cpu` use for the 12 tasks?', ja: '`cpu` の `binpack` は、12 個のタスクにインスタンスを何台使いますか？' },
  choices: ['2', '3', '6'].map((n) => ({ id: n, label: { en: `${n} instances`, ja: `${n} 台` } })),
  answer: '3',
  explain: {
    en: 'Binpack takes the instance with the least CPU left that still fits: the three `m5.large` (2,048 units) before any `m5.xlarge` (4,096), each filled with 4 tasks. 2 instances (an `m5.xlarge` with 8 and an `m5.large` with 4) would be fewer, but binpack chooses one task at a time and never plans that far.',
    ja: 'binpack は、まだ入る中で CPU の残りがいちばん少ないインスタンスを選びます。`m5.xlarge`（4,096 ユニット）より先に 3 台の `m5.large`（2,048 ユニット）が選ばれ、それぞれ 4 個で埋まります。`m5.xlarge` に 8 個と `m5.large` に 4 個なら 2 台で済みますが、binpack はタスクを 1 個ずつ決めるだけで、そこまで先は読みません。',
  },
};

export const DISTINCT_QUESTION: Question = {
  id: 'distinct-running',
  prompt: { en: 'With `distinctInstance` and 6 instances, how many of the 12 tasks run?', ja: '`distinctInstance` でインスタンスが 6 台のとき、12 個のタスクのうち何個が動きますか？' },
  choices: ['12', '6', '3'].map((n) => ({ id: n, label: { en: `${n} tasks`, ja: `${n} 個` } })),
  answer: '6',
  explain: {
    en: 'One per instance, so 6. A constraint is binding: the other 6 are not placed anywhere, and the service events say so each time ECS tries again.',
    ja: '1 台に 1 個なので 6 個です。制約は必ず守られます。残り 6 個はどこにも置かれず、ECS が再試行するたびにサービスイベントにそう記録されます。',
  },
};

// k8s.md §5.3 (MostAllocated "favoring the ones with higher allocation"), §5.6 (inferred mapping).
export const SCORE_QUESTION: Question = {
  id: 'binpack-on-kubernetes',
  prompt: { en: 'Which kube-scheduler setting plays the part of `binpack`?', ja: '`binpack` の役割を果たす kube-scheduler の設定はどれですか？' },
  choices: [
    { id: 'most-allocated', label: { en: 'NodeResourcesFit with `MostAllocated`', ja: 'NodeResourcesFit の `MostAllocated`' } },
    { id: 'least-allocated', label: { en: 'NodeResourcesFit with `LeastAllocated`', ja: 'NodeResourcesFit の `LeastAllocated`' } },
    { id: 'topology-spread', label: { en: 'PodTopologySpread on `topology.kubernetes.io/zone`', ja: '`topology.kubernetes.io/zone` の PodTopologySpread' } },
    { id: 'anti-affinity', label: { en: 'Required `podAntiAffinity` on `kubernetes.io/hostname`', ja: '`kubernetes.io/hostname` に対する必須の `podAntiAffinity`' } },
  ],
  answer: 'most-allocated',
  explain: {
    en: '`MostAllocated` scores a node higher the fuller it would be, so pods pile onto busy nodes as with binpack. `LeastAllocated`, the default, does the opposite; PodTopologySpread is the counterpart of `spread`; the anti-affinity, of `distinctInstance`.',
    ja: '`MostAllocated` は埋まっているノードほど高く採点するので、binpack と同じく Pod が混んだノードに集まります。既定の `LeastAllocated` はその逆です。PodTopologySpread は `spread` に、反アフィニティは `distinctInstance` に当たります。',
  },
};

const fail = (reason: Localized): ChallengeResult => ({ passed: false, reason });

/** The records of the run with exactly CHALLENGE_TASKS tasks RUNNING. */
const fullRecords = (s: Snapshot): PlacementStat[] => s.stats.placements.filter((p) => p.runningTasks === CHALLENGE_TASKS);

export function checkWhereDoesItRunChallenge(s: Snapshot): ChallengeResult {
  if (s.scenario.service.launchType !== 'EC2' || s.ecs.cluster.containerInstances.length === 0) {
    return fail({
      en: 'This challenge is about the six EC2 instances, and the service runs on Fargate now. Use one of this step’s shortcuts: each recreates the service on the instances with a placement strategy.',
      ja: 'このチャレンジは 6 台の EC2 インスタンスが舞台ですが、いまサービスは Fargate で動いています。このステップのショートカットを使ってください。どれもサービスをインスタンス上に配置戦略付きで作り直します。',
    });
  }
  const fewest = fewestBalancedFor(s, CHALLENGE_TASKS);
  const full = fullRecords(s);
  if (full.length === 0) {
    return s.ecs.service.desiredCount < CHALLENGE_TASKS
      ? fail({
          en: `The service asks for ${s.ecs.service.desiredCount} tasks. The challenge is about 12: use a shortcut of this step, which asks for 12.`,
          ja: `サービスが求めているタスクは ${s.ecs.service.desiredCount} 個です。このチャレンジは 12 個が前提なので、12 個を求めるこのステップのショートカットを使ってください。`,
        })
      : fail({
          en: 'Not all 12 tasks have been RUNNING at once yet. Let the simulation run; if the service events say a task could not be placed, the constraints leave too little room.',
          ja: 'まだ 12 個のタスクが同時に `RUNNING` になっていません。シミュレーションを進めてください。サービスイベントに配置できなかったと出ているなら、制約のせいで場所が足りていません。',
        });
  }
  const done = full.find((p) => azBalanced(p, serviceZones(s, p)) && p.instancesUsed <= fewest);
  if (done) {
    const zones = perZoneText(done, serviceZones(s, done));
    return {
      passed: true,
      reason: {
        en: `12 tasks on ${done.instancesUsed} instances (${zones}). The first rule decides, the next only breaks its ties: spread over \`attribute:ecs.availability-zone\` picks the zone, then binpack picks the fullest instance that still fits in it. In the other order, binpack would fill the smallest instances wherever they are.`,
        ja: `12 個のタスクが ${done.instancesUsed} 台に載りました（${zones}）。先に書いたルールが決め、次のルールはその同点を崩すだけです。\`attribute:ecs.availability-zone\` の spread がゾーンを選び、そのゾーンの中で binpack がまだ入るいちばん詰まったインスタンスを選びます。逆の順にすると、binpack はどのゾーンにあるかに関係なく小さいインスタンスから埋めてしまいます。`,
      },
    };
  }
  const balanced = full.filter((p) => azBalanced(p, serviceZones(s, p)));
  if (balanced.length > 0) {
    const best = balanced.reduce((a, b) => (b.instancesUsed < a.instancesUsed ? b : a));
    return fail({
      en: `Balanced (${perZoneText(best, serviceZones(s, best))}), but on ${best.instancesUsed} instances; ${fewest} are enough. Within a zone the tasks went to more than one instance: add a rule that packs them after the one that spreads them over the zones.`,
      ja: `ゾーンの偏りはありません（${perZoneText(best, serviceZones(s, best))}）が、${best.instancesUsed} 台を使っています。${fewest} 台で足ります。ゾーンの中でタスクが複数のインスタンスに分かれました。ゾーンに散らすルールのあとに、詰め込むルールを足してください。`,
    });
  }
  const last = full[full.length - 1];
  return fail({
    en: `12 tasks on ${last.instancesUsed} instances, but the zones are uneven: ${perZoneText(last, serviceZones(s, last))}. Binpack looks only at the resources left, not at the zone. Let a rule that spreads over the zones decide first.`,
    ja: `12 個のタスクが ${last.instancesUsed} 台に載りましたが、ゾーンが偏っています（${perZoneText(last, serviceZones(s, last))}）。binpack が見るのは残りのリソースだけで、ゾーンは見ません。ゾーンに散らすルールに先に決めさせてください。`,
  });
}
