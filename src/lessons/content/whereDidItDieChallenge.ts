// The challenge of lesson 10, "Where did it die?": three broken revisions, each deployed by its
// own shortcut; the learner names each one's cause from the panels. Judged over the whole run:
// - every case was really deployed (a deployment in stats.deployments of a revision whose
//   containers simulate the case's fault, read from snapshot.ecs.taskDefinitions),
// - ECS reached a verdict on it (FAILED, or COMPLETED) before anything replaced it, so the
//   panels had something to show, and
// - the learner's answer for the case is the cause the revision really simulates.
// The facts behind the answers: reference/ecs.md §4 (service events), §5.2 (stoppedReason,
// container reason), §5.3 (exit codes); reference/k8s.md §4.2–4.3 (the Kubernetes words).

import type { Fault, Snapshot } from '../../sim';
import type { Answers, ChallengeResult, Choice, Localized, Question } from '../defineLesson';
import { deploymentsWithFault, verdictAt, listOf } from './faultRuns';

/** The causes a learner can name, the same list for every case. */
export const CAUSES = [
  { id: 'crash-at-start', label: { en: 'The application exits as soon as it starts', ja: 'アプリが起動直後に終了する' } },
  { id: 'image-pull', label: { en: 'The image cannot be pulled', ja: 'イメージを pull できない' } },
  { id: 'out-of-memory', label: { en: 'The container runs out of memory', ja: 'コンテナがメモリを使い切る' } },
  { id: 'health-check', label: { en: 'The container health check keeps failing', ja: 'コンテナのヘルスチェックが失敗し続ける' } },
  { id: 'execution-role', label: { en: 'The task execution role lacks a permission', ja: 'タスク実行ロールの権限が足りない' } },
  { id: 'task-role', label: { en: 'The task role lacks a permission', ja: 'タスクロールの権限が足りない' } },
] as const satisfies readonly Choice[];

type CauseId = (typeof CAUSES)[number]['id'];

interface Case {
  /** How the lesson names it: the fault is not in the name. */
  name: 'A' | 'B' | 'C';
  fault: Fault;
  question: Question & { answer: CauseId };
}

const question = (name: Case['name'], answer: CauseId, explain: Localized): Question & { answer: CauseId } => ({
  id: `case-${name.toLowerCase()}`,
  prompt: { en: `Case ${name}: what stopped its tasks?`, ja: `ケース ${name}: タスクを止めた原因は？` },
  choices: CAUSES,
  answer,
  explain,
});

// The cases, in the order of their shortcuts. None of them is the crash at start of step 2.
export const CASES: readonly Case[] = [
  {
    name: 'A',
    fault: 'oom',
    // ecs.md §5.2: container reason `OutOfMemoryError: Container killed due to memory usage` with the
    // task's `Essential container in task exited`; §5.3: 137 = 128 + 9 (SIGKILL); k8s.md §4.2: OOMKilled.
    question: question('A', 'out-of-memory', {
      en: 'The container’s `reason` says `OutOfMemoryError: Container killed due to memory usage`, and its `exitCode` is 137: 128 + 9, killed by SIGKILL. The task itself only says `Essential container in task exited`, so the answer is one level down, in the container. Kubernetes says `OOMKilled`.',
      ja: 'コンテナの `reason` は `OutOfMemoryError: Container killed due to memory usage`、`exitCode` は 137（128 + 9、SIGKILL で強制終了）です。タスク自体の理由は `Essential container in task exited` だけなので、答えは 1 段下のコンテナにあります。Kubernetes では `OOMKilled` と表示されます。',
    }),
  },
  {
    name: 'B',
    fault: 'image-pull-error',
    // ecs.md §5.2: `CannotPullContainerError: …` as the stoppedReason; §5.3: no exit code for a task
    // whose containers never started (exitCode null); k8s.md §4.2: ErrImagePull, ImagePullBackOff.
    question: question('B', 'image-pull', {
      en: 'The `stoppedReason` starts with `CannotPullContainerError`: the task stopped before any container ran, so there is no exit code and no log. Kubernetes shows `ErrImagePull`, then `ImagePullBackOff`.',
      ja: '`stoppedReason` が `CannotPullContainerError` で始まっています。コンテナが 1 つも動く前にタスクが止まったので、終了コードもログもありません。Kubernetes では `ErrImagePull`、続いて `ImagePullBackOff` になります。',
    }),
  },
  {
    name: 'C',
    fault: 'failing-health-check',
    // ecs.md §4.1: `(task …) failed container health checks.`; §5.2: `Task failed container health checks`;
    // k8s.md §4.3: the kubelet's `Unhealthy` events.
    question: question('C', 'health-check', {
      en: 'The tasks ran, but their health status turned `UNHEALTHY`: the service events say `failed container health checks.` and the stopped tasks `Task failed container health checks`. On Kubernetes the same check is a probe, and its failures are `Unhealthy` events.',
      ja: 'タスクは動きましたが、ヘルス状態が `UNHEALTHY` になりました。サービスイベントには `failed container health checks.`、停止したタスクには `Task failed container health checks` とあります。Kubernetes では同じチェックがプローブになり、失敗は `Unhealthy` イベントとして現れます。',
    }),
  },
];

