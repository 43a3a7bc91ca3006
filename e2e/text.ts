// The visible words the specs look for, in both languages. Written out here rather than
// imported from src/: a test that read its expectations from the app could not catch a
// missing or wrong translation.

export const TEXT = {
  en: {
    lessonTitle: 'Rolling update',
    lessonFirstStep: 'Both sides run the same workload.',
    stepOf: (n: number, m: number) => `Step ${n} of ${m}`,
    play: 'Play',
    pause: 'Pause',
    stepBack: 'Step back',
    step: 'Step',
    deploy: 'Deploy new revision',
    speed: 'Speed',
    helpTitle: 'Keyboard shortcuts',
    eventsTitle: 'Event logs',
    rolloutHeading: 'Rolling deployment',
    documentTitle: 'Isomorph — Amazon ECS for Kubernetes people',
    invalidSettings: 'Not applied. Fix these settings:',
    badLink: 'This link could not be opened, so the default scenario is shown.',
    offer: 'Guided lesson: Rolling update',
  },
  ja: {
    lessonTitle: 'ローリングアップデート',
    lessonFirstStep: '左右で同じワークロードが動いています。',
    stepOf: (n: number, m: number) => `ステップ ${n} / ${m}`,
    play: '再生',
    pause: '一時停止',
    stepBack: '戻す',
    step: '進める',
    deploy: '新しいリビジョンをデプロイ',
    speed: '速度',
    helpTitle: 'キーボードショートカット',
    eventsTitle: 'イベントログ',
    rolloutHeading: 'ローリングデプロイ',
    documentTitle: 'Isomorph — Kubernetes を知っている人のための Amazon ECS',
    invalidSettings: '適用していません。次の設定を直してください:',
    badLink: 'このリンクは開けなかったため、既定のシナリオを表示しています。',
    offer: 'ガイド付きレッスン: ローリングアップデート',
  },
} as const;

/** ECS service events that mark the end of a deployment (describe-services wording). */
export const ECS_DEPLOYMENT_COMPLETED = /^\(service web\) \(deployment (ecs-svc\/\d+)\) deployment completed\.$/;
export const ECS_STEADY_STATE = '(service web) has reached a steady state.';
/** What `kubectl rollout status deployment/web` prints once the rollout is done. */
export const K8S_ROLLED_OUT = 'deployment "web" successfully rolled out';
