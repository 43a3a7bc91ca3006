// The challenge of lesson 7, "Who runs it?": three failures on EC2, each deployed by its own
// shortcut, and for each the learner names where each side lets you look. Judged over the whole run:
// - the run is on EC2 (the service's launchType; a run is one launch type, since changing it
//   recreates the service), so there is a container instance with an ECS agent to look at;
// - each case was deployed and really failed the way it should: a deployment of its revision was
//   marked FAILED, or one of its tasks stopped with the case's stop code (faultRuns.ts);
// - the learner's answer for each case is right.
// The facts behind the answers: reference/ecs.md §4.2 (`Please check logs at /var/log/ecs/ecs-agent.log`),
// §5.2 (CannotPullContainerError and OutOfMemoryError come from the agent), §5.3 (137 = 128 + 9),
// §9 (`awslogs`); k8s.md §4.2 (OOMKilled), §4.3 (the kubelet's Failed / BackOff events);
// `kubectl logs -p, --previous` "print the logs for the previous instance of the container"
// (kubernetes.io, kubectl logs reference); seed §6 (Fargate hides the node side).

import type { Fault, Snapshot, StopCode } from '../../sim';
import type { Answers, ChallengeResult, Localized, Question } from '../defineLesson';
import { deploymentsWithFault, failureSeenAt, listOf } from './faultRuns';

export interface WhereToLookCase {
  name: 'A' | 'B' | 'C';
  fault: Fault;
  stopCode: StopCode;
  question: Question;
}

