// Lesson 4, "Rolling update" (shared/CURRICULUM.md; the article's §4). The learner leaves
// knowing minimumHealthyPercent = 100 − maxUnavailable and maximumPercent = 100 + maxSurge, and
// that ECS rounds the minimum up and the maximum down while Kubernetes rounds the surge up and
// the unavailable count down. Facts: shared/reference/ecs.md §1, k8s.md §1–3, docs/fidelity.md.

import type { Snapshot } from '../../sim';
import { defineLesson } from '../defineLesson';
import type { LessonCommand } from '../defineLesson';
import { checkRollingUpdateChallenge } from './rollingUpdateChallenge';

/** ECS's event for a configuration that can neither start nor stop a task (ecs.md §1.4). */
const STALL_EVENT = 'was unable to stop or start tasks during a deployment';

const deploymentStarted = (s: Snapshot) => s.stats.deploymentStartedAt !== null;

const bothSidesDone = (s: Snapshot) => s.stats.deploymentCompletedAt !== null && s.stats.k8sRolloutCompletedAt !== null;

const healthyDroppedToTwo = (s: Snapshot) =>
  s.stats.deploymentCompletedAt !== null && s.stats.minHealthyTasksDuringDeployment !== null && s.stats.minHealthyTasksDuringDeployment <= 2;

const ecsStalledAndApiRejected = (s: Snapshot) => {
  const since = s.stats.deploymentStartedAt;
  return s.k8s.apiError !== undefined && since !== null && s.ecs.service.events.some((e) => e.createdAt >= since && e.message.includes(STALL_EVENT));
};

/** The translation panel flags a row when the two sides' upper limits differ. */
const upperLimitsDiffer = (s: Snapshot) => {
  const { replicas, strategy } = s.k8s.deployment;
  return s.k8s.apiError === undefined && s.ecs.bounds.maximum !== replicas + strategy.resolvedMaxSurge;
};

const settings = (minimumHealthyPercent: number, maximumPercent: number): LessonCommand => ({
  type: 'updateService',
  patch: { deploymentConfiguration: { minimumHealthyPercent, maximumPercent } },
});
const deploy: LessonCommand = { type: 'deployNewRevision' };

