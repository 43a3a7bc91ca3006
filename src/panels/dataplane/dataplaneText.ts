// The data-plane panel's words ("Who runs it?") in English and Japanese. Labels inside the
// diagram are short (a projector reads them from the back); the explanations are HTML below.
// Component names (kubelet, aws-node, kube-proxy, containerd …) stay as their projects spell them.

import type { Locale } from '../../store/appStore';

export interface DataPlaneText {
  heading: string;
  intro: string;
  ecsSide: string;
  k8sSide: string;
  ecsControlPlane: string;
  ecsControlPlaneSub: string;
  apiServer: string;
  apiServerSub: string;
  agentLink: string;
  kubeletLink: string;
  fargateLink: string;
  ec2Machine: (type: string) => string;
  ec2Sub: string;
  agent: string;
  agentSub: string;
  runtime: string;
  runtimeSub: string;
  taskEnis: string;
  fargateMachine: string;
  fargateSub: string;
  fargateSees: readonly string[];
  externalMachine: string;
  externalSub: string;
  ssmAgent: string;
  ssmAgentSub: string;
  noAwsvpc: string;
  noAwsvpcSub: string;
  node: (type: string) => string;
  nodeSub: string;
  fargateNode: string;
  fargateNodeSub: string;
  kubelet: string;
  kubeletSub: string;
  cri: string;
  criSub: string;
  cni: string;
  cniSub: string;
  csi: string;
  csiSub: string;
  kubeProxy: string;
  kubeProxySub: string;
  tasksHere: (n: number) => string;
  enisHere: (used: number, limit: number) => string;
  podsHere: (n: number, max: number) => string;
  fargateTasks: (n: number) => string;
  podsTotal: (n: number) => string;
  ecsTotals: (instances: number, tasks: number) => string;
  k8sTotals: (nodes: number, pods: number) => string;
  youRun: string;
  awsRuns: string;
  youRunExternal: string;
  youRunNode: string;
  awsRunsPodNode: string;
  diagram: (side: string) => string;
  waiting: string;
}