export const WHO_RUNS_IT_CASES: readonly WhereToLookCase[] = [
  {
    name: 'A',
    fault: 'image-pull-error',
    stopCode: 'TaskFailedToStart',
    question: {
      id: 'look-image-pull',
      prompt: {
        en: 'Case A: the image cannot be pulled, so no container ever ran. Besides the task’s `stoppedReason`, where can you look on each side?',
        ja: 'ケース A: イメージを pull できず、コンテナは 1 つも動いていません。タスクの `stoppedReason` のほかに、それぞれの側でどこを見られますか？',
      },
      choices: [
        {
          id: 'agent-and-kubelet',
          label: {
            en: 'ECS on EC2: the ECS agent’s log on the instance that `containerInstanceArn` names. Kubernetes: the kubelet’s events in `kubectl describe pod`.',
            ja: 'EC2 上の ECS: `containerInstanceArn` が示すインスタンス上の ECS エージェントのログ。Kubernetes: `kubectl describe pod` に出る kubelet のイベント。',
          },
        },
        {
          id: 'app-logs',
          label: { en: 'ECS: the application’s log in CloudWatch Logs. Kubernetes: `kubectl logs`.', ja: 'ECS: CloudWatch Logs のアプリケーションログ。Kubernetes: `kubectl logs`。' },
        },
        {
          id: 'nowhere',
          label: { en: 'ECS: nowhere, EC2 shows no more than Fargate. Kubernetes: only `kubectl get pods`.', ja: 'ECS: どこにもない。EC2 でも Fargate と同じだけしか見えない。Kubernetes: `kubectl get pods` だけ。' },
        },
      ],
      answer: 'agent-and-kubelet',
      explain: {
        en: 'The pull is the node agent’s job, so the node agent has the details. On EC2 that is the ECS agent on the instance `containerInstanceArn` points to; its log is `/var/log/ecs/ecs-agent.log`. On Kubernetes the kubelet reports it as `Failed` and `BackOff` events on the pod. No application ran, so there is no application log at all; on Fargate the `stoppedReason` and the service events are all you get.',
        ja: 'pull はノードのエージェントの仕事なので、詳しいことはエージェントが知っています。EC2 では `containerInstanceArn` が示すインスタンス上の ECS エージェントで、ログは `/var/log/ecs/ecs-agent.log` です。Kubernetes では kubelet が Pod の `Failed` と `BackOff` イベントとして報告します。アプリケーションは動いていないので、アプリケーションのログはありません。Fargate なら、見られるのは `stoppedReason` とサービスイベントだけです。',
      },
    },
  },
  {
    name: 'B',
    fault: 'exit-on-start',
    stopCode: 'EssentialContainerExited',
    question: {
      id: 'look-exit-on-start',
      prompt: {
        en: 'Case B: the application exits at start with code 1. Where does each side keep the application’s own words?',
        ja: 'ケース B: アプリケーションが起動直後に終了コード 1 で終わります。アプリケーション自身の言葉は、それぞれの側のどこに残りますか？',
      },
      choices: [
        {
          id: 'agent-and-journal',
          label: { en: 'ECS: the ECS agent’s log on the instance. Kubernetes: the kubelet’s log on the node.', ja: 'ECS: インスタンス上の ECS エージェントのログ。Kubernetes: ノード上の kubelet のログ。' },
        },
        {
          id: 'app-logs',
          label: {
            en: 'ECS: CloudWatch Logs through `awslogs`, the same on EC2 and Fargate. Kubernetes: `kubectl logs --previous`.',
            ja: 'ECS: `awslogs` で送った CloudWatch Logs。EC2 でも Fargate でも同じ。Kubernetes: `kubectl logs --previous`。',
          },
        },
        {
          id: 'events-only',
          label: { en: 'ECS: only the service events. Kubernetes: only `kubectl get events`.', ja: 'ECS: サービスイベントだけ。Kubernetes: `kubectl get events` だけ。' },
        },
      ],
      answer: 'app-logs',
      explain: {
        en: 'What the application printed goes where its log driver sends it: with `awslogs`, to CloudWatch Logs, whichever launch type ran it. The agents only saw a container exit with code 1. On Kubernetes the container has already restarted, so `kubectl logs --previous` shows the run that failed.',
        ja: 'アプリケーションが出力したものは、ログドライバーの送り先に届きます。`awslogs` なら、起動タイプに関係なく CloudWatch Logs です。エージェントが見たのは、コンテナが終了コード 1 で終わったことだけです。Kubernetes ではコンテナがすでに再起動しているので、失敗した回の出力は `kubectl logs --previous` で見ます。',
      },
    },
  },
  {
    name: 'C',
    fault: 'oom',
    stopCode: 'EssentialContainerExited',
    question: {
      id: 'look-oom',
      prompt: {
        en: 'Case C: the container was killed for using too much memory. Where does each side record the kill, in a place Fargate would show as well?',
        ja: 'ケース C: コンテナがメモリを使いすぎて強制終了されました。それぞれの側はどこにそれを記録しますか？Fargate でも見られる場所で答えてください。',
      },
      choices: [
        {
          id: 'instance-logs',
          label: { en: 'ECS: the ECS agent’s log on the instance. Kubernetes: the node’s kernel log.', ja: 'ECS: インスタンス上の ECS エージェントのログ。Kubernetes: ノードのカーネルログ。' },
        },
        {
          id: 'last-log-line',
          label: { en: 'ECS: the application’s last log line. Kubernetes: `kubectl logs`.', ja: 'ECS: アプリケーションログの最後の行。Kubernetes: `kubectl logs`。' },
        },
        {
          id: 'container-record',
          label: {
            en: 'ECS: the container’s `reason` and `exitCode` 137 in `describe-tasks`. Kubernetes: `OOMKilled` in the container’s Last State.',
            ja: 'ECS: `describe-tasks` のコンテナの `reason` と `exitCode` 137。Kubernetes: コンテナの Last State の `OOMKilled`。',
          },
        },
      ],
      answer: 'container-record',
      explain: {
        en: 'The kill is recorded with the container: `OutOfMemoryError: Container killed due to memory usage` and exit code 137 (128 + 9, SIGKILL) in `describe-tasks`, on EC2 and on Fargate alike; `OOMKilled` in `kubectl describe pod`. The application cannot log its own kill: its log just stops. An instance to log in to exists only on EC2.',
        ja: '強制終了はコンテナの記録に残ります。`describe-tasks` の `OutOfMemoryError: Container killed due to memory usage` と終了コード 137（128 + 9、SIGKILL）で、EC2 でも Fargate でも同じです。Kubernetes では `kubectl describe pod` の `OOMKilled` です。アプリケーションは自分が殺されたことをログに書けず、ログはそこで途切れるだけです。ログインできるインスタンスがあるのは EC2 のときだけです。',
      },
    },
  },
];