export default defineLesson({
  id: 'rolling-update',
  number: 4,
  title: { en: 'Rolling update', ja: 'ローリングアップデート' },
  scenario: {
    seed: 1,
    service: { serviceName: 'web', desiredCount: 4, deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 } },
  },
  steps: [
    {
      text: {
        en: 'Both sides run the same workload. On the left, the ECS service `web` keeps `desiredCount` 4 tasks running. On the right, its Kubernetes twin is a Deployment with `replicas: 4`.\n\nOn each side, a band marks the room a rollout may use. With the AWS defaults, `minimumHealthyPercent` 100 and `maximumPercent` 200, ECS keeps at least 4 healthy tasks and runs at most 8.',
        ja: '左右で同じワークロードが動いています。左は ECS サービス `web` で、`desiredCount` 4 個のタスクを維持しています。右はその Kubernetes 版で、`replicas: 4` の Deployment です。\n\n各サイドの帯は、ロールアウト中に使える範囲を示します。AWS の既定値 `minimumHealthyPercent` 100・`maximumPercent` 200 では、ECS は正常なタスクを 4 個以上に保ち、同時に動かすのは最大 8 個までです。',
      },
      highlight: ['desiredCount-replicas', 'deploymentconfiguration-strategy'],
    },
    {
      text: {
        en: 'Deploying a new revision registers `web:2` and gives the service a new deployment. The twin gets a new pod template, the same change `kubectl set image` makes.\n\nECS may run 200 % of 4 = 8 tasks, so it starts all 4 new tasks at once. It stops an old task only when a new one counts as healthy. These tasks define no health check, so a task counts 40 s after it reaches `RUNNING`.\n\nKubernetes gets the same limits in its own terms: `maxSurge` = 200 − 100 = 100 %, `maxUnavailable` = 100 − 100 = 0 %.',
        ja: '新しいリビジョンをデプロイすると、`web:2` が登録され、サービスに新しいデプロイメントが作られます。Kubernetes 側には、`kubectl set image` と同じように新しい Pod テンプレートが渡ります。\n\nECS は 4 の 200 %、つまり 8 個まで動かせるので、新しいタスク 4 個を一度に起動します。古いタスクを止めるのは、新しいタスクが正常と数えられてからです。このタスクにはヘルスチェックがないため、`RUNNING` になってから 40 秒後に正常と数えられます。\n\nKubernetes 側では、同じ制約が `maxSurge` = 200 − 100 = 100 %、`maxUnavailable` = 100 − 100 = 0 % と表されます。',
      },
      highlight: ['maximumPercent-maxSurge', 'minimumHealthyPercent-maxUnavailable'],
      action: {
        text: { en: 'Press Deploy new revision (key D) and watch both sides.', ja: '「Deploy new revision」（キー D）を押して、両サイドを見比べてください。' },
      },
      advanceWhen: deploymentStarted,
    },
    {
      text: {
        en: 'Let it run until both sides settle. ECS adds `(service web) has reached a steady state.` to its service events, and `kubectl rollout status` prints `deployment "web" successfully rolled out`.\n\nNeither side went below 4 healthy tasks or available pods: a minimum of 100 %, like `maxUnavailable` 0 %, lets nothing old go before something new is ready. The price is room for 8 at the peak.\n\nKubernetes finished well before ECS. A pod without a readiness probe is Ready once its container runs, and with `minReadySeconds` 0 it counts as available at once; ECS waits 40 s before it counts a task that has no health check.',
        ja: '両サイドが落ち着くまで進めてください。ECS はサービスイベントに `(service web) has reached a steady state.` を追加し、`kubectl rollout status` は `deployment "web" successfully rolled out` と表示します。\n\nどちらの側でも、正常なタスク・利用可能な Pod は 4 個を下回りませんでした。下限 100 %（`maxUnavailable` 0 %）は、新しいものが準備できるまで古いものを 1 つも手放さない設定です。その代わり、ピーク時には 8 個分の余裕が要ります。\n\nKubernetes のほうがずっと早く終わりました。readiness probe のない Pod はコンテナが動けば Ready になり、`minReadySeconds` 0 ならすぐに利用可能と数えられます。一方 ECS は、ヘルスチェックのないタスクを正常と数えるまで 40 秒待ちます。',
      },
      highlight: ['events-describe'],
      advanceWhen: bothSidesDone,
    },
    {
      text: {
        en: 'Now the article’s example: 4 tasks at `minimumHealthyPercent` 50 and `maximumPercent` 200. The minimum is ceil(4 × 50 / 100) = 2, so ECS may stop 2 old tasks at once while it starts the 4 new ones. Kubernetes reads it as `maxUnavailable` 50 %: floor(4 × 50 / 100) = 2 pods may be unavailable.\n\nWatch the healthy count fall to 2 on both sides. Old tasks leave sooner, but for a while only half the service is serving.',
        ja: '次は記事の例です。タスク 4 個、`minimumHealthyPercent` 50、`maximumPercent` 200。下限は ceil(4 × 50 / 100) = 2 なので、ECS は新しいタスク 4 個を起動しながら、古いタスクを 2 個すぐに止められます。Kubernetes では `maxUnavailable` 50 % となり、floor(4 × 50 / 100) = 2 個の Pod が利用不可になってよいことになります。\n\n両サイドとも、正常なタスク・利用可能な Pod が 2 個まで減ることを確かめてください。古いタスクは早く片付きますが、その間、応答できるのはサービスの半分だけです。',
      },
      highlight: ['minimumHealthyPercent-maxUnavailable'],
      action: {
        text: {
          en: 'Set `minimumHealthyPercent` to 50, deploy again, and let the deployment finish.',
          ja: '`minimumHealthyPercent` を 50 にしてもう一度デプロイし、完了まで進めてください。',
        },
        shortcut: { label: { en: 'Set 50 / 200 and deploy', ja: '50 / 200 にしてデプロイ' }, commands: [settings(50, 200), deploy] },
      },
      advanceWhen: healthyDroppedToTwo,
    },
    {
      text: {
        en: 'What if there is no room at all? With both values at 100, ECS accepts the setting, then can neither start a task (at most 4) nor stop one (at least 4). It waits, and says so in a service event: `(service web) was unable to stop or start tasks during a deployment because of the service deployment configuration.`\n\nKubernetes refuses earlier. 100 / 100 translates to `maxSurge` 0 % and `maxUnavailable` 0 %, which fails validation: the API server rejects it, and the Deployment keeps its previous strategy.',
        ja: '余裕がまったくなければどうなるでしょうか。両方を 100 にすると、ECS は設定を受け付けたうえで、タスクを起動することも（上限 4）止めることも（下限 4）できなくなります。ECS は待ち続け、サービスイベントで `(service web) was unable to stop or start tasks during a deployment because of the service deployment configuration.` と知らせます。\n\nKubernetes はもっと手前で拒否します。100 / 100 は `maxSurge` 0 %・`maxUnavailable` 0 % になり、検証を通りません。API サーバーが受け付けないので、Deployment は前の strategy のままです。',
      },
      highlight: ['deploymentconfiguration-strategy', 'events-describe'],
      action: {
        text: { en: 'Set both values to 100 and deploy again.', ja: '両方を 100 にして、もう一度デプロイしてください。' },
        shortcut: { label: { en: 'Set 100 / 100 and deploy', ja: '100 / 100 にしてデプロイ' }, commands: [settings(100, 100), deploy] },
      },
      advanceWhen: ecsStalledAndApiRejected,
    },
    {
      text: {
        en: 'The two APIs round in different directions. ECS rounds the minimum up and the maximum down; Kubernetes rounds `maxSurge` up and `maxUnavailable` down.\n\nOn the minimum side they agree, because both round toward keeping more running. (One exception: when both Kubernetes values resolve to 0, it lets 1 pod be unavailable anyway, so the rollout can move.) On the maximum side they can part: 3 tasks at `maximumPercent` 150 let ECS run floor(4.5) = 4 tasks, while `maxSurge` 50 % lets Kubernetes add ceil(1.5) = 2 pods, 5 in all.\n\nWith 4 tasks, `maximumPercent` 130 shows the same gap: ECS allows floor(5.2) = 5 tasks, Kubernetes 4 + ceil(1.2) = 6 pods, and the translation panel flags the row. It also gives ECS room for one more task, so the stuck deployment moves again, one task at a time.',
        ja: '2 つの API は丸める向きが違います。ECS は下限を切り上げ、上限を切り捨てます。Kubernetes は `maxSurge` を切り上げ、`maxUnavailable` を切り捨てます。\n\n下限側はどちらも多く残す向きに丸めるので、結果は一致します（例外として、Kubernetes の 2 つの値がどちらも 0 に丸まるときは、ロールアウトが進むように Pod 1 個の利用不可を認めます）。上限側は食い違うことがあります。タスク 3 個で `maximumPercent` 150 なら、ECS は floor(4.5) = 4 個までですが、Kubernetes は `maxSurge` 50 % を ceil(1.5) = 2 個と数え、合計 5 個まで動かします。\n\nタスク 4 個なら `maximumPercent` 130 で同じずれが出ます。ECS は floor(5.2) = 5 個、Kubernetes は 4 + ceil(1.2) = 6 個となり、翻訳パネルがその行に印を付けます。ECS にも 1 個分の余裕ができるので、止まっていたデプロイが 1 個ずつ進み始めます。',
      },
      highlight: ['maximumPercent-maxSurge'],
      action: {
        text: { en: 'Set `maximumPercent` to 130 and compare the two upper limits.', ja: '`maximumPercent` を 130 にして、両サイドの上限を比べてください。' },
        shortcut: { label: { en: 'Set 100 / 130', ja: '100 / 130 にする' }, commands: [settings(100, 130)] },
      },
      advanceWhen: upperLimitsDiffer,
    },
    {
      text: {
        en: 'Your turn. Keep 4 tasks, and choose `minimumHealthyPercent` and `maximumPercent` so that ECS never has fewer than 3 healthy tasks during the deployment, and the rollout finishes as soon as it can.\n\nWait for the current deployment to finish, deploy with your settings, let it complete, then press Check.',
        ja: 'あなたの番です。タスクは 4 個のまま、デプロイ中に ECS の正常なタスクが 3 個を下回らず、しかもロールアウトができるだけ早く終わるように、`minimumHealthyPercent` と `maximumPercent` を選んでください。\n\n実行中のデプロイが終わるのを待ってから自分の設定でデプロイし、完了したら「確認」を押します。',
      },
      highlight: ['minimumHealthyPercent-maxUnavailable', 'maximumPercent-maxSurge'],
      challenge: {
        goal: {
          en: 'ECS never has fewer than 3 healthy tasks during the deployment, and the rollout finishes soonest.',
          ja: 'デプロイ中に ECS の正常なタスクが一度も 3 個を下回らず、ロールアウトが最も早く終わること。',
        },
        check: checkRollingUpdateChallenge,
        hints: {
          en: [
            'Fewer than 3 healthy means ECS stopped 2 old tasks at once. Which `minimumHealthyPercent` values keep ceil(4 × min / 100) at 3 or more?',
            'Every extra round of new tasks waits for another health check, at least 40 s. To start all 4 new tasks while 3 old ones still run, ECS needs room for 7: floor(4 × max / 100) ≥ 7.',
            'A minimum of 3 rather than 4 lets ECS stop one old task right away, so the last old task can go when the third new task is healthy instead of the fourth. Try `minimumHealthyPercent` 75 with `maximumPercent` 175.',
          ],
          ja: [
            '正常なタスクが 3 個を下回るのは、ECS が古いタスクを一度に 2 個止めたときです。ceil(4 × min / 100) が 3 以上になる `minimumHealthyPercent` はどれでしょうか。',
            '新しいタスクの起動が 1 回増えるたびに、ヘルスチェック（最低 40 秒）をもう一度待つことになります。古いタスク 3 個を残したまま新しいタスク 4 個を起動するには、7 個分の余裕が必要です: floor(4 × max / 100) ≥ 7。',
            '下限を 4 ではなく 3 にすると、ECS は古いタスクを 1 個すぐに止められます。すると最後の古いタスクは、4 個目ではなく 3 個目の新しいタスクが正常になった時点で止められます。`minimumHealthyPercent` 75 と `maximumPercent` 175 を試してください。',
          ],
        },
      },
    },
  ],
});