export const DATAPLANE_TEXT: Record<Locale, DataPlaneText> = {
  en: {
    heading: 'Who runs it? The data plane',
    intro: 'The control plane decides; an agent on each machine starts the containers and reports back. Which parts are yours depends on the launch type.',
    ecsSide: 'ECS',
    k8sSide: 'Kubernetes (EKS)',
    ecsControlPlane: 'ECS control plane',
    ecsControlPlaneSub: 'service scheduler, placement (AWS)',
    apiServer: 'kube-apiserver',
    apiServerSub: 'EKS control plane (AWS)',
    agentLink: 'agent polls, reports state',
    kubeletLink: 'watches, reports status',
    fargateLink: 'AWS talks to it; you don’t',
    ec2Machine: (type) => `EC2 instance (${type})`,
    ec2Sub: 'yours: AMI, agent, patches',
    agent: 'ECS agent',
    agentSub: 'ecs-agent: starts tasks, reports',
    runtime: 'container runtime',
    runtimeSub: 'containerd / Docker',
    taskEnis: 'task ENIs (awsvpc)',
    fargateMachine: 'AWS-managed (Fargate)',
    fargateSub: 'a black box: no instance, no agent',
    fargateSees: ['task lastStatus', 'stoppedReason', 'service events', 'logs (awslogs)'],
    externalMachine: 'Your own server',
    externalSub: 'EXTERNAL (ECS Anywhere)',
    ssmAgent: 'SSM agent',
    ssmAgentSub: 'registers the server, credentials',
    noAwsvpc: 'no awsvpc',
    noAwsvpcSub: 'bridge or host network',
    node: (type) => `EKS node (${type})`,
    nodeSub: 'yours: AMI, kubelet, add-ons',
    fargateNode: 'no node to see',
    fargateNodeSub: 'EKS on Fargate: a node per pod, AWS’s',
    kubelet: 'kubelet',
    kubeletSub: 'starts pods, probes, reports',
    cri: 'container runtime (CRI)',
    criSub: 'containerd',
    cni: 'CNI: Amazon VPC CNI',
    cniSub: 'aws-node: pod IPs from ENIs',
    csi: 'CSI driver',
    csiSub: 'volumes (EBS, EFS)',
    kubeProxy: 'kube-proxy',
    kubeProxySub: 'Service virtual IPs',
    tasksHere: (n) => `tasks here: ${n}`,
    enisHere: (used, limit) => `task ENIs ${used}/${limit}`,
    podsHere: (n, max) => `pods ${n}/${max}`,
    fargateTasks: (n) => `tasks: ${n}, each with its own ENI`,
    podsTotal: (n) => `pods: ${n}`,
    ecsTotals: (instances, tasks) => `${instances} container ${instances === 1 ? 'instance' : 'instances'}, ${tasks} tasks in the cluster`,
    k8sTotals: (nodes, pods) => `${nodes} ${nodes === 1 ? 'node' : 'nodes'}, ${pods} pods in the cluster`,
    youRun: 'You run the instance: its AMI, the ECS agent’s updates, its patches and its capacity.',
    awsRuns: 'AWS runs everything under the task. What you see is the task’s state, its stoppedReason, the service events and the logs you send.',
    youRunExternal: 'You run the whole server, on premises or anywhere: the ECS agent and the SSM agent connect it to the cluster. There is no awsvpc, so no task ENIs.',
    youRunNode: 'You run the node: its AMI, the kubelet, and the add-ons (VPC CNI, CSI driver, kube-proxy).',
    awsRunsPodNode: 'Without nodes the twin stands in for Fargate: on EKS on Fargate each pod gets a node of its own, which AWS runs.',
    diagram: (side) => `${side}: who runs the task or pod`,
    waiting: 'Waiting for the simulation…',
  },
  ja: {
    heading: '誰が動かす? データプレーン',
    intro: 'コントロールプレーンが決め、各マシンのエージェントがコンテナを起動して報告します。どこまでが自分の担当かは起動タイプで変わります。',
    ecsSide: 'ECS',
    k8sSide: 'Kubernetes（EKS）',
    ecsControlPlane: 'ECS コントロールプレーン',
    ecsControlPlaneSub: 'サービススケジューラ・配置（AWS）',
    apiServer: 'kube-apiserver',
    apiServerSub: 'EKS コントロールプレーン（AWS）',
    agentLink: 'エージェントが問い合わせ・報告',
    kubeletLink: '監視・状態を報告',
    fargateLink: 'AWS が通信、あなたは触れない',
    ec2Machine: (type) => `EC2 インスタンス（${type}）`,
    ec2Sub: 'あなたの担当: AMI・エージェント・パッチ',
    agent: 'ECS エージェント',
    agentSub: 'ecs-agent: タスク起動・報告',
    runtime: 'コンテナランタイム',
    runtimeSub: 'containerd / Docker',
    taskEnis: 'タスク ENI（awsvpc）',
    fargateMachine: 'AWS が管理（Fargate）',
    fargateSub: 'ブラックボックス: インスタンスも見えない',
    fargateSees: ['タスクの lastStatus', 'stoppedReason', 'サービスイベント', 'ログ（awslogs）'],
    externalMachine: '自前のサーバー',
    externalSub: 'EXTERNAL（ECS Anywhere）',
    ssmAgent: 'SSM エージェント',
    ssmAgentSub: 'サーバー登録・認証情報',
    noAwsvpc: 'awsvpc なし',
    noAwsvpcSub: 'bridge か host ネットワーク',
    node: (type) => `EKS ノード（${type}）`,
    nodeSub: 'あなたの担当: AMI・kubelet・アドオン',
    fargateNode: '見えるノードなし',
    fargateNodeSub: 'EKS on Fargate: Pod ごとに AWS のノード',
    kubelet: 'kubelet',
    kubeletSub: 'Pod 起動・プローブ・報告',
    cri: 'コンテナランタイム（CRI）',
    criSub: 'containerd',
    cni: 'CNI: Amazon VPC CNI',
    cniSub: 'aws-node: ENI から Pod の IP',
    csi: 'CSI ドライバー',
    csiSub: 'ボリューム（EBS・EFS）',
    kubeProxy: 'kube-proxy',
    kubeProxySub: 'Service の仮想 IP',
    tasksHere: (n) => `このインスタンスのタスク: ${n}`,
    enisHere: (used, limit) => `タスク ENI ${used}/${limit}`,
    podsHere: (n, max) => `Pod ${n}/${max}`,
    fargateTasks: (n) => `タスク: ${n}（それぞれ専用の ENI）`,
    podsTotal: (n) => `Pod: ${n}`,
    ecsTotals: (instances, tasks) => `クラスター全体: コンテナインスタンス ${instances}、タスク ${tasks}`,
    k8sTotals: (nodes, pods) => `クラスター全体: ノード ${nodes}、Pod ${pods}`,
    youRun: 'インスタンスはあなたが運用します。AMI、ECS エージェントの更新、パッチ、キャパシティ。',
    awsRuns: 'タスクの下はすべて AWS が運用します。見えるのはタスクの状態、stoppedReason、サービスイベント、送ったログです。',
    youRunExternal: 'サーバー全体をあなたが運用します（オンプレミスなど）。ECS エージェントと SSM エージェントがクラスターにつなぎます。awsvpc はないのでタスク ENI もありません。',
    youRunNode: 'ノードはあなたが運用します。AMI、kubelet、アドオン（VPC CNI、CSI ドライバー、kube-proxy）。',
    awsRunsPodNode: 'ノードがないとき、Kubernetes 側は Fargate の代わりです。EKS on Fargate では Pod ごとに AWS が運用するノードが付きます。',
    diagram: (side) => `${side}: タスクや Pod を誰が動かすか`,
    waiting: 'シミュレーションを待っています…',
  },
};
