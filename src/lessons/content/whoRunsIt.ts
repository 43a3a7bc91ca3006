// Lesson 7, "Who runs it?" (shared/CURRICULUM.md; the article's §6). The learner leaves knowing
// that on EC2 the ECS container agent does the kubelet's job, that on Fargate that layer is
// invisible and only the task's state, its reasons, the events and the logs remain, and that an
// External instance is your own server running the ECS agent and the SSM Agent. They break the
// same image pull on EC2 and on Fargate, then name, for three failures, where each side lets you look.
// Facts: seed §6 (agent ↔ kubelet, Fargate as a black box, Kubernetes exposes kubelet / CNI / CSI);
// reference/ecs.md §4.2 (`/var/log/ecs/ecs-agent.log`), §5.2 (agent-side error names), §7 (EXTERNAL,
// `ecs.capability.external`); ECS DG ecs-agent-versions.html ("The Amazon ECS agent is a process
// that runs on every container instance … It facilitates the communication between your container
// instances and Amazon ECS"), ecs-anywhere.html ("Your on-premises server has both the Amazon ECS
// agent and the SSM agent installed"); aws/amazon-ecs-agent README (`/etc/ecs/ecs.config`, `/var/log/ecs`);
// k8s.md §4.3 (the kubelet's events).
//
// The cluster: three m5.large, one per zone, with ENI trunking on (10 task ENIs each, ecs.md §8.1), so
// a broken deployment's churn of 4 old + 4 new tasks never runs out of ENIs and no placement
// failure muddles the three failures under study.

import type { LaunchType, ScenarioInput, Snapshot } from '../../sim';
import { defineLesson } from '../defineLesson';
import type { Question } from '../defineLesson';
import { reconfigure } from './clusterRuns';
import { breakableService, deployWith, failureSeenAt } from './faultRuns';
import { checkWhoRunsItChallenge, WHO_RUNS_IT_CASES } from './whoRunsItChallenge';

const service = breakableService(7);

export const WHO_RUNS_IT_SCENARIO: ScenarioInput = {
  ...service,
  service: { ...service.service, launchType: 'EC2' },
  cluster: {
    awsvpcTrunking: true,
    containerInstances: ['us-east-1a', 'us-east-1b', 'us-east-1c'].map((availabilityZone) => ({ instanceType: 'm5.large', availabilityZone })),
  },
};

export const TO_FARGATE = reconfigure({ service: { launchType: 'FARGATE' } });
export const TO_EC2 = reconfigure({ service: { launchType: 'EC2' } });

/** The image-pull failure was seen in this run, and the run is on `launchType`. */
const pullFailedOn = (launchType: LaunchType) => (s: Snapshot) =>
  s.scenario.service.launchType === launchType && failureSeenAt(s, 'image-pull-error', 'TaskFailedToStart') !== null;
const backOnInstances = (s: Snapshot) =>
  s.scenario.service.launchType === 'EC2' && s.ecs.tasks.some((t) => t.lastStatus === 'RUNNING' && t.containerInstanceArn !== undefined);

// DG ecs-anywhere.html ("both the Amazon ECS agent and the SSM agent installed"); the agent "uses the managed
// instance's IAM role" (hackernoon.com, ECS Anywhere overview, 2021); ecs.md §7 (the EXTERNAL launch type, no capacity providers).
export const ANYWHERE_QUESTION: Question = {
  id: 'external-needs',
  prompt: { en: 'To run ECS tasks on a server of your own (ECS Anywhere), what must the server run besides a container runtime?', ja: '自前のサーバーで ECS のタスクを動かす（ECS Anywhere）には、コンテナランタイムのほかに何をサーバーで動かす必要がありますか？' },
  choices: [
    { id: 'agent-and-ssm', label: { en: 'The ECS agent and the SSM Agent', ja: 'ECS エージェントと SSM Agent' } },
    { id: 'kubelet', label: { en: 'A kubelet', ja: 'kubelet' } },
    { id: 'nothing', label: { en: 'Nothing: Fargate manages it', ja: '何もいらない。Fargate が管理する' } },
  ],
  answer: 'agent-and-ssm',
  explain: {
    en: 'The server registers as an external container instance. The SSM Agent makes it a Systems Manager managed instance, which is how it gets its IAM role’s credentials; the ECS agent talks to the control plane and runs the tasks. A service uses it with `launchType` `EXTERNAL`.',
    ja: 'サーバーは外部コンテナインスタンスとして登録されます。SSM Agent がサーバーを Systems Manager のマネージドインスタンスにし、それによって IAM ロールの認証情報を得ます。ECS エージェントはコントロールプレーンと通信してタスクを動かします。サービスは `launchType` `EXTERNAL` でこれを使います。',
  },
};

