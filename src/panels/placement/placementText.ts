// The placement panel's words in English and Japanese. API field names and values (binpack,
// capacityProviderStrategy, CapacityProviderReservation, MostAllocated …) stay as spelled.

import type { Locale } from '../../store/appStore';
import type { Break, MappingNote } from './placementMapping';

export interface PlacementText {
  heading: string;
  intro: string;
  ecsSide: string;
  k8sSide: string;
  zone: (zone: string, count: number) => string;
  zonePods: (zone: string, count: number) => string;
  hint: string;
  fargateZones: string;
  noInstances: string;
  noNodes: string;
  waiting: string;
  cpu: string;
  memory: string;
  enis: string;
  pods: string;
  units: (used: number, registered: number) => string;
  mib: (used: number, registered: number) => string;
  count: (used: number, limit: number) => string;
  milli: (used: number, allocatable: number) => string;
  barLabel: (resource: string, value: string, remaining: string) => string;
  remaining: (n: number, unit: string) => string;
  taskTip: (taskId: string, status: string, revision: string, generation: 'new' | 'old') => string[];
  podTip: (pod: string, status: string, replicaSet: string, generation: 'new' | 'old') => string[];
  instanceLabel: (id: string) => string;
  nodeLabel: (name: string) => string;
  fargateLabel: (zone: string) => string;
  lastPlacement: string;
  noPlacement: string;
  placedOn: (instance: string, time: string) => string;
  filteredOut: string;
  andMore: (n: number) => string;
  more: (n: number) => string;
  nothingFiltered: string;
  ranking: string;
  capacityProvider: string;
  providers: string;
  providersCaption: string;
  columns: { name: string; base: string; weight: string; tasks: string; reservation: string; scaling: string };
  notInStrategy: string;
  mapping: string;
  mappingCaption: string;
  mappingColumns: { ecs: string; k8s: string; note: string };
  serviceDefault: string;
  noEquivalent: string;
  notes: Record<MappingNote, string>;
  breaksHeading: string;
  /** The ECS rules the twin's pods do not follow, as the simulation translated them. */
  untranslatedHeading: string;
  breaks: Record<Break, string>;
  legend: { caption: string; new: string; old: string };
}

