// The check for lesson 4's challenge: "ECS never has fewer than 3 healthy tasks during the
// deployment, and the rollout finishes soonest", judged over the whole run.
//
// What "soonest" means, with 4 tasks and a floor of 3 healthy:
// - every round of new tasks after the first waits for a health check (40 s after RUNNING without
//   one), so all 4 new tasks must start at once: maximum − old tasks kept ≥ 4;
// - with a minimum of 3 rather than 4, ECS stops one old task at the start, so the last old task
//   goes when the third new task is healthy instead of the fourth, and the deployment can end
//   sooner (it ends when the last old task has STOPPED). The gain is a few seconds: in the
//   simulation 75 / 200 beats 100 / 200 with the lesson's seed and on average over many seeds,
//   not on every seed (lessons.test.ts).
// Together: ceil(4 × min / 100) = 3 (51–75 %) and floor(4 × max / 100) ≥ 7 (175 % or more).
// The run itself is read from the snapshot: stats.minHealthyTasksDuringDeployment and the
// creation times of the PRIMARY deployment's tasks (one time = one round).

import type { Snapshot } from '../../sim';
import type { ChallengeResult, Localized } from '../defineLesson';

const CHALLENGE_DESIRED_COUNT = 4;
const CHALLENGE_MIN_HEALTHY = 3;

const fail = (reason: Localized): ChallengeResult => ({ passed: false, reason });

/** How many tasks the PRIMARY deployment started in each round, in order. */
function startRounds(s: Snapshot): number[] {
  const primary = s.ecs.service.deployments.find((d) => d.status === 'PRIMARY');
  if (!primary) return [];
  const byTime = new Map<number, number>();
  for (const task of s.ecs.tasks) {
    if (task.startedBy === primary.id) byTime.set(task.createdAt, (byTime.get(task.createdAt) ?? 0) + 1);
  }
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, count]) => count);
}

/** What the settings in force now would do on ECS's first pass over 4 healthy old tasks. */
function expectedRun(s: Snapshot) {
  const desired = s.ecs.service.desiredCount;
  const { minimumHealthy, maximum } = s.ecs.bounds;
  const oldKept = Math.min(minimumHealthy, desired);
  return { oldKept, oneRound: maximum - oldKept >= desired, stalls: maximum <= desired && minimumHealthy >= desired };
}

export function checkRollingUpdateChallenge(s: Snapshot): ChallengeResult {
  const { stats } = s;
  const { minimumHealthyPercent: minPct, maximumPercent: maxPct } = s.ecs.service.deploymentConfiguration;
  const { minimumHealthy, maximum } = s.ecs.bounds;
  const expected = expectedRun(s);

  if (s.ecs.service.desiredCount !== CHALLENGE_DESIRED_COUNT) {
    return fail({
      en: 'This challenge is about 4 tasks. Set `desiredCount` back to 4, then deploy again.',
      ja: 'この課題はタスク 4 個が前提です。`desiredCount` を 4 に戻してから、もう一度デプロイしてください。',
    });
  }
  if (stats.deploymentStartedAt === null || stats.minHealthyTasksDuringDeployment === null) {
    return fail({
      en: 'Nothing has been deployed yet. Choose your settings, then press Deploy new revision.',
      ja: 'まだデプロイしていません。設定を決めてから「Deploy new revision」を押してください。',
    });
  }
  if (stats.deploymentCompletedAt === null) {
    return expected.stalls
      ? fail({
          en: `With at most ${maximum} and at least ${minimumHealthy} tasks, ECS can neither start nor stop a task, so this deployment never finishes. Change the settings.`,
          ja: `上限 ${maximum}・下限 ${minimumHealthy} では、ECS はタスクを起動も停止もできず、このデプロイは終わりません。設定を変えてください。`,
        })
      : fail({
          en: 'The deployment has not finished yet. Let the simulation run, then check again.',
          ja: 'デプロイはまだ終わっていません。シミュレーションを進めてから、もう一度確認してください。',
        });
  }

  const lowest = stats.minHealthyTasksDuringDeployment;
  const rounds = startRounds(s);
  if (lowest !== expected.oldKept || (rounds.length === 1) !== expected.oneRound) {
    return fail({
      en: 'This run does not show what the settings in force do from a steady start: they changed after the deployment started, a task was stopped by hand, or the deployment began before the previous one had finished. Deploy again once the service is steady.',
      ja: 'この実行結果からは、現在の設定が安定した状態から何をするかが分かりません。デプロイ開始後に設定を変えた、タスクを手動で止めた、前のデプロイが終わる前に始めた、のいずれかです。サービスが安定してから、もう一度デプロイしてください。',
    });
  }
  if (lowest < CHALLENGE_MIN_HEALTHY) {
    return fail({
      en: `Healthy tasks fell to ${lowest} at some point: \`minimumHealthyPercent\` ${minPct} lets ECS stop ${4 - lowest} old tasks at once (ceil(4 × ${minPct} / 100) = ${lowest}).`,
      ja: `正常なタスクが途中で ${lowest} 個まで減りました。\`minimumHealthyPercent\` ${minPct} では ECS が古いタスクを一度に ${4 - lowest} 個止められます（ceil(4 × ${minPct} / 100) = ${lowest}）。`,
    });
  }
  if (rounds.length > 1) {
    return fail({
      en: `\`maximumPercent\` ${maxPct} allows only ${maximum} tasks. With ${lowest} old tasks kept, just ${maximum - lowest} new ones fit, so the 4 new tasks started in ${rounds.length} rounds (${rounds.join(' + ')}), each later round waiting for a health check.`,
      ja: `\`maximumPercent\` ${maxPct} では上限が ${maximum} 個です。古いタスクを ${lowest} 個残すと新しいタスクは ${maximum - lowest} 個しか入らず、4 個の起動が ${rounds.length} 回（${rounds.join(' + ')}）に分かれました。2 回目以降はヘルスチェックを待つ分だけ遅れます。`,
    });
  }
  if (lowest > CHALLENGE_MIN_HEALTHY) {
    return fail({
      en: `Safe, but not the soonest: healthy tasks never fell below ${lowest}, so ECS kept every old task until a new one was healthy, and the last old task could stop only after the last new one was healthy. Allowing one fewer healthy task lets ECS stop an old task right away.`,
      ja: `安全ですが最速ではありません。正常なタスクが ${lowest} 個を下回らないため、ECS は新しいタスクが正常になるまで古いタスクを 1 つも止めず、最後の古いタスクは最後の新しいタスクが正常になってからしか止まりません。正常なタスクを 1 個少なく許せば、古いタスクを 1 つ最初から止められます。`,
    });
  }
  const seconds = Math.round(stats.deploymentCompletedAt - stats.deploymentStartedAt);
  return {
    passed: true,
    reason: {
      en: `Passed in ${seconds} s: healthy tasks never fell below 3, all 4 new tasks started at once, and one old task stopped right away.`,
      ja: `達成です（${seconds} 秒）。正常なタスクは 3 個を下回らず、新しいタスク 4 個は一度に起動し、古いタスク 1 個はすぐに止まりました。`,
    },
  };
}
