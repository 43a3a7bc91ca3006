// The ENI panel's words in English and Japanese. API field names and values (awsvpcTrunking,
// taskEniLimit, securityGroups, ATTACHED …) stay as the APIs spell them in both languages.

import type { Locale } from '../../store/appStore';
import type { ReservedRole } from './addressCells';
import type { TrunkingState } from './eniSlots';

export interface NetworkText {
  heading: string;
  intro: string;
  ecsSide: string;
  k8sSide: string;
  subnets: string;
  instances: string;
  nodes: string;
  subnetCounts: (usable: number, used: number) => string;
  subnetLabel: (subnetId: string) => string;
  /** A bar instead of cells: why. */
  compressed: (size: number) => string;
  taskEnis: (used: number, limit: number, instanceType: string, trunking: TrunkingState) => string;
  eniLimitWhy: (maxEnis: number | null, trunking: TrunkingState) => string;
  instanceLabel: (id: string) => string;
  pods: (pods: number, maxPods: number) => string;
  maxPodsWhy: (maxEnis: number | null, ipv4PerEni: number | null) => string;
  secondaryIps: (held: number, warm: number) => string;
  nodeLabel: (name: string) => string;
  fargateTitle: string;
  fargateNote: string;
  fargateLabel: string;
  fargateCount: (n: number) => string;
  external: string;
  noNodes: string;
  noInstances: string;
  noSubnets: string;
  waiting: string;
  more: (n: number) => string;
  /** Tooltip lines. */
  reserved: (ip: string, role: ReservedRole) => string;
  free: (ip: string) => string;
  heldBy: (kind: string, holder: string) => string;
  onEni: (eniId: string) => string;
  inSubnet: (subnetId: string) => string;
  securityGroups: (groups: readonly string[]) => string;
  primaryEni: (instance: string) => string;
  trunkEni: (instance: string) => string;
  taskEni: (taskId: string) => string;
  freeSlot: (position: number, limit: number) => string;
  freeSlotWhy: string;
  nodePrimaryIp: (ip: string) => string;
  nodePrimaryWhy: string;
  podIp: (ip: string, pod: string) => string;
  warmIp: (ip: string) => string;
  warmWhy: string;
  fargateEni: (taskId: string, lastStatus: string, attachmentStatus: string) => string;
  /** Labels drawn inside the marks. */
  slotNames: { primary: string; trunk: string; free: string };
  legend: { caption: string; reserved: string; free: string; task: string; instance: string; pod: string; node: string; warm: string; attaching: string };
  hint: string;
}

const ROLE_EN: Record<ReservedRole, string> = { network: 'network address', router: 'VPC router', dns: 'DNS', future: 'future use', broadcast: 'broadcast' };
const ROLE_JA: Record<ReservedRole, string> = { network: 'ネットワークアドレス', router: 'VPC ルーター', dns: 'DNS', future: '将来の利用', broadcast: 'ブロードキャスト' };
const KIND_EN: Record<string, string> = { task: 'task', instance: 'instance (primary ENI)', trunk: 'trunk ENI of instance', pod: 'pod', node: 'node (primary IP)' };
const KIND_JA: Record<string, string> = { task: 'タスク', instance: 'インスタンス（プライマリ ENI）', trunk: 'インスタンスのトランク ENI', pod: 'Pod', node: 'ノード（プライマリ IP）' };