export const WHICH_MACHINE_QUESTION: Question = {
  id: 'which-machine',
  prompt: { en: 'Which field of the stopped task tells you which machine’s agent handled it?', ja: '止まったタスクのどのフィールドを見れば、どのマシンのエージェントが扱ったか分かりますか？' },
  choices: [
    { id: 'containerInstanceArn', label: { en: '`containerInstanceArn`, the container instance', ja: '`containerInstanceArn`（コンテナインスタンス）' } },
    { id: 'taskArn', label: { en: '`taskArn`, the task itself', ja: '`taskArn`（タスク自身）' } },
    { id: 'startedBy', label: { en: '`startedBy`, who started it', ja: '`startedBy`（起動した主体）' } },
    { id: 'group', label: { en: '`group`, its task group', ja: '`group`（タスクグループ）' } },
  ],
  answer: 'containerInstanceArn',
  explain: {
    en: '`containerInstanceArn` names the container instance; `describe-container-instances` turns it into the EC2 instance id you can log in to. `startedBy` names the deployment, `group` the service.',
    ja: '`containerInstanceArn` がコンテナインスタンスを示します。`describe-container-instances` で、ログインできる EC2 インスタンス ID が分かります。`startedBy` はデプロイメントを、`group` はサービスを示します。',
  },
};

export const FARGATE_QUESTION: Question = {
  id: 'fargate-difference',
  prompt: { en: 'The Fargate task stopped the same way. What is different about it?', ja: 'Fargate のタスクも同じように止まりました。何が違いますか？' },
  choices: [
    { id: 'no-instance', label: { en: 'It has no `containerInstanceArn`: there is no machine of yours to look at', ja: '`containerInstanceArn` がない。見に行ける自分のマシンがない' } },
    { id: 'no-reason', label: { en: 'Its `stoppedReason` is empty', ja: '`stoppedReason` が空になる' } },
    { id: 'retries', label: { en: 'It waits in `PENDING` and retries the pull forever', ja: '`PENDING` のまま pull を永遠に再試行する' } },
  ],
  answer: 'no-instance',
  explain: {
    en: 'The `stoppedReason` and the stop code are the same. What is gone is the machine: AWS runs the agent’s layer, so the task’s record, the service events and the logs are all there is to read.',
    ja: '`stoppedReason` も停止コードも同じです。なくなったのはマシンです。エージェントの層は AWS が動かしているので、読めるのはタスクの記録、サービスイベント、ログだけです。',
  },
};

