// Lesson 10, "Where did it die?" (shared/CURRICULUM.md; the article's §9). The learner leaves
// knowing where ECS keeps the truth about a failure: service events → deployments → the stopped
// task's stoppedReason / stopCode / exit codes → logs, the way Deployment → ReplicaSet → Pod →
// container reads in Kubernetes; and that ECS's circuit breaker rolls a failing deployment back
// by itself while Kubernetes reports ProgressDeadlineExceeded and waits for `kubectl rollout undo`.
// Facts: shared/reference/ecs.md §1.6, §1.8, §2.1–2.2, §3, §4, §5; k8s.md §1.1, §1.8–1.9, §4.

import type { Snapshot } from '../../sim';
import { defineLesson } from '../defineLesson';
import type { Question } from '../defineLesson';
import { breakableService, deployWith, deploymentsWithFault } from './faultRuns';
import { CASES, checkWhereDidItDieChallenge } from './whereDidItDieChallenge';

const crashFailedAndRolledBack = (s: Snapshot) => deploymentsWithFault(s, 'exit-on-start').some((d) => d.failedAt !== null && d.rolledBackTo !== null);
const k8sDeadlineExceeded = (s: Snapshot) => s.stats.k8sProgressDeadlineExceededAt !== null;
const k8sRolledBack = (s: Snapshot) => s.stats.k8sRolledBackAt !== null;

/** Step 5's question. ecs.md §3 (stopped tasks stay visible "for at least 1 hour"), §5 (stoppedReason, exitCode). */
const WHERE_IS_THE_EXIT_CODE: Question = {
  id: 'where-is-the-exit-code',
  prompt: {
    en: 'On Kubernetes, `kubectl describe pod` shows the container’s Last State: `Terminated`, Exit Code 1. Where does ECS keep that fact?',
    ja: 'Kubernetes では `kubectl describe pod` がコンテナの Last State（`Terminated`、Exit Code 1）を表示します。ECS はこの事実をどこに残していますか？',
  },
  choices: [
    { id: 'events', label: { en: 'In the service events', ja: 'サービスイベント' } },
    { id: 'deployment', label: { en: 'In the deployment’s `rolloutStateReason`', ja: 'デプロイメントの `rolloutStateReason`' } },
    { id: 'task', label: { en: 'In the stopped task: `stoppedReason` and `containers[].exitCode`', ja: '停止したタスク: `stoppedReason` と `containers[].exitCode`' } },
    { id: 'logs', label: { en: 'In CloudWatch Logs', ja: 'CloudWatch Logs' } },
  ],
  answer: 'task',
  explain: {
    en: '`describe-tasks` keeps stopped tasks for a while (at least an hour in real ECS). The task says why it stopped, and each container says how it ended. The events say what the scheduler decided; the logs say what your code said.',
    ja: '`describe-tasks` は停止したタスクをしばらく残しています（実際の ECS では少なくとも 1 時間）。タスクはなぜ止まったかを、各コンテナはどう終わったかを記録しています。イベントはスケジューラの判断を、ログはコードが書いたことを伝えます。',
  },
};

const [caseA, caseB, caseC] = CASES;

