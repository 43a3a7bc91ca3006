// The translation table's words, in English and Japanese. The nine pairs are the seed article's
// (§2); the notes are written for this app. Field names stay as the APIs spell them.

import type { Locale } from '../../store/appStore';
import type { ConceptRowId, LiveRowId } from '../shared/highlightIds';

export interface RowText {
  ecs: string;
  k8s: string;
  note: string;
}

export interface TableText {
  heading: string;
  caption: string;
  columns: RowText;
  liveHeading: string;
  concepts: Record<ConceptRowId, RowText>;
  liveNotes: Record<LiveRowId, string>;
  /** The circuit breaker as describe-services and describe-service-deployments show it. */
  breaker: (b: { enable: boolean; rollback: boolean; failureCount: number; threshold: number; status: string }) => string;
  atMost: (n: number) => string;
  atLeast: (n: number) => string;
  roundingDiffers: string;
  settingsDiffer: string;
  fencepost: string;
  waiting: string;
}

export const TABLE_TEXT: Record<Locale, TableText> = {
  en: {
    heading: 'Dictionary',
    caption: 'ECS and Kubernetes terms side by side; hover or focus a row to see it in the other panels',
    columns: { ecs: 'ECS', k8s: 'Kubernetes', note: 'Note' },
    liveHeading: 'This scenario, live',
    concepts: {
      'service-deployment': { ecs: 'Service (its deployments)', k8s: 'Deployment / ReplicaSet', note: 'Holds the desired state. Each rollout generation is an ECS deployment or a ReplicaSet.' },
      'pod-task': { ecs: 'Task', k8s: 'Pod', note: 'What actually runs: one or more containers sharing one network identity.' },
      'taskdefinition-podspec': { ecs: 'TaskDefinition', k8s: 'PodSpec (pod template)', note: 'The immutable blueprint. ECS numbers it (web:1, web:2); Kubernetes hashes it.' },
      'placement-scheduler': { ecs: 'ECS placement (capacity provider, strategy, constraints)', k8s: 'kube-scheduler', note: 'Decides where a new task or pod runs.' },
      'agent-kubelet': { ecs: 'ECS agent (EC2) / not visible (Fargate)', k8s: 'kubelet', note: 'Starts the containers on a machine and reports their state back.' },
      'events-describe': { ecs: 'service events / stoppedReason', k8s: 'kubectl describe / events', note: 'Where the controller says what it did and why. Read these first.' },
      'targetgroup-service': { ecs: 'target group + awsvpc', k8s: 'Service (ClusterIP / LoadBalancer)', note: 'How traffic finds the copies: each task has its own ENI and IP, registered as a target.' },
      'roles-serviceaccount': { ecs: 'task role + execution role', k8s: 'ServiceAccount + IRSA', note: 'Execution role: ECS pulls images and writes logs. Task role: your code calls AWS.' },
      'deploymentconfiguration-strategy': { ecs: 'maximumPercent / minimumHealthyPercent', k8s: 'maxSurge / maxUnavailable', note: 'Same limits, opposite words: ECS sets totals, Kubernetes sets the extra and the missing.' },
    },
    liveNotes: {
      'desiredCount-replicas': 'The number both controllers converge on.',
      'maximumPercent-maxSurge': 'Upper limit while old and new run together. ECS rounds the total down; Kubernetes rounds the surge up.',
      'minimumHealthyPercent-maxUnavailable': 'Lower limit during the rollout. ECS rounds the minimum up; Kubernetes rounds the unavailable count down.',
      'taskdefinition-podtemplatehash': 'The blueprint of the newest generation: a numbered revision, or a hash of the pod template.',
      'circuitBreaker-progressDeadlineSeconds':
        'When a rollout fails. ECS counts failed tasks and, with rollback, returns to the last completed deployment by itself; Kubernetes times out a rollout that stops progressing and waits for kubectl rollout undo.',
    },
    breaker: (b) => (b.enable ? `deploymentCircuitBreaker on${b.rollback ? ', rollback' : ''} · failedTasks ${b.failureCount} / ${b.threshold} · ${b.status}` : 'deploymentCircuitBreaker off'),
    atMost: (n) => `at most ${n}`,
    atLeast: (n) => `at least ${n}`,
    roundingDiffers: 'Rounding differs',
    settingsDiffer: 'Settings differ',
    fencepost: 'maxSurge and maxUnavailable both resolve to 0, so Kubernetes uses maxUnavailable 1.',
    waiting: 'Waiting for the simulation…',
  },
  ja: {
    heading: '対応表',
    caption: 'ECS と Kubernetes の用語の対応。行にカーソルを当てるかフォーカスすると、他のパネルで該当箇所が光ります',
    columns: { ecs: 'ECS', k8s: 'Kubernetes', note: 'メモ' },
    liveHeading: 'このシナリオ（ライブ）',
    concepts: {
      'service-deployment': { ecs: 'Service（の deployments）', k8s: 'Deployment / ReplicaSet', note: '望む状態を持つ。ロールアウトの世代は ECS では deployment、Kubernetes では ReplicaSet。' },
      'pod-task': { ecs: 'Task', k8s: 'Pod', note: '実際に動くもの。ネットワークを共有する 1 つ以上のコンテナ。' },
      'taskdefinition-podspec': { ecs: 'TaskDefinition', k8s: 'PodSpec（Pod テンプレート）', note: '変更できない設計図。ECS は番号（web:1, web:2）、Kubernetes はハッシュで区別する。' },
      'placement-scheduler': { ecs: 'ECS の配置（キャパシティプロバイダー、戦略、制約）', k8s: 'kube-scheduler', note: '新しいタスクや Pod をどこで動かすかを決める。' },
      'agent-kubelet': { ecs: 'ECS エージェント（EC2）/ 見えない（Fargate）', k8s: 'kubelet', note: 'マシン上でコンテナを起動し、状態を報告する。' },
      'events-describe': { ecs: 'サービスイベント / stoppedReason', k8s: 'kubectl describe / events', note: 'コントローラが何をなぜしたかが書かれる場所。まずここを読む。' },
      'targetgroup-service': { ecs: 'ターゲットグループ + awsvpc', k8s: 'Service（ClusterIP / LoadBalancer）', note: 'トラフィックの届け先。タスクごとに ENI と IP を持ち、ターゲットとして登録される。' },
      'roles-serviceaccount': { ecs: 'タスクロール + タスク実行ロール', k8s: 'ServiceAccount + IRSA', note: '実行ロールは ECS がイメージ取得とログ送信に使う。タスクロールはアプリが AWS を呼ぶときに使う。' },
      'deploymentconfiguration-strategy': { ecs: 'maximumPercent / minimumHealthyPercent', k8s: 'maxSurge / maxUnavailable', note: '同じ制約を逆の言葉で。ECS は合計を、Kubernetes は追加分と欠けてよい分を指定する。' },
    },
    liveNotes: {
      'desiredCount-replicas': '両方のコントローラが収束させる数。',
      'maximumPercent-maxSurge': '新旧が並走する間の上限。ECS は合計を切り捨て、Kubernetes は追加分を切り上げる。',
      'minimumHealthyPercent-maxUnavailable': 'ロールアウト中の下限。ECS は下限を切り上げ、Kubernetes は欠けてよい数を切り捨てる。',
      'taskdefinition-podtemplatehash': '最新の世代の設計図。ECS は番号付きの版、Kubernetes は Pod テンプレートのハッシュ。',
      'circuitBreaker-progressDeadlineSeconds':
        'ロールアウトが失敗したとき。ECS は失敗したタスクを数え、rollback があれば最後に完了したデプロイメントへ自分で戻す。Kubernetes は進まなくなったロールアウトをタイムアウトさせ、kubectl rollout undo を待つ。',
    },
    breaker: (b) => (b.enable ? `deploymentCircuitBreaker 有効${b.rollback ? '（rollback）' : ''} · failedTasks ${b.failureCount} / ${b.threshold} · ${b.status}` : 'deploymentCircuitBreaker 無効'),
    atMost: (n) => `最大 ${n}`,
    atLeast: (n) => `最低 ${n}`,
    roundingDiffers: '丸めが異なる',
    settingsDiffer: '設定が異なる',
    fencepost: 'maxSurge と maxUnavailable がどちらも 0 になるため、Kubernetes は maxUnavailable を 1 にする。',
    waiting: 'シミュレーションを待っています…',
  },
};
