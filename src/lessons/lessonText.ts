// The lesson pane's own words in English and Japanese (the lessons' text lives with each lesson).

import type { Locale } from '../store/appStore';

export interface LessonText {
  region: string;
  stepOf: (n: number, m: number) => string;
  nav: string;
  back: string;
  next: string;
  nextBlocked: string;
  tryIt: string;
  lookAt: string;
  challenge: string;
  check: string;
  notYet: string;
  showHint: (n: number, m: number) => string;
  hints: string;
  sandbox: string;
  reload: string;
  offer: (title: string) => string;
  start: string;
  /** The lesson menu's button, and the list's name. */
  lessons: string;
  /** A lesson's number in the curriculum, before its title in the menu. */
  lessonNumber: (n: number) => string;
  checkAnswer: string;
  right: string;
  wrong: string;
  /** After choosing an answer to a challenge's question. */
  saved: string;
}

export const LESSON_TEXT: Record<Locale, LessonText> = {
  en: {
    region: 'Lesson',
    stepOf: (n, m) => `Step ${n} of ${m}`,
    nav: 'Lesson steps',
    back: 'Back',
    next: 'Next',
    nextBlocked: 'Next opens once you have done what this step asks.',
    tryIt: 'Try it',
    lookAt: 'Highlight',
    challenge: 'Challenge',
    check: 'Check',
    notYet: 'Not yet.',
    showHint: (n, m) => `Show hint ${n} of ${m}`,
    hints: 'Hints',
    sandbox: 'That is the lesson. The sandbox is yours now, with the lesson’s scenario loaded: change any setting and deploy again.',
    reload: 'Reload the lesson’s scenario',
    offer: (title) => `Guided lesson: ${title}`,
    start: 'Start the lesson',
    lessons: 'All lessons',
    lessonNumber: (n) => `${n}.`,
    checkAnswer: 'Check the answer',
    right: 'Right.',
    wrong: 'Not this one. Read the panels again and choose another answer.',
    saved: 'Answer noted. Check judges it with the rest of the challenge.',
  },
  ja: {
    region: 'レッスン',
    stepOf: (n, m) => `ステップ ${n} / ${m}`,
    nav: 'レッスンのステップ',
    back: '前のステップ',
    next: '次のステップ',
    nextBlocked: 'このステップの操作を終えると「次のステップ」が押せます。',
    tryIt: 'やってみましょう',
    lookAt: 'ハイライト',
    challenge: 'チャレンジ',
    check: '確認',
    notYet: 'まだです。',
    showHint: (n, m) => `ヒント ${n} / ${m} を見る`,
    hints: 'ヒント',
    sandbox: 'レッスンはここまでです。ここからは自由に試せます。レッスンのシナリオを読み込んだままなので、設定を変えて何度でもデプロイしてみてください。',
    reload: 'レッスンのシナリオを読み込み直す',
    offer: (title) => `ガイド付きレッスン: ${title}`,
    start: 'レッスンを始める',
    lessons: 'レッスン一覧',
    lessonNumber: (n) => `${n}.`,
    checkAnswer: '答え合わせ',
    right: '正解です。',
    wrong: 'この答えではありません。パネルをもう一度読んで、別の答えを選んでください。',
    saved: '答えを記録しました。「確認」でチャレンジの他の条件と一緒に判定します。',
  },
};