export default defineLesson({
  id: 'who-runs-it',
  number: 7,
  title: { en: 'Who runs it?', ja: '誰が動かす？' },
  scenario: WHO_RUNS_IT_SCENARIO,
  steps: [
    {
      // seed §6; DG ecs-agent-versions.html, ecs-anywhere.html; ecs.md §7 (EXTERNAL, ecs.capability.external).
      text: {
        en: 'Something on each machine has to start the containers. On Kubernetes it is the kubelet: it watches the API server for the pods bound to its node, asks the container runtime to pull and start them, and reports their status back.\n\nOn ECS with EC2, the ECS container agent does the same job. It runs on every container instance, registers the instance with the cluster, receives the tasks the scheduler places there, pulls the images, starts and stops the containers, and reports each task’s state to ECS.\n\nOn Fargate that layer still exists, but AWS runs it and you cannot reach it. And with ECS Anywhere, the machine is a server of your own, registered as an external container instance; a service runs on it with `launchType` `EXTERNAL`.\n\nThis service runs 4 tasks on three `m5.large` container instances, one per zone; the twin runs on EKS nodes of the same type.',
        ja: 'どのマシンでも、コンテナを起動する役が要ります。Kubernetes では kubelet です。自分のノードに割り当てられた Pod を API サーバーで見張り、コンテナランタイムにイメージの pull と起動を頼み、状態を報告します。\n\nEC2 上の ECS では、ECS コンテナエージェントが同じ仕事をします。すべてのコンテナインスタンスで動き、インスタンスをクラスタに登録し、スケジューラが配置したタスクを受け取り、イメージを pull し、コンテナを起動・停止して、各タスクの状態を ECS に報告します。\n\nFargate にもこの層はありますが、動かしているのは AWS で、利用者は触れられません。ECS Anywhere では、マシンは自前のサーバーで、外部コンテナインスタンスとして登録されます。そこで動かすサービスは `launchType` `EXTERNAL` を指定します。\n\nこのサービスは、ゾーンごとに 1 台ずつ、計 3 台の `m5.large` コンテナインスタンスでタスクを 4 個動かしています。右側の Kubernetes は同じタイプの EKS ノードで動いています。',
      },
      highlight: ['agent-kubelet'],
      questions: [ANYWHERE_QUESTION],
    },
    {
      // ecs.md §5.2 (CannotPullContainerError, TaskFailedToStart, the agent's error names), §4.2 (ecs-agent.log);
      // aws/amazon-ecs-agent README (/var/log/ecs); k8s.md §4.2–4.3 (ErrImagePull, ImagePullBackOff, Failed / BackOff events).
      text: {
        en: 'Break something the agent does. The next revision names an image tag that does not exist. Deploy it and open one of the new tasks once it has stopped.\n\nThe `stoppedReason` starts with `CannotPullContainerError`, the stop code is `TaskFailedToStart`, and no container has an exit code: the agent could not pull the image, so nothing ran. The task also says where it was: `containerInstanceArn`. That instance is yours. You can log in to it and read the agent’s own log in `/var/log/ecs/`, see its settings in `/etc/ecs/ecs.config`, and ask the container runtime directly.\n\nOn the right, the kubelet on an EKS node hits the same wall. The pod waits in `ErrImagePull`, then `ImagePullBackOff`, and `kubectl describe pod` lists the kubelet’s `Failed` and `BackOff` events. The node is yours too.',
        ja: 'エージェントの仕事を壊してみます。次のリビジョンは存在しないイメージタグを指定しています。デプロイし、新しいタスクが止まったら 1 つ開いてください。\n\n`stoppedReason` は `CannotPullContainerError` で始まり、停止コードは `TaskFailedToStart`、どのコンテナにも終了コードはありません。エージェントがイメージを pull できず、何も動かなかったのです。タスクには、どこで起きたかも書かれています。`containerInstanceArn` です。このインスタンスはあなたのものなので、ログインしてエージェント自身のログ（`/var/log/ecs/`）を読み、設定（`/etc/ecs/ecs.config`）を確かめ、コンテナランタイムに直接問い合わせることができます。\n\n右側では、EKS ノードの kubelet が同じ壁に当たります。Pod は `ErrImagePull`、続いて `ImagePullBackOff` で待ち、`kubectl describe pod` には kubelet の `Failed` と `BackOff` イベントが並びます。このノードもあなたのものです。',
      },
      highlight: ['agent-kubelet', 'pod-task'],
      action: {
        text: { en: 'Deploy the revision, let its tasks stop, open one, and answer the question.', ja: 'リビジョンをデプロイし、タスクが止まったら 1 つ開いて、質問に答えてください。' },
        shortcut: { label: { en: 'Deploy: image tag that does not exist (EC2)', ja: 'デプロイ: 存在しないイメージタグ（EC2）' }, commands: [deployWith('image-pull-error')] },
      },
      questions: [WHICH_MACHINE_QUESTION],
      advanceWhen: pullFailedOn('EC2'),
    },
    {
      // seed §6 (Fargate: only task state, reasons and events are observable); ecs.md §5.2 (the same reasons on Fargate).
      text: {
        en: 'Now the same failure on Fargate. The shortcut recreates the service with `launchType` `FARGATE`, then deploys the same broken revision.\n\nThe task stops the same way, with the same `stoppedReason` and stop code. But it has no `containerInstanceArn`: there is no instance to log in to, no agent log, no runtime to ask. On Fargate, what ECS records about the task — its state, its `stoppedReason`, the container’s `exitCode` and `reason` — together with the service events and the application’s logs, is everything you get.\n\nThat is the trade. Fargate takes the machines off your hands, and with them the places to look.',
        ja: '次は同じ失敗を Fargate で起こします。ショートカットはサービスを `launchType` `FARGATE` で作り直し、同じ壊れたリビジョンをデプロイします。\n\nタスクは同じように、同じ `stoppedReason` と停止コードで止まります。ただし `containerInstanceArn` がありません。ログインするインスタンスも、エージェントのログも、問い合わせるランタイムもありません。Fargate で手に入るのは、ECS がタスクについて記録したもの（状態、`stoppedReason`、コンテナの `exitCode` と `reason`）と、サービスイベント、アプリケーションのログだけです。\n\nこれが引き換えです。Fargate はマシンの面倒を引き受けてくれますが、それと一緒に見に行ける場所もなくなります。',
      },
      highlight: ['agent-kubelet', 'events-describe'],
      action: {
        text: { en: 'Recreate the service on Fargate with the broken revision, let a task stop, open it, and answer.', ja: '壊れたリビジョンでサービスを Fargate に作り直し、タスクが止まったら開いて、質問に答えてください。' },
        shortcut: { label: { en: 'Recreate on Fargate and deploy the same image', ja: 'Fargate で作り直して同じイメージをデプロイ' }, commands: [TO_FARGATE, deployWith('image-pull-error')] },
      },
      questions: [FARGATE_QUESTION],
      advanceWhen: pullFailedOn('FARGATE'),
    },
    {
      // seed §6 ("k8s: node components (kubelet / CNI / CSI) are exposed and customizable; ECS: the task's state,
      // reasons and events are the subject"); ecs.md §3 (PENDING: "waiting on the container agent").
      text: {
        en: 'Where the two platforms differ is how much of the node they hand you. Kubernetes exposes the node’s parts — the kubelet, the network plugin (CNI), the storage plugin (CSI) — and lets you configure or replace them. ECS speaks in tasks: their state, their reasons, their events. On EC2 you also own the instance and its agent; on Fargate you own neither.\n\nBack to EC2 for the challenge. The shortcut recreates the service on the three instances.',
        ja: '2 つのプラットフォームの違いは、ノードをどこまで利用者に渡すかです。Kubernetes はノードの部品（kubelet、ネットワークプラグインの CNI、ストレージプラグインの CSI）を見せ、設定したり差し替えたりできます。ECS が語る主語はタスクです。その状態、理由、イベントです。EC2 ならインスタンスとエージェントも自分のものですが、Fargate ではどちらもありません。\n\nチャレンジのために EC2 に戻ります。ショートカットはサービスを 3 台のインスタンス上に作り直します。',
      },
      highlight: ['agent-kubelet'],
      action: {
        text: { en: 'Move the service back to EC2.', ja: 'サービスを EC2 に戻してください。' },
        shortcut: { label: { en: 'Recreate on EC2', ja: 'EC2 で作り直す' }, commands: [TO_EC2] },
      },
      advanceWhen: backOnInstances,
    },
    {
      // The cases and their answers: whoRunsItChallenge.ts.
      text: {
        en: 'Your turn. Three revisions fail in three different ways, on EC2. Deploy one case at a time, let its tasks stop, read what each side shows, and answer where each side lets you look. The question to ask every time: who noticed the failure first?',
        ja: 'あなたの番です。3 つのリビジョンが、EC2 上でそれぞれ違う失敗をします。1 ケースずつデプロイし、タスクが止まったら両側の表示を読んで、それぞれの側でどこを見ればよいか答えてください。毎回考えるのは、誰が最初に失敗に気づいたか、です。',
      },
      highlight: ['agent-kubelet', 'events-describe'],
      action: {
        text: { en: 'Deploy case A, B and C, one at a time, and answer for each.', ja: 'ケース A・B・C を 1 つずつデプロイし、それぞれ答えてください。' },
        shortcut: { label: { en: 'Deploy case A', ja: 'ケース A をデプロイ' }, commands: [deployWith(WHO_RUNS_IT_CASES[0].fault)] },
        moreShortcuts: [
          { label: { en: 'Deploy case B', ja: 'ケース B をデプロイ' }, commands: [deployWith(WHO_RUNS_IT_CASES[1].fault)] },
          { label: { en: 'Deploy case C', ja: 'ケース C をデプロイ' }, commands: [deployWith(WHO_RUNS_IT_CASES[2].fault)] },
        ],
      },
      challenge: {
        goal: {
          en: 'Deploy the three cases on EC2, see each fail, and name for each where ECS and Kubernetes let you look.',
          ja: '3 つのケースを EC2 でデプロイして失敗を見届け、それぞれについて ECS と Kubernetes でどこを見ればよいか答えること。',
        },
        questions: WHO_RUNS_IT_CASES.map((c) => c.question),
        check: checkWhoRunsItChallenge,
        hints: {
          en: [
            'Open a stopped task of each case and read from the top: `stoppedReason`, then each container’s `exitCode` and `reason`. Did any container run at all?',
            'If no container ran, only the node agent knows more (ECS agent, kubelet). If the container ran and exited on its own, the application said why in its log. If it was killed, the kill is in the container’s exit record.',
            'Nearly the answer: A is the agents’ (agent log, kubelet events), B is the application’s (CloudWatch Logs, `kubectl logs --previous`), C is the container record’s (`OutOfMemoryError` / 137, `OOMKilled`).',
          ],
          ja: [
            '各ケースの止まったタスクを開き、上から読んでください。`stoppedReason`、次に各コンテナの `exitCode` と `reason` です。コンテナは 1 つでも動きましたか？',
            'コンテナが動かなかったなら、詳しいのはノードのエージェント（ECS エージェント、kubelet）だけです。コンテナが動いて自分で終了したなら、理由はアプリケーションがログに書いています。強制終了されたなら、それはコンテナの終了記録に残ります。',
            'ほぼ答えです。A はエージェント（エージェントのログ、kubelet のイベント）、B はアプリケーション（CloudWatch Logs、`kubectl logs --previous`）、C はコンテナの記録（`OutOfMemoryError` と 137、`OOMKilled`）です。',
          ],
        },
      },
    },
  ],
});