export const NETWORK_TEXT: Record<Locale, NetworkText> = {
  en: {
    heading: 'Network: ENIs and IP addresses',
    intro:
      'With awsvpc every task gets its own ENI and one private IP from a subnet. On EKS the Amazon VPC CNI gives each pod a secondary IP of an ENI on its node. Hover or focus a mark for its ENI, IP, subnet and security groups.',
    ecsSide: 'ECS (awsvpc)',
    k8sSide: 'Kubernetes (EKS, Amazon VPC CNI)',
    subnets: 'Subnets',
    instances: 'Container instances',
    nodes: 'Nodes',
    subnetCounts: (usable, used) => `${usable.toLocaleString('en')} usable, ${used.toLocaleString('en')} used`,
    subnetLabel: (id) => `Addresses of ${id}`,
    compressed: (size) => `${size.toLocaleString('en')} addresses: one bar instead of one cell each`,
    taskEnis: (used, limit, type, trunking) => `task ENIs ${used}/${limit} (${type}, trunking ${trunking === 'on' ? 'on' : trunking === 'off' ? 'off' : 'not supported'})`,
    eniLimitWhy: (maxEnis, trunking) =>
      trunking === 'on'
        ? 'taskEniLimit with awsvpcTrunking: task ENIs ride the trunk ENI as branch interfaces'
        : maxEnis === null
          ? 'taskEniLimit: ENIs the type attaches − 1 primary'
          : `taskEniLimit = ${maxEnis} ENIs − 1 primary`,
    instanceLabel: (id) => `ENI slots of ${id}`,
    pods: (pods, max) => `pods ${pods}/${max}`,
    maxPodsWhy: (enis, ips) => (enis === null || ips === null ? 'max pods from the VPC CNI' : `max pods = ${enis} ENIs × (${ips} − 1) + 2`),
    secondaryIps: (held, warm) => `secondary IPs: ${held} held by pods, ${warm} warm`,
    nodeLabel: (name) => `ENIs and secondary IPs of ${name}`,
    fargateTitle: 'Fargate: one ENI per task, always',
    fargateNote: 'No container instances to look at: AWS runs each task on capacity it manages and attaches the task’s own ENI in your subnet.',
    fargateLabel: 'Task ENIs on Fargate',
    fargateCount: (n) => `${n} task ENIs`,
    external: 'EXTERNAL (ECS Anywhere): no awsvpc. Tasks use bridge or host networking on your own server, so there are no task ENIs.',
    noNodes: 'No nodes in this scenario: the Kubernetes twin stands in for Fargate, where each pod runs on a node AWS manages.',
    noInstances: 'No container instances registered.',
    noSubnets: 'No subnet addresses reported yet.',
    waiting: 'Waiting for the simulation…',
    more: (n) => `+${n} more`,
    reserved: (ip, role) => `${ip} — reserved by AWS: ${ROLE_EN[role]}`,
    free: (ip) => `${ip} — free`,
    heldBy: (kind, holder) => `held by ${KIND_EN[kind] ?? kind} ${holder}`,
    onEni: (eni) => `ENI ${eni}`,
    inSubnet: (subnet) => `subnet ${subnet}`,
    securityGroups: (groups) => `securityGroups ${groups.length > 0 ? groups.join(', ') : '(none)'}`,
    primaryEni: (instance) => `Primary ENI of ${instance}`,
    trunkEni: (instance) => `Trunk ENI of ${instance} (awsvpcTrunking)`,
    taskEni: (task) => `Task ENI of task ${task}`,
    freeSlot: (position, limit) => `Free task ENI slot ${position} of ${limit}`,
    freeSlotWhy: 'A new awsvpc task placed here gets its own ENI in this slot.',
    nodePrimaryIp: (ip) => `${ip} — primary IP of the ENI`,
    nodePrimaryWhy: 'The VPC CNI never gives an ENI’s primary IP to a pod.',
    podIp: (ip, pod) => `${ip} — pod ${pod}`,
    warmIp: (ip) => `${ip} — free secondary IP`,
    warmWhy: 'Kept warm by the VPC CNI, ready for the next pod.',
    fargateEni: (task, status, attachment) => `Task ${task}, ${status}, ENI ${attachment}`,
    slotNames: { primary: 'primary', trunk: 'trunk', free: 'free' },
    legend: {
      caption: 'Key',
      reserved: 'reserved by AWS',
      free: 'free',
      task: 'task ENI / task IP',
      instance: 'instance primary / trunk',
      pod: 'pod IP',
      node: 'node primary IP',
      warm: 'warm secondary IP',
      attaching: 'task ENI attaching (Fargate)',
    },
    hint: 'Arrow keys move between addresses and ENIs; Page Up and Page Down jump between boxes.',
  },
  ja: {
    heading: 'ネットワーク: ENI と IP アドレス',
    intro:
      'awsvpc ではタスクごとに専用の ENI とサブネットのプライベート IP が 1 つ付きます。EKS では Amazon VPC CNI が、ノードの ENI のセカンダリ IP を Pod に割り当てます。マークにカーソルを当てるかフォーカスすると、ENI・IP・サブネット・セキュリティグループが表示されます。',
    ecsSide: 'ECS（awsvpc）',
    k8sSide: 'Kubernetes（EKS、Amazon VPC CNI）',
    subnets: 'サブネット',
    instances: 'コンテナインスタンス',
    nodes: 'ノード',
    subnetCounts: (usable, used) => `使用可能 ${usable.toLocaleString('ja')}、使用中 ${used.toLocaleString('ja')}`,
    subnetLabel: (id) => `${id} のアドレス`,
    compressed: (size) => `${size.toLocaleString('ja')} アドレス: 1 つずつではなく 1 本のバーで表示`,
    taskEnis: (used, limit, type, trunking) => `タスク ENI ${used}/${limit}（${type}、trunking ${trunking === 'on' ? 'オン' : trunking === 'off' ? 'オフ' : '非対応'}）`,
    eniLimitWhy: (maxEnis, trunking) =>
      trunking === 'on'
        ? 'awsvpcTrunking 時の taskEniLimit: タスク ENI はトランク ENI のブランチとして付く'
        : maxEnis === null
          ? 'taskEniLimit: 付けられる ENI 数 − プライマリ 1'
          : `taskEniLimit = ENI ${maxEnis} − プライマリ 1`,
    instanceLabel: (id) => `${id} の ENI スロット`,
    pods: (pods, max) => `Pod ${pods}/${max}`,
    maxPodsWhy: (enis, ips) => (enis === null || ips === null ? 'VPC CNI の最大 Pod 数' : `最大 Pod 数 = ENI ${enis} × (${ips} − 1) + 2`),
    secondaryIps: (held, warm) => `セカンダリ IP: Pod が使用 ${held}、ウォーム ${warm}`,
    nodeLabel: (name) => `${name} の ENI とセカンダリ IP`,
    fargateTitle: 'Fargate: タスクごとに ENI 1 つ、常に',
    fargateNote: '見えるコンテナインスタンスはありません。AWS が管理する基盤でタスクを動かし、タスク専用の ENI をあなたのサブネットに付けます。',
    fargateLabel: 'Fargate のタスク ENI',
    fargateCount: (n) => `タスク ENI ${n} 個`,
    external: 'EXTERNAL（ECS Anywhere）: awsvpc はありません。タスクは自前サーバー上の bridge か host ネットワークを使うので、タスク ENI はありません。',
    noNodes: 'このシナリオにノードはありません。Kubernetes 側は Fargate の代わりで、各 Pod は AWS が管理するノードで動きます。',
    noInstances: '登録されたコンテナインスタンスはありません。',
    noSubnets: 'サブネットのアドレスはまだ報告されていません。',
    waiting: 'シミュレーションを待っています…',
    more: (n) => `ほか ${n} 個`,
    reserved: (ip, role) => `${ip} — AWS が予約: ${ROLE_JA[role]}`,
    free: (ip) => `${ip} — 空き`,
    heldBy: (kind, holder) => `使用中: ${KIND_JA[kind] ?? kind} ${holder}`,
    onEni: (eni) => `ENI ${eni}`,
    inSubnet: (subnet) => `サブネット ${subnet}`,
    securityGroups: (groups) => `securityGroups ${groups.length > 0 ? groups.join(', ') : '（なし）'}`,
    primaryEni: (instance) => `${instance} のプライマリ ENI`,
    trunkEni: (instance) => `${instance} のトランク ENI（awsvpcTrunking）`,
    taskEni: (task) => `タスク ${task} のタスク ENI`,
    freeSlot: (position, limit) => `空きタスク ENI スロット ${position}/${limit}`,
    freeSlotWhy: 'ここに置かれた awsvpc タスクは、このスロットに専用の ENI を得ます。',
    nodePrimaryIp: (ip) => `${ip} — ENI のプライマリ IP`,
    nodePrimaryWhy: 'VPC CNI は ENI のプライマリ IP を Pod に渡しません。',
    podIp: (ip, pod) => `${ip} — Pod ${pod}`,
    warmIp: (ip) => `${ip} — 空きセカンダリ IP`,
    warmWhy: 'VPC CNI が次の Pod 用に確保（ウォーム）しています。',
    fargateEni: (task, status, attachment) => `タスク ${task}、${status}、ENI ${attachment}`,
    slotNames: { primary: 'primary', trunk: 'trunk', free: '空き' },
    legend: {
      caption: '凡例',
      reserved: 'AWS が予約',
      free: '空き',
      task: 'タスク ENI / タスク IP',
      instance: 'インスタンスのプライマリ / トランク',
      pod: 'Pod の IP',
      node: 'ノードのプライマリ IP',
      warm: 'ウォームのセカンダリ IP',
      attaching: 'タスク ENI をアタッチ中（Fargate）',
    },
    hint: '矢印キーでアドレスや ENI の間を移動し、Page Up / Page Down で枠の間を移動します。',
  },
};