export const PLACEMENT_TEXT: Record<Locale, PlacementText> = {
  en: {
    heading: 'Placement: where each task and pod runs',
    intro: 'Container instances and nodes by Availability Zone, with what they registered and what is left. Each mark is a task or a pod: packed onto few machines, or spread across them.',
    ecsSide: 'ECS placement',
    k8sSide: 'kube-scheduler',
    zone: (zone, n) => `${zone} · ${n} ${n === 1 ? 'task' : 'tasks'}`,
    zonePods: (zone, n) => `${zone} · ${n} ${n === 1 ? 'pod' : 'pods'}`,
    hint: 'Arrow keys move between bars, tasks and pods; Page Up and Page Down jump between machines.',
    fargateZones: 'Fargate: AWS picks the host; tasks spread over the subnets’ Availability Zones.',
    noInstances: 'No container instances registered.',
    noNodes: 'No nodes in this scenario: the Kubernetes twin stands in for Fargate.',
    waiting: 'Waiting for the simulation…',
    cpu: 'CPU',
    memory: 'memory',
    enis: 'task ENIs',
    pods: 'pods',
    units: (used, reg) => `${used.toLocaleString('en')} / ${reg.toLocaleString('en')} units`,
    mib: (used, reg) => `${used.toLocaleString('en')} / ${reg.toLocaleString('en')} MiB`,
    count: (used, limit) => `${used} / ${limit}`,
    milli: (used, alloc) => `${used.toLocaleString('en')}m / ${alloc.toLocaleString('en')}m`,
    barLabel: (resource, value, remaining) => `${resource}: ${value} used, ${remaining}`,
    remaining: (n, unit) => `${n.toLocaleString('en')} ${unit} remaining`,
    taskTip: (id, status, revision, gen) => [`Task ${id}`, `${status} · ${revision}`, gen === 'new' ? 'PRIMARY deployment' : 'older deployment'],
    podTip: (pod, status, rs, gen) => [`Pod ${pod}`, `${status} · ReplicaSet ${rs}`, gen === 'new' ? 'newest ReplicaSet' : 'older ReplicaSet'],
    instanceLabel: (id) => `Resources and tasks of ${id}`,
    nodeLabel: (name) => `Resources and pods of ${name}`,
    fargateLabel: (zone) => `Tasks in ${zone}`,
    lastPlacement: 'Why the last task went where it did',
    noPlacement: 'No placement decision yet (Fargate tasks have none to show).',
    placedOn: (instance, time) => `Placed on ${instance} at ${time}`,
    filteredOut: 'Filtered out',
    andMore: (n) => `and ${n.toLocaleString('en')} more`,
    more: (n) => `+${n.toLocaleString('en')} more, not drawn`,
    nothingFiltered: 'No instance was filtered out.',
    ranking: 'Strategy, in order',
    capacityProvider: 'Capacity provider',
    providers: 'Capacity providers',
    providersCaption: 'capacityProviderStrategy: base tasks go first, the rest split by weight',
    columns: { name: 'name', base: 'base', weight: 'weight', tasks: 'tasks', reservation: 'CapacityProviderReservation', scaling: 'Auto Scaling group (min / desired / max)' },
    notInStrategy: 'not in the strategy',
    mapping: 'ECS ↔ Kubernetes',
    mappingCaption: 'This service’s placement rules and their closest kube-scheduler mechanism (an inferred mapping)',
    mappingColumns: { ecs: 'ECS', k8s: 'Kubernetes', note: 'Note' },
    serviceDefault: 'service default',
    noEquivalent: 'no equivalent',
    notes: {
      spreadZone: 'Even across Availability Zones.',
      spreadHost: 'Even across instances / nodes.',
      spreadAttribute: 'Even across the values of an attribute; on Kubernetes that attribute must be a node label.',
      binpack: 'Fill the fullest machine that still fits, leaving others empty.',
      random: 'Any instance that passes the filters.',
      distinctInstance: 'At most one task of the group per instance.',
      memberOf: 'Only instances that match the expression.',
    },
    breaksHeading: 'Where the analogy breaks',
    untranslatedHeading: 'What the Kubernetes twin could not carry over',
    breaks: {
      order: 'Kubernetes scores every plugin together (a weighted sum); ECS applies the strategies in order, each one breaking the ties of the one before.',
      binpackOneResource: 'binpack looks at one resource, cpu or memory; MostAllocated averages cpu and memory by weight.',
      spreadBestEffort: 'Both spreads are best effort; kube-scheduler also spreads over hostnames by default.',
      memberOfAttributes: 'memberOf can match custom attributes and built-ins in the cluster query language; nodeAffinity needs each of them as a node label.',
      randomTies: 'kube-scheduler has no random strategy; it only picks at random between equal scores.',
      binding: 'Constraints are binding on both sides: a task or pod that fits nowhere waits (unable to place / FailedScheduling).',
      fargate: 'On Fargate placement strategies and constraints do not apply: AWS picks the host and spreads tasks over the Availability Zones of the subnets.',
    },
    legend: { caption: 'Key', new: 'newest revision (PRIMARY deployment · newest ReplicaSet)', old: 'older revision' },
  },
  ja: {
    heading: '配置: タスクと Pod はどこで動くか',
    intro: 'アベイラビリティーゾーンごとのコンテナインスタンスとノード。登録された量と残りの量を示します。マーク 1 つがタスクまたは Pod で、少数のマシンに詰めるか、分散させるかが見えます。',
    ecsSide: 'ECS の配置',
    k8sSide: 'kube-scheduler',
    zone: (zone, n) => `${zone} · タスク ${n}`,
    zonePods: (zone, n) => `${zone} · Pod ${n}`,
    hint: '矢印キーでバー・タスク・Pod の間を移動し、Page Up / Page Down でマシンの間を移動します。',
    fargateZones: 'Fargate: ホストは AWS が選び、タスクはサブネットのアベイラビリティーゾーンに分散します。',
    noInstances: '登録されたコンテナインスタンスはありません。',
    noNodes: 'このシナリオにノードはありません。Kubernetes 側は Fargate の代わりです。',
    waiting: 'シミュレーションを待っています…',
    cpu: 'CPU',
    memory: 'メモリ',
    enis: 'タスク ENI',
    pods: 'Pod',
    units: (used, reg) => `${used.toLocaleString('ja')} / ${reg.toLocaleString('ja')} ユニット`,
    mib: (used, reg) => `${used.toLocaleString('ja')} / ${reg.toLocaleString('ja')} MiB`,
    count: (used, limit) => `${used} / ${limit}`,
    milli: (used, alloc) => `${used.toLocaleString('ja')}m / ${alloc.toLocaleString('ja')}m`,
    barLabel: (resource, value, remaining) => `${resource}: 使用 ${value}、${remaining}`,
    remaining: (n, unit) => `残り ${n.toLocaleString('ja')} ${unit}`,
    taskTip: (id, status, revision, gen) => [`タスク ${id}`, `${status} · ${revision}`, gen === 'new' ? 'PRIMARY デプロイメント' : '古いデプロイメント'],
    podTip: (pod, status, rs, gen) => [`Pod ${pod}`, `${status} · ReplicaSet ${rs}`, gen === 'new' ? '最新の ReplicaSet' : '古い ReplicaSet'],
    instanceLabel: (id) => `${id} のリソースとタスク`,
    nodeLabel: (name) => `${name} のリソースと Pod`,
    fargateLabel: (zone) => `${zone} のタスク`,
    lastPlacement: '直近のタスクがそこに置かれた理由',
    noPlacement: '配置の判断はまだありません（Fargate のタスクには表示するものがありません）。',
    placedOn: (instance, time) => `${time} に ${instance} へ配置`,
    filteredOut: '除外されたインスタンス',
    andMore: (n) => `ほか ${n.toLocaleString('ja')} 台`,
    more: (n) => `ほか ${n.toLocaleString('ja')} 個（描画なし）`,
    nothingFiltered: '除外されたインスタンスはありません。',
    ranking: '戦略（順に適用）',
    capacityProvider: 'キャパシティプロバイダー',
    providers: 'キャパシティプロバイダー',
    providersCaption: 'capacityProviderStrategy: まず base の数を置き、残りを weight の比で分ける',
    columns: { name: '名前', base: 'base', weight: 'weight', tasks: 'タスク', reservation: 'CapacityProviderReservation', scaling: 'Auto Scaling グループ（min / desired / max）' },
    notInStrategy: '戦略に含まれない',
    mapping: 'ECS ↔ Kubernetes',
    mappingCaption: 'このサービスの配置ルールと、最も近い kube-scheduler の仕組み（推測による対応）',
    mappingColumns: { ecs: 'ECS', k8s: 'Kubernetes', note: 'メモ' },
    serviceDefault: 'サービスの既定値',
    noEquivalent: '相当するものなし',
    notes: {
      spreadZone: 'アベイラビリティーゾーン間で均等に。',
      spreadHost: 'インスタンス / ノード間で均等に。',
      spreadAttribute: '属性の値ごとに均等に。Kubernetes ではその属性がノードラベルである必要がある。',
      binpack: 'まだ入る中で最も埋まったマシンに詰め、他を空けておく。',
      random: 'フィルターを通ったどのインスタンスでもよい。',
      distinctInstance: '同じグループのタスクはインスタンスごとに最大 1 つ。',
      memberOf: '式に合うインスタンスだけ。',
    },
    breaksHeading: '対応が崩れるところ',
    untranslatedHeading: 'Kubernetes 側に持ち込めなかったルール',
    breaks: {
      order: 'Kubernetes はすべてのプラグインのスコアをまとめて（重み付きの和で）評価する。ECS は戦略を順に適用し、後の戦略は前の戦略の同点を崩すだけ。',
      binpackOneResource: 'binpack は cpu か memory の 1 つだけを見る。MostAllocated は cpu と memory を重み付きで平均する。',
      spreadBestEffort: 'どちらの分散もベストエフォート。kube-scheduler は既定でホスト名でも分散する。',
      memberOfAttributes: 'memberOf はクラスタークエリ言語でカスタム属性や組み込み属性に一致させられる。nodeAffinity ではそれぞれがノードラベルである必要がある。',
      randomTies: 'kube-scheduler に random 戦略はない。同点のときだけランダムに選ぶ。',
      binding: '制約はどちらでも必須。どこにも入らないタスクや Pod は待つ（unable to place / FailedScheduling）。',
      fargate: 'Fargate では配置戦略と制約は使われない。ホストは AWS が選び、タスクはサブネットのアベイラビリティーゾーンに分散する。',
    },
    legend: { caption: '凡例', new: '最新のリビジョン（PRIMARY デプロイメント · 最新の ReplicaSet）', old: '古いリビジョン' },
  },
};
