// Isomorph's own validation messages in the UI language. The simulation core writes them in
// English ("service.desiredCount: must be at least 0"); this translates the message part and
// keeps the field path as the API spells it, because the settings forms match the path to mark
// the field. Anything it does not recognise passes through unchanged: the real systems' own
// words (the Kubernetes API server's "Invalid value: …", ECS's "InvalidParameterException: …",
// kubectl's "error: …") stay English on purpose, as learners meet them at work.

import type { Locale } from '../../store/appStore';

interface Template {
  /** The whole English message (without the field path), anchored. */
  en: RegExp;
  ja: (...groups: string[]) => string;
}

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`;
/** The units scenarioSchema's wholeNumber() and maxLength() append. */
const UNIT = String.raw`( s|%| characters)?`;
/** A list of quoted values, kept as written: "COUNT", "BOUNDED_PERCENT". */
const QUOTED_LIST = String.raw`("[^"]*"(?:, "[^"]*")*)`;
const QUOTED = String.raw`("[^"]*")`;

/** `N 以上`, `N 秒以上`, `N% 以上`, `N 文字以上`: the amount with its unit, then `bound`. */
function bounded(n: string, unit: string, bound: string): string {
  switch (unit) {
    case ' s':
      return `${n} 秒${bound}`;
    case '%':
      return `${n}% ${bound}`;
    case ' characters':
      return `${n} 文字${bound}`;
    default:
      return `${n} ${bound}`;
  }
}

const TEMPLATES: readonly Template[] = [
  { en: new RegExp(`^must be at least ${NUMBER}${UNIT}$`), ja: (n, unit) => `${bounded(n, unit, '以上')}にしてください` },
  { en: new RegExp(`^must be at most ${NUMBER}${UNIT}$`), ja: (n, unit) => `${bounded(n, unit, unit === ' characters' ? '以内' : '以下')}にしてください` },
  { en: /^must be a whole number$/, ja: () => '整数で指定してください' },
  { en: /^must be a number$/, ja: () => '数値で指定してください' },
  { en: /^must be a string$/, ja: () => '文字列で指定してください' },
  { en: /^must be true or false$/, ja: () => 'true か false で指定してください' },
  { en: /^must not be negative$/, ja: () => '負の値は指定できません' },
  { en: /^must not be empty$/, ja: () => '空にはできません' },
  { en: /^is not a field Isomorph knows$/, ja: () => 'Isomorph が扱うフィールドではありません' },
  { en: new RegExp(`^must be one of ${QUOTED_LIST}$`), ja: (values) => `${values} のいずれかにしてください` },
  { en: new RegExp(`^must be ${QUOTED} or ${QUOTED}$`), ja: (a, b) => `${a} か ${b} にしてください` },
  {
    en: /^may contain only letters, numbers, hyphens and underscores \((\d+)–(\d+)\)$/,
    ja: (min, max) => `英数字・ハイフン・アンダースコアのみ、${min}〜${max} 文字で指定してください`,
  },
  { en: /^may contain only letters, numbers, hyphens and underscores$/, ja: () => '英数字・ハイフン・アンダースコアのみ使えます' },
  { en: /^may contain only letters, numbers and hyphens \((\d+)–(\d+)\)$/, ja: (min, max) => `英数字とハイフンのみ、${min}〜${max} 文字で指定してください` },
  { en: new RegExp(`^must be a whole number or a percentage such as ${QUOTED}$`), ja: (example) => `整数か、${example} のようなパーセント値で指定してください` },
  { en: new RegExp(`^must be a Fargate CPU size such as ${QUOTED}$`), ja: (example) => `${example} のような Fargate の CPU サイズを指定してください` },
  { en: new RegExp(`^must be MiB as a string, such as ${QUOTED}$`), ja: (example) => `${example} のように MiB 単位の文字列で指定してください` },
  { en: new RegExp(`^needs at least one element, such as ${QUOTED}$`), ja: (example) => `要素が 1 つ以上必要です（${example} など）` },
  { en: /^needs at least one container$/, ja: () => 'コンテナが 1 つ以上必要です' },
  { en: /^needs at least one essential container$/, ja: () => 'essential が true のコンテナが 1 つ以上必要です' },
  { en: new RegExp(`^Isomorph models at most ${NUMBER} containers$`), ja: (n) => `Isomorph で扱えるコンテナは ${n} 個までです` },
  { en: new RegExp(`^must be an IAM role ARN such as ${QUOTED}$`), ja: (example) => `${example} のような IAM ロールの ARN を指定してください` },
  {
    en: /^is true, but rollback only happens when the circuit breaker is on: set enable to true too$/,
    ja: () => 'true になっていますが、ロールバックはサーキットブレーカーが有効なときにしか行われません。enable も true にしてください',
  },
  {
    en: new RegExp(
      String.raw`^${QUOTED} needs something to check the container: give (containerDefinitions\[\d+\]) a healthCheck, or put the service behind a loadBalancer that targets ${QUOTED}$`,
    ),
    ja: (fault, container, name) =>
      `${fault} には、コンテナをチェックする仕組みが必要です。${container} に healthCheck を設定するか、${name} をターゲットとする loadBalancer の配下にサービスを置いてください`,
  },
];

/** A field path as parseScenario writes it: `service.desiredCount`, `taskDefinition.containerDefinitions[0].simulate.fault`. */
const PATH_AND_MESSAGE = /^([A-Za-z_$][\w$]*(?:\.[\w$]+|\[\d+\])*): (.+)$/s;

function translateMessage(message: string): string | null {
  for (const template of TEMPLATES) {
    const match = template.en.exec(message);
    // An optional group that did not take part (no unit) is ''.
    if (match !== null) return template.ja(...match.slice(1).map((group: string | undefined) => group ?? ''));
  }
  return null;
}

/**
 * One validation line in `locale`: the field path exactly as written, the message translated when
 * it is one of Isomorph's own; anything else unchanged.
 * @example localizeIssue('service.desiredCount: must be at least 0', 'ja') // → 'service.desiredCount: 0 以上にしてください'
 */
export function localizeIssue(line: string, locale: Locale): string {
  if (locale === 'en') return line;
  const parts = PATH_AND_MESSAGE.exec(line);
  if (parts !== null) {
    const translated = translateMessage(parts[2]);
    if (translated !== null) return `${parts[1]}: ${translated}`;
  }
  // describeIssue writes a message without a path when the issue has none.
  return translateMessage(line) ?? line;
}