const fail = (reason: Localized): ChallengeResult => ({ passed: false, reason });

/** Where a case stands in the run. */
function caseStanding(s: Snapshot, c: Case): 'not deployed' | 'deploying' | 'replaced' | 'seen' {
  const runs = deploymentsWithFault(s, c.fault);
  if (runs.length === 0) return 'not deployed';
  if (runs.some((d) => verdictAt(d) !== null)) return 'seen';
  const latest = s.stats.deployments[s.stats.deployments.length - 1];
  return runs.includes(latest) ? 'deploying' : 'replaced';
}

/** The cases' names as a list in each language, and whether there is more than one. */
function names(cases: readonly Case[]): { en: string; ja: string; many: boolean } {
  const list = cases.map((c) => c.name);
  return { en: listOf(list, 'en'), ja: listOf(list, 'ja'), many: list.length > 1 };
}

export function checkWhereDidItDieChallenge(s: Snapshot, answers: Answers): ChallengeResult {
  const standing = new Map(CASES.map((c) => [c, caseStanding(s, c)]));
  const where = (state: ReturnType<typeof caseStanding>) => CASES.filter((c) => standing.get(c) === state);

  const notDeployed = where('not deployed');
  if (notDeployed.length === CASES.length) {
    return fail({
      en: 'No case has been deployed yet. Press “Deploy case A”, let the simulation run until ECS gives its verdict, then read the panels.',
      ja: 'まだどのケースもデプロイしていません。「ケース A をデプロイ」を押し、ECS が結論を出すまで進めてから、パネルを読んでください。',
    });
  }
  const deploying = where('deploying');
  if (deploying.length > 0) {
    const n = names(deploying);
    return fail({
      en: `Case ${n.en} is still deploying. Let the simulation run until ECS marks the deployment \`FAILED\` or \`COMPLETED\`, then read its tasks.`,
      ja: `ケース ${n.ja} はまだデプロイ中です。ECS がデプロイメントを \`FAILED\` か \`COMPLETED\` にするまで進めてから、タスクを読んでください。`,
    });
  }
  const replaced = where('replaced');
  if (replaced.length > 0) {
    const n = names(replaced);
    return fail({
      en: `Case ${n.en} ${n.many ? 'were' : 'was'} replaced by a later deployment before ECS reached a verdict, so there was little to read. Deploy ${n.many ? 'them' : 'it'} again, and let each case finish before the next.`,
      ja: `ケース ${n.ja} は、ECS が結論を出す前に次のデプロイで置き換えられたため、読み取れる情報がほとんどありません。もう一度デプロイし、1 つずつ最後まで見届けてから次のケースに進んでください。`,
    });
  }
  if (notDeployed.length > 0) {
    const n = names(notDeployed);
    return fail({
      en: `Case ${n.en} ${n.many ? 'have' : 'has'} not been deployed yet. Use ${n.many ? 'their shortcuts' : 'its shortcut'}, one case at a time.`,
      ja: `ケース ${n.ja} がまだデプロイされていません。ショートカットで 1 つずつデプロイしてください。`,
    });
  }
  const unanswered = CASES.filter((c) => answers[c.question.id] === undefined);
  if (unanswered.length > 0) {
    const n = names(unanswered);
    return fail({
      en: `All three cases ran. Now name the cause of case ${n.en}.`,
      ja: `3 つのケースはすべて実行されました。ケース ${n.ja} の原因を選んでください。`,
    });
  }
  const wrong = CASES.filter((c) => answers[c.question.id] !== c.question.answer);
  if (wrong.length > 0) {
    const n = names(wrong);
    return fail({
      en: `The cause you named for case ${n.en} is not what ${n.many ? 'those cases’' : 'that case’s'} tasks show. Start from the service events, then open a stopped task of that revision and read \`stoppedReason\` and each container’s \`exitCode\` and \`reason\`.`,
      ja: `ケース ${n.ja} の原因が、タスクに記録された内容と合っていません。サービスイベントから始めて、そのリビジョンの停止したタスクを開き、\`stoppedReason\` と各コンテナの \`exitCode\`・\`reason\` を読んでください。`,
    });
  }
  return {
    passed: true,
    reason: {
      en: 'All three right. A ran out of memory (exit code 137, `OutOfMemoryError`), B’s image could not be pulled (`CannotPullContainerError`, no container ever ran), and C failed its container health checks. Each answer sat at a different level: C’s already in the service events, B’s in the task’s `stoppedReason`, A’s only in the container’s `reason` and `exitCode`.',
      ja: '3 つとも正解です。A はメモリ不足（終了コード 137、`OutOfMemoryError`）、B はイメージを pull できず（`CannotPullContainerError`、コンテナは 1 つも動いていません）、C はコンテナのヘルスチェックに失敗しました。答えのありかはそれぞれ違いました。C はサービスイベントの時点で、B はタスクの `stoppedReason` で、A はコンテナの `reason` と `exitCode` まで下りて初めて分かります。',
    },
  };
}