const fail = (reason: Localized): ChallengeResult => ({ passed: false, reason });

const names = (cases: readonly WhereToLookCase[]) => {
  const list = cases.map((c) => c.name);
  return { en: listOf(list, 'en'), ja: listOf(list, 'ja'), many: list.length > 1 };
};

export function checkWhoRunsItChallenge(s: Snapshot, answers: Answers): ChallengeResult {
  if (s.scenario.service.launchType !== 'EC2') {
    return fail({
      en: 'The cases run on EC2, and the service is not on EC2 now. Go back one step and move the service back to EC2, then deploy the cases.',
      ja: 'ケースは EC2 で動かします。いまサービスは EC2 ではありません。1 つ前のステップに戻ってサービスを EC2 に戻してから、ケースをデプロイしてください。',
    });
  }
  const notDeployed = WHO_RUNS_IT_CASES.filter((c) => deploymentsWithFault(s, c.fault).length === 0);
  if (notDeployed.length > 0) {
    const n = names(notDeployed);
    return fail({
      en: `Case ${n.en} ${n.many ? 'have' : 'has'} not been deployed on EC2 yet. Use ${n.many ? 'their shortcuts' : 'its shortcut'}, one case at a time.`,
      ja: `ケース ${n.ja} はまだ EC2 でデプロイされていません。ショートカットで 1 つずつデプロイしてください。`,
    });
  }
  const notFailed = WHO_RUNS_IT_CASES.filter((c) => failureSeenAt(s, c.fault, c.stopCode) === null);
  if (notFailed.length > 0) {
    const n = names(notFailed);
    return fail({
      en: `Case ${n.en} ${n.many ? 'have' : 'has'} not failed yet. Let the simulation run until ${n.many ? 'their' : 'its'} tasks stop, and read them before you answer.`,
      ja: `ケース ${n.ja} はまだ失敗していません。タスクが止まるまで進め、その記録を読んでから答えてください。`,
    });
  }
  const unanswered = WHO_RUNS_IT_CASES.filter((c) => answers[c.question.id] === undefined);
  if (unanswered.length > 0) {
    const n = names(unanswered);
    return fail({ en: `All three cases failed on EC2. Now answer for case ${n.en}.`, ja: `3 つのケースはすべて EC2 で失敗しました。ケース ${n.ja} の質問に答えてください。` });
  }
  const wrong = WHO_RUNS_IT_CASES.filter((c) => answers[c.question.id] !== c.question.answer);
  if (wrong.length > 0) {
    const n = names(wrong);
    return fail({
      en: `Your answer for case ${n.en} points to a place that does not hold ${n.many ? 'those failures' : 'that failure'}. Ask who noticed it first: the node agent, the application, or the kernel that killed the container.`,
      ja: `ケース ${n.ja} の答えは、その失敗が記録されない場所を指しています。最初に気づいたのが誰かを考えてください。ノードのエージェントか、アプリケーションか、コンテナを止めたカーネルか。`,
    });
  }
  return {
    passed: true,
    reason: {
      en: 'All three right. Who noticed the failure decides where it is written: the agent (image pull) in its own log and the task’s `stoppedReason`, the application (exit 1) in its log, the kernel (out of memory) in the container’s exit record. Only the agent’s log needs an instance of your own; Fargate keeps the other two just the same.',
      ja: '3 つとも正解です。失敗に誰が気づいたかで、記録される場所が決まります。エージェント（イメージの pull）なら自分のログとタスクの `stoppedReason`、アプリケーション（終了コード 1）ならそのログ、カーネル（メモリ不足）ならコンテナの終了記録です。自分のインスタンスが必要なのはエージェントのログだけで、残りの 2 つは Fargate でも同じように残ります。',
    },
  };
}
