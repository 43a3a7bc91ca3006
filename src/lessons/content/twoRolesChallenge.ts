// Lesson 9's questions and the check of its challenge, "fix a task that cannot start and an app
// that cannot read S3", judged over the whole run:
// - the execution-role failure was seen: a deployment of a revision that simulates
//   missing-execution-role-permission was marked FAILED, or one of its tasks stopped with
//   TaskFailedToStart (reference/ecs.md §9: the task never starts);
// - the task-role failure was seen: the same for missing-task-role-permission and
//   EssentialContainerExited (§9: the task runs, the application is refused and exits);
// - the learner named the role each failure needs fixed (questions of steps 2 and 3);
// - then the fix: a revision without any fault, registered after both broken ones (so neither
//   the first revision nor a rollback to it counts), was deployed after both failures had shown
//   and its deployment COMPLETED. In the app that revision stands for the repaired roles.

import type { Fault, Snapshot, StopCode } from '../../sim';
import type { Answers, ChallengeResult, Choice, Localized, Question } from '../defineLesson';
import { answeredRight, deploymentsWithFault, failureSeenAt, revisionNumber } from './faultRuns';

const ROLE_CHOICES = [
  { id: 'execution-role', label: { en: 'The task execution role (`ecsTaskExecutionRole`)', ja: 'タスク実行ロール（`ecsTaskExecutionRole`）' } },
  { id: 'task-role', label: { en: 'The task role (`webTaskRole`)', ja: 'タスクロール（`webTaskRole`）' } },
  { id: 'no-role', label: { en: 'No role: the secret or the object does not exist', ja: 'ロールではない: シークレットやオブジェクトが存在しない' } },
] as const satisfies readonly Choice[];

/** Step 2's question. The facts: reference/ecs.md §9 (secrets are fetched with the execution role; kms:Decrypt only with a custom key). */
export const EXECUTION_ROLE_QUESTION: Question = {
  id: 'which-role-secret',
  prompt: { en: 'Which role needs `secretsmanager:GetSecretValue`?', ja: '`secretsmanager:GetSecretValue` が必要なのはどのロールですか？' },
  choices: ROLE_CHOICES,
  answer: 'execution-role',
  explain: {
    en: 'The refused identity in the `stoppedReason` is `ecsTaskExecutionRole`, and the call came before any container ran: ECS fetches `secrets` for the task with the execution role. Attach `secretsmanager:GetSecretValue` to it (and `kms:Decrypt` if the secret uses a custom KMS key). The error is a refusal that names a role (`AccessDeniedException`), not a missing secret.',
    ja: '`stoppedReason` で拒否された身元は `ecsTaskExecutionRole` で、呼び出しはコンテナが 1 つも動く前に起きています。ECS はタスクの `secrets` を実行ロールで取得するからです。実行ロールに `secretsmanager:GetSecretValue` を付けます（シークレットがカスタム KMS キーを使うなら `kms:Decrypt` も）。エラーはロールを名指しした拒否（`AccessDeniedException`）で、シークレットが見つからないという内容ではありません。',
  },
};

/** Step 3's question. The facts: reference/ecs.md §9 (the task role is assumed by the containers; AccessDenied only in the app's logs). */
export const TASK_ROLE_QUESTION: Question = {
  id: 'which-role-s3',
  prompt: { en: 'Which role needs `s3:GetObject`?', ja: '`s3:GetObject` が必要なのはどのロールですか？' },
  choices: ROLE_CHOICES,
  answer: 'task-role',
  explain: {
    en: 'The refused call came from your code, after the task was `RUNNING`, as `webTaskRole`: the permission belongs on the task role. Adding it to the execution role would change nothing, because that role works for ECS’s agent, not for your code.',
    ja: '拒否された呼び出しは、タスクが `RUNNING` になったあとにコードから `webTaskRole` として行われました。権限を付けるのはタスクロールです。実行ロールに付けても何も変わりません。実行ロールは ECS のエージェントのためのもので、コードのためのものではないからです。',
  },
};

/** Step 4's question. The pairing is the article's (seed §8); without IRSA a pod calls AWS as the node's role (the app's model, sim/faults/applicationLogs.ts). */
export const IRSA_QUESTION: Question = {
  id: 'task-role-on-eks',
  prompt: { en: 'On EKS, what gives one application its own AWS permissions, the way a task role does?', ja: 'EKS で、タスクロールのようにアプリケーションごとの AWS 権限を与えるのはどれですか？' },
  choices: [
    { id: 'node-role', label: { en: 'The node’s IAM role', ja: 'ノードの IAM ロール' } },
    { id: 'irsa', label: { en: 'Its ServiceAccount, through IRSA', ja: 'IRSA を通じた ServiceAccount' } },
    { id: 'kubeconfig', label: { en: 'The kubeconfig of whoever deployed it', ja: 'デプロイした人の kubeconfig' } },
  ],
  answer: 'irsa',
  explain: {
    en: 'ServiceAccount + IRSA is the task role’s counterpart: one application, one role. The node’s role is shared by every pod on that node, and a kubeconfig is a person’s access to the cluster, not the application’s access to AWS.',
    ja: 'ServiceAccount + IRSA がタスクロールに相当します。1 つのアプリケーションに 1 つのロールです。ノードのロールはそのノード上のすべての Pod で共有され、kubeconfig は人がクラスタを操作するためのもので、アプリケーションが AWS を呼ぶためのものではありません。',
  },
};

