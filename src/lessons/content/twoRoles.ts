// Lesson 9, "Two roles" (shared/CURRICULUM.md; the article's §8). The learner leaves knowing
// that the task execution role starts the task (image pull, logs, secrets) and the task role is
// the application's; they break each, read where the failure shows up, name the role, and fix it.
// Facts: shared/reference/ecs.md §9 (the two roles and their failure symptoms), §5.2–5.3 (stop
// reasons, stop codes, exit codes), §1.8 (ECS never stops retrying), §2.2 (circuit breaker);
// k8s.md §4.2 (CrashLoopBackOff); the pairing with the node role and ServiceAccount + IRSA is
// the article's (seed §8).

import type { Snapshot } from '../../sim';
import { defineLesson } from '../defineLesson';
import { breakableService, deployWith, failureSeenAt } from './faultRuns';
import {
  checkTwoRolesChallenge,
  EXECUTION_ROLE_FAILURE,
  EXECUTION_ROLE_QUESTION,
  IRSA_QUESTION,
  TASK_ROLE_FAILURE,
  TASK_ROLE_QUESTION,
} from './twoRolesChallenge';

const executionRoleFailed = (s: Snapshot) => failureSeenAt(s, EXECUTION_ROLE_FAILURE.fault, EXECUTION_ROLE_FAILURE.stopCode) !== null;
const taskRoleFailed = (s: Snapshot) => failureSeenAt(s, TASK_ROLE_FAILURE.fault, TASK_ROLE_FAILURE.stopCode) !== null;