export default defineLesson({
  id: 'where-did-it-die',
  number: 10,
  title: { en: 'Where did it die?', ja: 'どこで落ちた？' },
  scenario: breakableService(10),
  steps: [
    {
      // seed §9 (the order to read in); ecs.md §2.2 (threshold: BOUNDED_PERCENT 50, clamped to 3–200: 4 tasks → 3);
      // k8s.md §1.1 (progressDeadlineSeconds defaults to 600).
      text: {
        en: 'Something broke. Where do you look first?\n\nOn Kubernetes you walk down the objects: `kubectl describe deployment`, its ReplicaSets, `kubectl describe pod`, then `kubectl logs`. ECS keeps the same trail in the same order: the service’s events, its deployments, each stopped task’s `stoppedReason`, `stopCode` and exit codes, then CloudWatch Logs. The upper levels record the controller’s decisions, so reading from the top tells you why things happened.\n\nThis service runs 4 tasks whose container has a health check, and its deployment circuit breaker is on, with `rollback`. The breaker fails a deployment when its count of failed tasks reaches a threshold: by default half of `desiredCount`, but at least 3 and at most 200. With 4 tasks, that is 3. The Kubernetes twin has no breaker. It has `progressDeadlineSeconds`, 600 by default.',
        ja: '何かが壊れました。まずどこを見ますか？\n\nKubernetes なら、オブジェクトを上から順にたどります。`kubectl describe deployment`、その ReplicaSet、`kubectl describe pod`、そして `kubectl logs`。ECS も同じ道筋を同じ順で残しています。サービスのイベント、サービスのデプロイメント、停止したタスクの `stoppedReason`・`stopCode`・終了コード、最後に CloudWatch Logs です。上の階層ほどコントローラの判断が記録されているので、上から読めば「なぜそうなったか」が分かります。\n\nこのサービスはタスク 4 個で、コンテナにはヘルスチェックがあり、デプロイメントサーキットブレーカーが `rollback` 付きで有効です。ブレーカーは、失敗したタスクの数がしきい値に達するとデプロイメントを失敗にします。しきい値は既定で `desiredCount` の半分ですが、最小 3、最大 200 です。タスク 4 個なら 3 になります。Kubernetes 側にブレーカーはありません。あるのは `progressDeadlineSeconds`（既定 600 秒）です。',
      },
      highlight: ['events-describe', 'deploymentconfiguration-strategy'],
    },
    {
      // ecs.md §1.6 (min 100: old tasks stay until new ones are healthy); §1.8 (a container that exits at once has
      // already moved the task to RUNNING); §5.2 (`Essential container in task exited`); §2.1 (failedTasks);
      // §2.2 (FAILED at the threshold; rollback to the last completed deployment); §4.1 (the two events).
      // That a task which exits before its first passing health check counts as failed is the app's model
      // (inferred from §2.1 and §2.2 stage 2), as is the order of the events.
      text: {
        en: 'Deploy a revision whose container exits with code 1 the moment it starts, and watch the left side.\n\nECS starts 4 new tasks beside the 4 old ones: `maximumPercent` 200 leaves room, and `minimumHealthyPercent` 100 keeps every old task until a new one is healthy. Each new task does reach `RUNNING` (its container started), then stops with `Essential container in task exited` before its health check ever passed. The deployment’s `failedTasks` counts each one.\n\nAt 3 the circuit breaker marks the deployment `FAILED`, and since `rollback` is on, ECS returns the service to the last deployment that completed. The service events read `deployment failed: tasks failed to start.`, then `rolling back to deployment …`. The old tasks served throughout.',
        ja: '起動した瞬間に終了コード 1 で終わるコンテナのリビジョンをデプロイして、左側を見てください。\n\nECS は古いタスク 4 個を残したまま、新しいタスクを 4 個起動します。`maximumPercent` 200 なら余裕があり、`minimumHealthyPercent` 100 なので、新しいタスクが正常になるまで古いタスクは 1 つも止めません。新しいタスクはいったん `RUNNING` になります（コンテナは起動しています）が、ヘルスチェックに一度も合格しないうちに `Essential container in task exited` で止まります。デプロイメントの `failedTasks` がそのたびに 1 つ増えます。\n\n3 に達するとサーキットブレーカーがデプロイメントを `FAILED` にし、`rollback` が有効なので、ECS はサービスを最後に完了したデプロイメントに戻します。サービスイベントには `deployment failed: tasks failed to start.`、続いて `rolling back to deployment …` が出ます。その間ずっと、古いタスクが応答し続けていました。',
      },
      highlight: ['service-deployment', 'events-describe'],
      action: {
        text: {
          en: 'Deploy the crashing revision, then let the simulation run until the deployment has failed and rolled back.',
          ja: '起動直後に落ちるリビジョンをデプロイし、デプロイメントが失敗してロールバックされるまで進めてください。',
        },
        shortcut: { label: { en: 'Deploy a revision that crashes at start', ja: '起動直後に落ちるリビジョンをデプロイ' }, commands: [deployWith('exit-on-start')] },
      },
      advanceWhen: crashFailedAndRolledBack,
    },
    {
      // k8s.md §4.2 (restart back-off 10 s, 20 s, 40 s … capped at 300 s; CrashLoopBackOff), §4.1 (STATUS is a kubectl
      // display field), §1.8 (Progressing=False ProgressDeadlineExceeded; "Kubernetes takes no action on a stalled
      // Deployment other than to report a status condition"). maxUnavailable 0 % is 100 − minimumHealthyPercent.
      text: {
        en: 'Now the right side, which received the same new revision. Its container exits too, and the kubelet restarts it in place, waiting longer each time: 10 s, 20 s, 40 s …, at most 5 minutes. `kubectl get pods` shows `CrashLoopBackOff` in STATUS, and RESTARTS keeps climbing.\n\nThe Deployment controller has no circuit breaker. With `maxUnavailable` 0 % the old pods keep serving, and the rollout simply stops moving. Once it has made no progress for `progressDeadlineSeconds`, the Deployment’s `Progressing` condition turns `False` with reason `ProgressDeadlineExceeded`, and that is all: Kubernetes reports a stalled rollout, it does not undo it.',
        ja: '次は右側です。こちらにも同じ新しいリビジョンが渡っています。コンテナはやはり終了し、kubelet は同じ Pod の中でコンテナを再起動します。待ち時間は 10 秒、20 秒、40 秒…と延び、最大 5 分です。`kubectl get pods` の STATUS には `CrashLoopBackOff` と出て、RESTARTS が増え続けます。\n\nDeployment コントローラにサーキットブレーカーはありません。`maxUnavailable` 0 % なので古い Pod が応答を続け、ロールアウトはただ止まります。`progressDeadlineSeconds` の間進展がないと、Deployment の `Progressing` 条件が `False`、理由 `ProgressDeadlineExceeded` になります。それだけです。Kubernetes は止まったロールアウトを報告しますが、元には戻しません。',
      },
      highlight: ['service-deployment', 'pod-task'],
      action: {
        text: {
          en: 'Let the simulation run (raise the speed if you like) until the Deployment reports `ProgressDeadlineExceeded`.',
          ja: 'Deployment が `ProgressDeadlineExceeded` を報告するまで進めてください（速度を上げても構いません）。',
        },
      },
      advanceWhen: k8sDeadlineExceeded,
    },
    {
      // k8s.md §1.9 (`kubectl rollout undo`: the default --to-revision=0 picks the second-highest revision; the old
      // ReplicaSet is reused and gets a new, higher revision; printed "rolled back").
      text: {
        en: 'What ECS did by itself, you do by hand on Kubernetes: `kubectl rollout undo deployment/web`. Without `--to-revision` it goes back to the previous revision. No new ReplicaSet is made: the old one is reused and gets a new, higher revision number, and the controller rolls the Deployment back to it like any other rollout.\n\nBoth sides are back on the revision that worked. ECS decided on its own after 3 failed tasks; Kubernetes waited for its deadline, and then for you.',
        ja: 'ECS が自動でしたことを、Kubernetes では手で行います: `kubectl rollout undo deployment/web`。`--to-revision` を付けなければ 1 つ前のリビジョンに戻ります。新しい ReplicaSet は作られず、古い ReplicaSet が再利用されて新しい（より大きい）リビジョン番号を受け取り、コントローラは通常のロールアウトと同じように Deployment をそこへ戻します。\n\nこれで両サイドとも、動いていたリビジョンに戻りました。ECS は失敗したタスク 3 個で自ら判断し、Kubernetes は期限まで待ち、そのあとはあなたの操作を待ちました。',
      },
      highlight: ['service-deployment', 'taskdefinition-podtemplatehash'],
      action: {
        text: { en: 'Run `kubectl rollout undo` with the shortcut.', ja: 'ショートカットで `kubectl rollout undo` を実行してください。' },
        shortcut: { label: { en: 'Run kubectl rollout undo deployment/web', ja: 'kubectl rollout undo deployment/web を実行' }, commands: [{ type: 'rolloutUndo' }] },
      },
      advanceWhen: k8sRolledBack,
    },
    {
      // seed §9 (service events → deployments → stoppedReason / exit code → logs, like Deployment → ReplicaSet → Pod →
      // container); ecs.md §4 (events, newest first), §2.1 (rolloutState, rolloutStateReason, failedTasks),
      // §5.1–5.3 (stoppedReason, stopCode, exitCode, reason); k8s.md §1.8 (conditions), §4.2–4.3 (Last State, BackOff).
      text: {
        en: 'Read the crash the way ECS recorded it, from the top, as you would walk Deployment → ReplicaSet → Pod → container.\n\n1. Service events (`describe-services`, newest first): what the scheduler did and why. Tasks started and stopped, `deployment failed: tasks failed to start.`, `rolling back to deployment …`.\n\n2. Deployments: the failed one keeps `rolloutState` `FAILED`, its `rolloutStateReason` and `failedTasks`. Like ReplicaSets, old and new deployments sit side by side.\n\n3. Tasks (`describe-tasks`): a stopped task keeps its `stoppedReason` (`Essential container in task exited`) and `stopCode` (`EssentialContainerExited`), and each of its containers an `exitCode` (here 1) and sometimes a `reason`.\n\n4. Logs: what the application itself wrote before it exited, in CloudWatch Logs.\n\nKubernetes keeps the same trail: `kubectl describe deployment` (its conditions), `kubectl get rs`, `kubectl describe pod` (the container’s Last State, its exit code, the `BackOff` events), then `kubectl logs`.\n\nThe “Where did it die?” panel lays out both trails side by side: click a stopped task or a pod, in the rollout or in the events, to open its record.',
        ja: 'ECS が記録したとおりに、上から読んでいきましょう。Deployment → ReplicaSet → Pod → コンテナとたどるのと同じです。\n\n1. サービスイベント（`describe-services`、新しい順）: スケジューラが何をなぜしたか。タスクの起動と停止、`deployment failed: tasks failed to start.`、`rolling back to deployment …`。\n\n2. デプロイメント: 失敗したものは `rolloutState` `FAILED`、`rolloutStateReason`、`failedTasks` を残しています。ReplicaSet と同じく、新旧のデプロイメントが並んでいます。\n\n3. タスク（`describe-tasks`）: 停止したタスクには `stoppedReason`（`Essential container in task exited`）と `stopCode`（`EssentialContainerExited`）が、各コンテナには `exitCode`（ここでは 1）と、場合によって `reason` が残ります。\n\n4. ログ: 終了する前にアプリケーション自身が書いたこと。CloudWatch Logs にあります。\n\nKubernetes にも同じ道筋があります。`kubectl describe deployment`（条件）、`kubectl get rs`、`kubectl describe pod`（コンテナの Last State、終了コード、`BackOff` イベント）、そして `kubectl logs` です。\n\n「どこで落ちた？」パネルには、両側の道筋が並んでいます。ロールアウト図やイベントで停止したタスクや Pod をクリックすると、その記録が開きます。',
      },
      highlight: ['events-describe', 'pod-task'],
      questions: [WHERE_IS_THE_EXIT_CODE],
    },
    {
      // The cases and what their panels show: whereDidItDieChallenge.ts (ecs.md §4.1, §5.2–5.3; k8s.md §4.2–4.3).
      text: {
        en: 'Your turn. Three revisions are broken, each in its own way. Deploy one case at a time with its shortcut, let the simulation run until ECS reaches a verdict on that deployment, read the panels from the top, and name the cause. Then the next case.\n\nThe Kubernetes side fails in its own words too: compare them. When all three causes are named, press Check.',
        ja: 'あなたの番です。3 つのリビジョンが、それぞれ別の理由で壊れています。ショートカットで 1 ケースずつデプロイし、ECS がそのデプロイメントに結論を出すまで進め、パネルを上から読んで原因を答えてください。それから次のケースへ進みます。\n\nKubernetes 側もそれぞれの言葉で失敗します。見比べてみてください。3 つの原因を答えたら「確認」を押します。',
      },
      highlight: ['events-describe'],
      action: {
        text: { en: 'Deploy case A, B and C, one at a time.', ja: 'ケース A・B・C を 1 つずつデプロイしてください。' },
        shortcut: { label: { en: 'Deploy case A', ja: 'ケース A をデプロイ' }, commands: [deployWith(caseA.fault)] },
        moreShortcuts: [
          { label: { en: 'Deploy case B', ja: 'ケース B をデプロイ' }, commands: [deployWith(caseB.fault)] },
          { label: { en: 'Deploy case C', ja: 'ケース C をデプロイ' }, commands: [deployWith(caseC.fault)] },
        ],
      },
      challenge: {
        goal: {
          en: 'Deploy all three cases, see each through to ECS’s verdict, and name the cause of each.',
          ja: '3 つのケースをすべてデプロイして ECS の結論まで見届け、それぞれの原因を答えること。',
        },
        questions: CASES.map((c) => c.question),
        check: checkWhereDidItDieChallenge,
        hints: {
          en: [
            'Start at the top of the ECS side: the service events say which deployment failed and when. Then click a stopped task of that revision to open it in the “Where did it die?” panel.',
            'In a stopped task, read `stoppedReason` first, then each container’s `exitCode` and `reason`. An exit code above 128 is 128 plus a signal number: 137 is 128 + 9, SIGKILL. The Kubernetes side names the same failures in the STATUS of `kubectl get pods`.',
            'Nearly the answer: `CannotPullContainerError` means the image; exit code 137 with `OutOfMemoryError` means memory; `failed container health checks` in the events means the health check. On Kubernetes they read `ImagePullBackOff`, `OOMKilled` and `Unhealthy`.',
          ],
          ja: [
            'ECS 側の一番上から始めましょう。サービスイベントに、どのデプロイメントがいつ失敗したかが書かれています。そのあと、そのリビジョンの停止したタスクをクリックして、「どこで落ちた？」パネルで開きます。',
            '停止したタスクでは、まず `stoppedReason` を、次に各コンテナの `exitCode` と `reason` を読みます。128 を超える終了コードは 128 + シグナル番号です。137 は 128 + 9、SIGKILL です。Kubernetes 側は同じ失敗を `kubectl get pods` の STATUS で示します。',
            'ほぼ答えです。`CannotPullContainerError` はイメージ、終了コード 137 と `OutOfMemoryError` はメモリ、イベントの `failed container health checks` はヘルスチェックです。Kubernetes ではそれぞれ `ImagePullBackOff`、`OOMKilled`、`Unhealthy` と表示されます。',
          ],
        },
      },
    },
  ],
});