interface Failure {
  /** The role the fault takes a permission from, as the messages name it. */
  role: Localized;
  fault: Fault;
  stopCode: StopCode;
  question: Question;
  /** The step (as the learner counts, from 1) that deploys it and asks its question. */
  step: number;
}

export const EXECUTION_ROLE_FAILURE: Failure = {
  role: { en: 'the execution role', ja: '実行ロール' },
  fault: 'missing-execution-role-permission',
  stopCode: 'TaskFailedToStart',
  question: EXECUTION_ROLE_QUESTION,
  step: 2,
};

export const TASK_ROLE_FAILURE: Failure = {
  role: { en: 'the task role', ja: 'タスクロール' },
  fault: 'missing-task-role-permission',
  stopCode: 'EssentialContainerExited',
  question: TASK_ROLE_QUESTION,
  step: 3,
};

const fail = (reason: Localized): ChallengeResult => ({ passed: false, reason });

/** Why the run does not (yet) show `failure`, or null when it does. */
function notSeen(s: Snapshot, failure: Failure): ChallengeResult | null {
  const { role } = failure;
  if (deploymentsWithFault(s, failure.fault).length === 0) {
    return fail({
      en: `You have not broken ${role.en} yet. Go back to step ${failure.step} and deploy its revision.`,
      ja: `まだ${role.ja}を壊していません。ステップ ${failure.step} に戻って、そのリビジョンをデプロイしてください。`,
    });
  }
  if (failureSeenAt(s, failure.fault, failure.stopCode) === null) {
    return fail({
      en: `The revision that breaks ${role.en} has not failed yet. Let the simulation run until its tasks stop with \`${failure.stopCode}\`.`,
      ja: `${role.ja}を壊したリビジョンはまだ失敗していません。タスクが \`${failure.stopCode}\` で止まるまで進めてください。`,
    });
  }
  return null;
}

function wronglyNamed(answers: Answers, failure: Failure): ChallengeResult | null {
  if (answers[failure.question.id] === undefined) {
    return fail({
      en: `Step ${failure.step} asks which role needs fixing. Go back and answer it.`,
      ja: `ステップ ${failure.step} では、どのロールを直すべきかを聞いています。戻って答えてください。`,
    });
  }
  if (!answeredRight(answers, failure.question)) {
    return fail({
      en: `Your answer in step ${failure.step} names a role that would not fix it. Read who was refused: the identity is in the error message.`,
      ja: `ステップ ${failure.step} の答えのロールでは直りません。拒否されたのが誰かを読んでください。身元はエラーメッセージの中にあります。`,
    });
  }
  return null;
}

export function checkTwoRolesChallenge(s: Snapshot, answers: Answers): ChallengeResult {
  const failures = [EXECUTION_ROLE_FAILURE, TASK_ROLE_FAILURE];
  for (const failure of failures) {
    const reason = notSeen(s, failure) ?? wronglyNamed(answers, failure);
    if (reason !== null) return reason;
  }

  const seenBy = Math.max(...failures.map((f) => failureSeenAt(s, f.fault, f.stopCode) ?? Infinity));
  const brokenRevision = Math.max(...failures.flatMap((f) => deploymentsWithFault(s, f.fault).map((d) => revisionNumber(s, d.taskDefinitionArn))));
  const fixes = deploymentsWithFault(s, 'healthy').filter((d) => revisionNumber(s, d.taskDefinitionArn) > brokenRevision && d.createdAt >= seenBy);
  const fixed = fixes.find((d) => d.completedAt !== null);
  if (fixed === undefined) {
    return fixes.length === 0
      ? fail({
          en: 'Both failures seen and both roles named. Now deploy the fixed revision with this step’s shortcut.',
          ja: '2 つの失敗を見届け、ロールも正しく答えました。最後に、このステップのショートカットで修正したリビジョンをデプロイしてください。',
        })
      : fail({
          en: 'The fixed revision is deploying. Let the simulation run until its deployment is `COMPLETED`, then check again.',
          ja: '修正したリビジョンをデプロイ中です。デプロイメントが `COMPLETED` になるまで進めてから、もう一度確認してください。',
        });
  }
  return {
    passed: true,
    reason: {
      en: 'Fixed. The execution role starts the task — image, logs, secrets — so its failures stop the task before it runs (`TaskFailedToStart`). The task role is your application’s, so its failures show up only in the application’s log, after the task is `RUNNING`.',
      ja: '直りました。実行ロールはタスクを起動するためのもの（イメージ、ログ、シークレット）なので、その失敗はタスクが動く前に止めます（`TaskFailedToStart`）。タスクロールはアプリケーションのものなので、その失敗はタスクが `RUNNING` になったあと、アプリケーションのログにだけ現れます。',
    },
  };
}