export default defineLesson({
  id: 'two-roles',
  number: 9,
  title: { en: 'Two roles', ja: '2 つのロール' },
  scenario: breakableService(9),
  steps: [
    {
      // ecs.md §9 (who uses each role, typical needs); seed §8 (node role ↔ execution role, ServiceAccount + IRSA ↔ task role).
      text: {
        en: 'A task definition names two IAM roles, and they work for different parties.\n\nThe task execution role (`executionRoleArn`, here `ecsTaskExecutionRole`) works for ECS. The ECS agent, or Fargate, uses it to start your task: to pull the image from a private ECR repository, to send the container’s output to CloudWatch Logs with `awslogs`, and to fetch the `secrets` the task definition injects from Secrets Manager or SSM Parameter Store.\n\nThe task role (`taskRoleArn`, here `webTaskRole`) works for your application. The containers receive its credentials, and every AWS call your code makes (S3, DynamoDB, SQS …) runs as this role.\n\nKubernetes splits the work the same way. Starting containers is the node’s job, done with the node’s IAM role; the application’s own AWS identity comes from its ServiceAccount, through IRSA.',
        ja: 'タスク定義には IAM ロールが 2 つあり、それぞれ別の相手のために働きます。\n\nタスク実行ロール（`executionRoleArn`、ここでは `ecsTaskExecutionRole`）は ECS のためのロールです。ECS エージェント（または Fargate）がタスクを起動するときに使います。プライベートな ECR リポジトリからのイメージの pull、`awslogs` による CloudWatch Logs へのログ送信、タスク定義が注入する `secrets` の Secrets Manager・SSM パラメータストアからの取得がその仕事です。\n\nタスクロール（`taskRoleArn`、ここでは `webTaskRole`）はアプリケーションのためのロールです。コンテナはこのロールの認証情報を受け取り、コードが呼ぶ AWS API（S3、DynamoDB、SQS など）はすべてこのロールとして実行されます。\n\nKubernetes でも分担は同じです。コンテナの起動はノードの仕事で、ノードの IAM ロールで行われます。アプリケーション自身の AWS での身元は、IRSA を通じて ServiceAccount から得ます。',
      },
      highlight: ['roles-serviceaccount'],
    },
    {
      // ecs.md §9 "Failure symptoms" (ResourceInitializationError … ecsTaskExecutionRole … secretsmanager:GetSecretValue);
      // §5.2 (TaskFailedToStart, inferred there); §5.3 (exitCode null when no container started);
      // §2.2 stage 1 and §9 (tasks that never reach RUNNING count toward the circuit breaker). The twin: the node
      // role as the kubelet's credentials for ECR pulls, refused with 403 Forbidden, is the app's model
      // (sim/k8s/imagePullErrors.ts, inferred there); ErrImagePull / ImagePullBackOff: k8s.md §4.2.
      text: {
        en: 'Break the execution role first. The next revision stands for a task definition that injects a secret from Secrets Manager while its execution role is not allowed `secretsmanager:GetSecretValue`. Deploy it, then open one of the new tasks.\n\nThe task never reaches `RUNNING`. ECS fetches secrets while it prepares the task, before any container starts, and that fetch was refused. The `stoppedReason` begins `ResourceInitializationError: unable to pull secrets or registry auth`, and further on it names who was refused: `assumed-role/ecsTaskExecutionRole/…` is not authorized to perform `secretsmanager:GetSecretValue`. The stop code is `TaskFailedToStart`. No container has an exit code, and there are no application logs: the application never ran.\n\nTasks that never reach `RUNNING` are exactly what the circuit breaker counts, so this deployment fails and rolls back.\n\nKubernetes has no execution role. In the twin, its closest counterpart, the node’s IAM role, is what the kubelet uses to pull the image from ECR, and it is refused there: the registry answers `403 Forbidden`, and the pod waits in `ErrImagePull`, then `ImagePullBackOff`. Different step, same lesson: the failure comes before your code runs.',
        ja: 'まず実行ロールを壊します。次のリビジョンは、Secrets Manager のシークレットを注入するのに、実行ロールに `secretsmanager:GetSecretValue` が許可されていないタスク定義を表します。デプロイして、新しいタスクを 1 つ開いてください。\n\nタスクは `RUNNING` になりません。ECS はコンテナを起動する前、タスクの準備中にシークレットを取得しますが、それが拒否されたからです。`stoppedReason` は `ResourceInitializationError: unable to pull secrets or registry auth` で始まり、その先に拒否された身元が書かれています: `assumed-role/ecsTaskExecutionRole/…` is not authorized to perform `secretsmanager:GetSecretValue`。停止コードは `TaskFailedToStart` です。どのコンテナにも終了コードはなく、アプリケーションのログもありません。アプリケーションは一度も動いていないのです。\n\n`RUNNING` に届かないタスクは、まさにサーキットブレーカーが数えるものです。このデプロイは失敗し、ロールバックされます。\n\nKubernetes には実行ロールがありません。右側では、いちばん近い役割のノードの IAM ロールを kubelet が ECR からのイメージ pull に使い、そこで拒否されます。レジストリは `403 Forbidden` を返し、Pod は `ErrImagePull`、続いて `ImagePullBackOff` で待ち続けます。止まる段階は違っても、教訓は同じです。失敗はコードが動く前に起きています。',
      },
      highlight: ['roles-serviceaccount', 'events-describe'],
      action: {
        text: {
          en: 'Deploy the revision, let the simulation run until its tasks have stopped, and answer the question.',
          ja: 'リビジョンをデプロイし、タスクが止まるまで進めてから、質問に答えてください。',
        },
        shortcut: {
          label: { en: 'Deploy: execution role without secretsmanager:GetSecretValue', ja: 'デプロイ: 実行ロールに secretsmanager:GetSecretValue がない' },
          commands: [deployWith(EXECUTION_ROLE_FAILURE.fault)],
        },
      },
      questions: [EXECUTION_ROLE_QUESTION],
      advanceWhen: executionRoleFailed,
    },
    {
      // ecs.md §9 "Task role missing permission" (RUNNING, AccessDenied only in the app's logs; exit 1 inferred
      // there); §5.2 (`Essential container in task exited` / EssentialContainerExited); k8s.md §4.2 (CrashLoopBackOff).
      // Without IRSA a pod's SDK calls run as the node's role: the app's model (sim/faults/applicationLogs.ts).
      text: {
        en: 'Now the other role. In this revision the secret works again, but the application reads an object from S3 when it starts, and the task role is not allowed `s3:GetObject`. Deploy it.\n\nThis time everything ECS does succeeds: image pulled, secret fetched, container started, task `RUNNING`. Then the application’s AWS SDK calls S3 with the task role’s credentials and is refused. ECS never sees that call; the refusal goes to your code, which logs `AccessDenied` and exits with code 1. The task stops with `Essential container in task exited` (`EssentialContainerExited`, exit code 1), and only the application’s log says why, with the task role’s name in the error.\n\nThe twin pod runs the same image and makes the same call. It has no IRSA, so its SDK calls as the node’s role, is refused as well, and the pod ends in `CrashLoopBackOff`.',
        ja: '次はもう一方のロールです。このリビジョンではシークレットは元どおり取得できますが、アプリケーションが起動時に S3 からオブジェクトを読み、タスクロールには `s3:GetObject` が許可されていません。デプロイしてください。\n\n今度は ECS の仕事はすべて成功します。イメージの pull、シークレットの取得、コンテナの起動、そしてタスクは `RUNNING` です。そのあとアプリケーションの AWS SDK がタスクロールの認証情報で S3 を呼び、拒否されます。ECS はこの呼び出しを見ていません。拒否を受け取るのはコードで、`AccessDenied` をログに書いて終了コード 1 で終わります。タスクは `Essential container in task exited`（`EssentialContainerExited`、終了コード 1）で止まり、理由が分かるのはアプリケーションのログだけです。エラーにはタスクロールの名前が出ています。\n\n右側の Pod も同じイメージで同じ呼び出しをします。IRSA がないので SDK はノードのロールとして呼び出し、やはり拒否されて、Pod は `CrashLoopBackOff` になります。',
      },
      highlight: ['roles-serviceaccount', 'events-describe'],
      action: {
        text: {
          en: 'Deploy the revision, let the simulation run until a task has stopped, read the application’s log, and answer the question.',
          ja: 'リビジョンをデプロイし、タスクが止まるまで進めてから、アプリケーションのログを読んで質問に答えてください。',
        },
        shortcut: {
          label: { en: 'Deploy: task role without s3:GetObject', ja: 'デプロイ: タスクロールに s3:GetObject がない' },
          commands: [deployWith(TASK_ROLE_FAILURE.fault)],
        },
      },
      questions: [TASK_ROLE_QUESTION],
      advanceWhen: taskRoleFailed,
    },
    {
      // seed §8 (the pairing); ecs.md §9 (task-role credentials replace the instance's: "they no longer inherit
      // any IAM permissions from the Amazon EC2 or external instance"); pods without IRSA: the app's model.
      text: {
        en: 'The article’s dictionary pairs the roles like this: the execution role with the node’s IAM role, which starts things on the node without anyone naming it in a manifest; the task role with a ServiceAccount plus IRSA, the application’s own identity.\n\nOne difference to remember. An ECS task with a task role gets that role’s credentials, not those of the instance it runs on. A pod without IRSA calls AWS as the node’s role, which every pod on that node shares. IRSA is what gives one application one role, as `taskRoleArn` does.',
        ja: '記事の対応表では、ロールは次のように対応します。実行ロールはノードの IAM ロールに対応し、マニフェストで誰も名前を書かなくてもノード上で物事を起動します。タスクロールは ServiceAccount + IRSA に対応し、アプリケーション自身の身元です。\n\n覚えておきたい違いが 1 つあります。タスクロールを持つ ECS のタスクは、そのロールの認証情報を受け取り、動いているインスタンスの権限は使いません。IRSA のない Pod はノードのロールとして AWS を呼び、そのロールはノード上のすべての Pod で共有されます。`taskRoleArn` のように 1 つのアプリケーションに 1 つのロールを与えるのが IRSA です。',
      },
      highlight: ['roles-serviceaccount'],
      questions: [IRSA_QUESTION],
    },
    {
      // ecs.md §9 (the fix is on the role); §1.8 ("Amazon ECS doesn't ever stop a failing service from retrying");
      // §2.2 (rollback to the last completed deployment); §10.1 (`update-service --force-new-deployment`);
      // §4.1 (`deployment completed.`).
      text: {
        en: 'Time to fix both. In real life the fix is an IAM change, not a new task definition: attach `secretsmanager:GetSecretValue` to the execution role and `s3:GetObject` to the task role. The role ARNs in the task definition stay as they are.\n\nECS picks up the change the next time it starts a task. Without a circuit breaker it would still be trying, because Amazon ECS never stops a failing service from retrying. Here the breaker rolled both deployments back, so you would deploy the revision again; when the service already points at the revision you want, `aws ecs update-service --force-new-deployment` starts a fresh deployment of it.\n\nThis simulation has no IAM policies to edit, so a revision without any fault stands for the repaired roles. Deploy it, let it complete, then press Check.',
        ja: '両方を直しましょう。実際の修正は IAM の変更で、新しいタスク定義ではありません。実行ロールに `secretsmanager:GetSecretValue` を、タスクロールに `s3:GetObject` を付けます。タスク定義のロール ARN はそのままです。\n\nECS は次にタスクを起動するときに変更を反映します。サーキットブレーカーがなければ、ECS はまだ再試行を続けているはずです。Amazon ECS は失敗しているサービスの再試行を決してやめないからです。ここではブレーカーが 2 つのデプロイをロールバックしたので、リビジョンをもう一度デプロイすることになります。サービスがすでに目的のリビジョンを指しているなら、`aws ecs update-service --force-new-deployment` でそのリビジョンの新しいデプロイを始められます。\n\nこのシミュレーションには編集できる IAM ポリシーがないので、障害のないリビジョンを「直したロール」の代わりとします。デプロイして完了させてから、「確認」を押してください。',
      },
      highlight: ['roles-serviceaccount'],
      action: {
        text: { en: 'Deploy the fixed revision and let its deployment complete.', ja: '修正したリビジョンをデプロイし、完了させてください。' },
        shortcut: { label: { en: 'Deploy the fixed revision', ja: '修正したリビジョンをデプロイ' }, commands: [deployWith('healthy')] },
      },
      challenge: {
        goal: {
          en: 'See both failures, name the role each one needs fixed, then deploy a revision without faults to completion after both.',
          ja: '2 つの失敗を見届け、それぞれ直すべきロールを答え、そのあとで障害のないリビジョンのデプロイを完了させること。',
        },
        check: checkTwoRolesChallenge,
        hints: {
          en: [
            'The check reads the whole run: the two broken deployments of steps 2 and 3, your answers there, and a later deployment that completes.',
            'If an answer is wrong, go back a step and read who was refused: `ecsTaskExecutionRole` appears in the task’s `stoppedReason`, `webTaskRole` in the application’s log.',
            'Use this step’s shortcut: it registers a revision without a fault. Let the simulation run until the service events say `deployment completed.`, then press Check.',
          ],
          ja: [
            '確認は実行全体を見ます。ステップ 2 と 3 の壊れたデプロイ、そこでのあなたの答え、そしてそのあとに完了したデプロイです。',
            '答えが違うなら 1 つ前のステップに戻り、誰が拒否されたかを読んでください。`ecsTaskExecutionRole` はタスクの `stoppedReason` に、`webTaskRole` はアプリケーションのログに出ています。',
            'このステップのショートカットを使ってください。障害のないリビジョンを登録します。サービスイベントに `deployment completed.` が出るまで進めてから、「確認」を押してください。',
          ],
        },
      },
    },
  ],
});
