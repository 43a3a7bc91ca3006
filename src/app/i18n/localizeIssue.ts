// Isomorph's own validation messages in the UI language. The simulation core writes them in
// English ("service.desiredCount: must be at least 0"); this translates the message part and
// keeps the field path as the API spells it, because the settings forms match the path to mark
// the field. Anything it does not recognise passes through unchanged: the real systems' own
// words (the Kubernetes API server's "Invalid value: …", ECS's "InvalidParameterException: …",
// EC2's "The CIDR '…' conflicts with another subnet", kubectl's "error: …") stay English on
// purpose, as learners meet them at work.

import type { Locale } from '../../store/appStore';

interface Template {
  /** The whole English message (without the field path), anchored. */
  en: RegExp;
  /** The Japanese, or null when a part it needs (a noun, a nested message) is unknown: the next template is tried. */
  ja: (...groups: string[]) => string | null;
}

/** A number as the messages write it: `-1`, `2.5`, `2,000`. */
const NUMBER = String.raw`(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)`;
/** The units scenarioSchema's wholeNumber() and maxLength() append. */
const UNIT = String.raw`( s|%| characters)?`;
/** A list of quoted values, kept as written: "COUNT", "BOUNDED_PERCENT". */
const QUOTED_LIST = String.raw`("[^"]*"(?:, "[^"]*")*)`;
const QUOTED = String.raw`("[^"]*")`;
/** What the placement-expression parser found where it expected something else: `"("` or `the end`. */
const FOUND = String.raw`(".+?"|the end)`;

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

/** The end of "…, found X": what stands where the parser expected something else. */
function found(what: string): string {
  return what === 'the end' ? '式が終わっています' : `${what} があります`;
}

/** "m5.large" → "m5.large のこと"; "m5.xlarge, m5.2xlarge or m5.4xlarge" → "m5.xlarge, m5.2xlarge, m5.4xlarge のいずれか". */
function meant(names: string): string {
  const listed = names.replace(/ or (\S+)$/, ', $1');
  return listed.includes(', ') ? `${listed} のいずれか` : `${names} のこと`;
}

/** What `must be a … such as "…"` asks for, written to follow "のような". An unknown noun leaves the message untranslated (and the source scan fails). */
const EXAMPLE_NOUNS: Readonly<Record<string, string>> = {
  'a subnet id': 'サブネット ID を',
  'a security group id': 'セキュリティグループ ID を',
  'an Availability Zone': 'アベイラビリティーゾーンを',
  'a CIDR block': ' CIDR ブロックを',
  'an instance type': 'インスタンスタイプを',
};

/** What a list `can have at most N …` of. */
const LIST_NOUNS: Readonly<Record<string, string>> = {
  constraints: '制約',
  'strategy rules': '戦略ルール',
  subnets: 'サブネット',
  'security groups': 'セキュリティグループ',
  'capacity providers': 'キャパシティープロバイダー',
};

/** What `Isomorph models at most N …`, with its counter word. */
const MODELLED_NOUNS: Readonly<Record<string, string>> = {
  containers: 'コンテナは {n} 個',
  subnets: 'サブネットは {n} 個',
  'container instances': 'コンテナインスタンスは {n} 台',
};

const TEMPLATES: readonly Template[] = [
  // Scenario fields (scenarioSchema.ts, wholeNumber.ts, faultConflicts.ts).
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
  { en: /^must be ("[^"]*"(?:, "[^"]*")+) or ("[^"]*")$/, ja: (list, last) => `${list}, ${last} のいずれかにしてください` },
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
  {
    en: new RegExp(`^Isomorph models at most ${NUMBER} (containers|subnets|container instances)$`),
    ja: (n, noun) => `Isomorph で扱える${MODELLED_NOUNS[noun].replace('{n}', n)}までです`,
  },
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

  // The cluster and where the service runs (clusterSchema.ts, parseCluster.ts).
  {
    en: new RegExp(`^must be (a subnet id|a security group id|an Availability Zone|a CIDR block|an instance type) such as ${QUOTED}$`),
    ja: (noun, example) => (noun in EXAMPLE_NOUNS ? `${example} のような${EXAMPLE_NOUNS[noun]}指定してください` : null),
  },
  {
    en: /^attribute (names|values) may contain letters, numbers, and (.+) \((\d+)–(\d+)\)$/,
    ja: (what, characters, min, max) => `${what === 'names' ? '属性名' : '属性値'}には英数字と ${characters} が使えます（${min}〜${max} 文字）`,
  },
  {
    en: /^must be (\{.*?\}), (\{.*?\}) or an Auto Scaling group provider (\{.*\})$/,
    ja: (a, b, asg) => `${a}、${b}、または Auto Scaling グループのプロバイダー ${asg} にしてください`,
  },
  { en: /^must be (\{.*?\}) or (\{.*\})$/, ja: (a, b) => `${a} か ${b} にしてください` },
  { en: /^must be (\{.*\})$/, ja: (shape) => `${shape} の形で指定してください` },
  { en: /^needs at least one subnet$/, ja: () => 'サブネットが 1 つ以上必要です' },
  {
    en: new RegExp(`^can (?:have|contain) at most ${NUMBER} (constraints|strategy rules|subnets|security groups|capacity providers)$`),
    ja: (n, noun) => `指定できる${LIST_NOUNS[noun]}は ${n} 個までです`,
  },
  {
    en: new RegExp(`^a cluster in Isomorph has at most ${NUMBER} capacity providers$`),
    ja: (n) => `Isomorph のクラスターに関連付けられるキャパシティープロバイダーは ${n} 個までです`,
  },
  { en: new RegExp(`^${QUOTED} is used twice$`), ja: (id) => `${id} が 2 回使われています` },
  { en: new RegExp(`^${QUOTED} is associated twice$`), ja: (name) => `${name} がクラスターに 2 回関連付けられています` },
  {
    en: /^"128" runs only on EC2: the smallest Fargate task is "256" \(0\.25 vCPU\)$/,
    ja: () => '"128" は EC2 でしか動きません。Fargate の最小のタスクサイズは "256"（0.25 vCPU）です',
  },
  {
    en: /^FARGATE and FARGATE_SPOT take no autoScalingGroupProvider; every other capacity provider needs one$/,
    ja: () => 'FARGATE と FARGATE_SPOT には autoScalingGroupProvider を付けられません。それ以外のキャパシティープロバイダーには必要です',
  },
  {
    en: /^no subnet of the cluster is in (\S+) \(subnets are in (.+)\)$/,
    ja: (zone, zones) => `クラスターのサブネットに ${zone} のものはありません（サブネットがあるのは ${zones}）`,
  },
  {
    en: /^unknown instance type (".*?"): (.+)$/,
    ja: (name, suggestion) => {
      const hint = translateMessage(suggestion);
      return hint === null ? null : `インスタンスタイプ ${name} はカタログにありません。${hint}`;
    },
  },
  // The suggestion after an unknown instance type (catalog/instanceLimits.ts).
  { en: /^did you mean (.+)\?$/, ja: (names) => `${meant(names)}ですか？` },
  { en: /^the catalog has the families (.+)$/, ja: (families) => `カタログにあるファミリーは ${families} です` },
  { en: /^the catalog has (.+)$/, ja: (types) => `カタログにあるのは ${types} です` },

  // Capacity provider strategies: the rules AWS states but whose error text is not known (capacity/capacityProviderStrategy.ts).
  {
    en: /^A capacity provider strategy must contain at least one capacity provider\. \(inferred wording\)$/,
    ja: () => 'キャパシティープロバイダー戦略には、キャパシティープロバイダーが 1 つ以上必要です（文言は推定）',
  },
  {
    en: /^The capacity provider (\S+) appears more than once in the strategy\. \(inferred wording\)$/,
    ja: (name) => `キャパシティープロバイダー ${name} が戦略に 2 回以上出てきます（文言は推定）`,
  },
  {
    en: /^The (base|weight) for (\S+) is (.+); the valid range is (.+) to (.+)\. \(inferred wording\)$/,
    ja: (field, name, value, min, max) => `${name} の ${field} が ${value} です。有効な範囲は ${min}〜${max} です（文言は推定）`,
  },

  // CIDR blocks (network/cidr.ts), after `"10.0.300.0/24": `.
  { en: /^octet (\d) starts with (".+?"), not a number 0–255$/, ja: (n, c) => `第 ${n} オクテットが ${c} で始まっています。0〜255 の数にしてください` },
  { en: /^octet (\d) is missing$/, ja: (n) => `第 ${n} オクテットがありません` },
  { en: /^octet (\d) is written (".*?"): leading zeros are not allowed$/, ja: (n, digits) => `第 ${n} オクテットが ${digits} と書かれています。先頭に 0 は付けられません` },
  { en: /^octet (\d) is (\d+), above 255$/, ja: (n, value) => `第 ${n} オクテットが ${value} で、255 を超えています` },
  { en: /^expected 4 octets, found (\d)$/, ja: (n) => `オクテットが 4 つ必要ですが、${n} つしかありません` },
  { en: /^unexpected (".+?") after octet (\d)$/, ja: (c, n) => `第 ${n} オクテットの後に予期しない ${c} があります` },
  { en: /^unexpected (".+?") after octet 4, expected "\/"$/, ja: (c) => `第 4 オクテットの後に予期しない ${c} があります。ここには "/" が来ます` },
  { en: /^more than 4 octets$/, ja: () => 'オクテットが 4 つより多くあります' },
  { en: /^the prefix length is missing, as in \/24$/, ja: () => '/24 のようなプレフィックス長がありません' },
  { en: /^the prefix length after "\/" is missing$/, ja: () => '"/" の後のプレフィックス長がありません' },
  { en: /^unexpected (".+?") after the prefix length$/, ja: (c) => `プレフィックス長の後に予期しない ${c} があります` },
  { en: /^the prefix length is written (".*?"): leading zeros are not allowed$/, ja: (digits) => `プレフィックス長が ${digits} と書かれています。先頭に 0 は付けられません` },
  { en: /^prefix length (\d+) is above 32$/, ja: (n) => `プレフィックス長 ${n} が 32 を超えています` },
  {
    en: /^prefix length (\/\d+) is outside (\/\d+)–(\/\d+), the sizes AWS allows for a VPC or subnet$/,
    ja: (prefix, largest, smallest) => `プレフィックス長 ${prefix} は、AWS が VPC やサブネットに認める ${largest}〜${smallest} の範囲外です`,
  },
  { en: /^host bits set: did you mean (\S+)\?$/, ja: (block) => `ホスト部のビットが立っています。${block} のことですか？` },

  // memberOf expressions (placement/queryLanguage.ts, queryScanner.ts).
  { en: new RegExp(`^the expression is ${NUMBER} characters long; ECS allows at most ${NUMBER}$`), ja: (n, max) => `式が ${n} 文字あります。ECS で使えるのは ${max} 文字までです` },
  { en: /^unmatched "\)"$/, ja: () => '対応する "(" のない ")" があります' },
  { en: new RegExp(`^expected and, or or the end of the expression, found ${FOUND}$`), ja: (what) => `ここには and、or、または式の終わりが来るはずですが、${found(what)}` },
  { en: /^the expression nests deeper than (\d+) levels$/, ja: (n) => `式の入れ子が ${n} 段を超えています` },
  { en: new RegExp(`^missing "\\)" for the "\\(" at position (\\d+), found ${FOUND}$`), ja: (at, what) => `位置 ${at} の "(" を閉じる ")" がありません（${found(what)}）` },
  {
    en: new RegExp(`^expected a condition such as (attribute:ecs\\.instance-type == t3\\.large), found ${FOUND}$`),
    ja: (example, what) => `ここには ${example} のような条件が来るはずですが、${found(what)}`,
  },
  { en: /^(\S+) takes one value; use in to test a list$/, ja: (operator) => `${operator} がとる値は 1 つです。リストと比べるには in を使ってください` },
  {
    en: /^(".*") is not a regular expression Isomorph can run: (.+)$/s,
    // The rest is the JavaScript engine's own message, kept as it is.
    ja: (pattern, problem) => `${pattern} は Isomorph が実行できる正規表現ではありません: ${problem}`,
  },
  {
    en: /^(\S+) is an ECS subject Isomorph does not simulate: memberOf here tests (attribute:<name>) only$/,
    ja: (subject, attribute) => `${subject} は Isomorph がシミュレートしない ECS のサブジェクトです。ここでの memberOf は ${attribute} だけを調べます`,
  },
  {
    en: /^unknown subject (".*?"): expected (attribute:<name>), such as (attribute:ecs\.instance-type)$/,
    ja: (subject, attribute, example) => `不明なサブジェクト ${subject} です。${example} のような ${attribute} を指定してください`,
  },
  { en: /^the attribute name after "attribute:" is missing$/, ja: () => '"attribute:" の後の属性名がありません' },
  { en: /^an attribute name cannot contain ":"$/, ja: () => '属性名には ":" を含められません' },
  { en: /^the attribute name is (\d+) characters long; ECS allows 1 to 128$/, ja: (n) => `属性名が ${n} 文字あります。ECS で使えるのは 1〜128 文字です` },
  {
    en: /^(\S+) orders agentVersion, registeredAt and runningTasksCount; an attribute takes ==, !=, in, !in, =~, !~, exists or !exists$/,
    ja: (operator) =>
      `${operator} は agentVersion、registeredAt、runningTasksCount を比べる演算子です。属性には ==, !=, in, !in, =~, !~, exists, !exists を使ってください`,
  },
  { en: /^"=" is not an operator: compare with ==$/, ja: () => '"=" は演算子ではありません。比べるには == を使ってください' },
  {
    en: new RegExp(`^expected an operator after (\\S+) \\((==, !=, in, !in, =~, !~, exists, !exists)\\), found ${FOUND}$`),
    ja: (subject, operators, what) => `${subject} の後には演算子（${operators}）が来るはずですが、${found(what)}`,
  },
  {
    en: new RegExp(`^(\\S+) takes a list such as (\\[us-east-1a, us-east-1b\\]), found ${FOUND}$`),
    ja: (operator, example, what) => `${operator} には ${example} のようなリストを指定してください（${found(what)}）`,
  },
  { en: /^the list is empty$/, ja: () => 'リストが空です' },
  {
    en: new RegExp(`^expected "," or "\\]" in the list opened at position (\\d+), found ${FOUND}$`),
    ja: (at, what) => `位置 ${at} で始まるリストには "," か "]" が来るはずですが、${found(what)}`,
  },
  { en: /^unterminated string: the (.) at position (\d+) is never closed$/, ja: (quote, at) => `位置 ${at} の ${quote} で始まる文字列が閉じていません` },
  { en: new RegExp(`^expected a value after (.+), found ${FOUND}$`), ja: (after, what) => `${after} の後には値が来るはずですが、${found(what)}` },
];

/** A field path as parseScenario writes it: `service.desiredCount`, `taskDefinition.containerDefinitions[0].simulate.fault`, `cluster.containerInstances.0.attributes.ecs.os-type`. */
const PATH = String.raw`[A-Za-z_$][\w$]*(?:\.[\w$@/-]+|\[\d+\])*`;
const PATH_AND_MESSAGE = new RegExp(`^(${PATH}): (.+)$`, 's');
/** A custom attribute's name is part of the path, and an invalid one may hold any character, ": " included. */
const ATTRIBUTE_PATH_AND_MESSAGE = new RegExp(String.raw`^(${PATH}\.attributes\..+?): (attribute (?:names|values) may contain .+)$`, 's');
/** A parser's position, 1-based, after its message: `… (at character 6)`. */
const AT_CHARACTER = /^(.+) \(at character (\d+)\)$/s;
/** A message about a quoted value: `"10.0.300.0/24": octet 3 is 300, above 255`. */
const ABOUT_QUOTED = /^(".*?"): (.+)$/s;

function translateTemplate(message: string): string | null {
  for (const template of TEMPLATES) {
    const match = template.en.exec(message);
    if (match === null) continue;
    // An optional group that did not take part (no unit) is ''.
    const ja = template.ja(...match.slice(1).map((group: string | undefined) => group ?? ''));
    if (ja !== null) return ja;
  }
  return null;
}

function translateMessage(message: string): string | null {
  const at = AT_CHARACTER.exec(message);
  if (at !== null) {
    const inner = translateMessage(at[1]);
    return inner === null ? null : `${inner}（${at[2]} 文字目）`;
  }
  const direct = translateTemplate(message);
  if (direct !== null) return direct;
  const about = ABOUT_QUOTED.exec(message);
  if (about === null) return null;
  const inner = translateTemplate(about[2]);
  return inner === null ? null : `${about[1]}: ${inner}`;
}

/**
 * One validation line in `locale`: the field path exactly as written, the message translated when
 * it is one of Isomorph's own; anything else unchanged.
 * @example localizeIssue('service.desiredCount: must be at least 0', 'ja') // → 'service.desiredCount: 0 以上にしてください'
 * @example localizeIssue('cluster.subnets.0.cidr: "10.0.300.0/24": octet 3 is 300, above 255 (at character 6)', 'ja')
 * // → 'cluster.subnets.0.cidr: "10.0.300.0/24": 第 3 オクテットが 300 で、255 を超えています（6 文字目）'
 */
export function localizeIssue(line: string, locale: Locale): string {
  if (locale === 'en') return line;
  for (const pattern of [PATH_AND_MESSAGE, ATTRIBUTE_PATH_AND_MESSAGE]) {
    const parts = pattern.exec(line);
    if (parts === null) continue;
    const translated = translateMessage(parts[2]);
    if (translated !== null) return `${parts[1]}: ${translated}`;
  }
  // describeIssue writes a message without a path when the issue has none.
  return translateMessage(line) ?? line;
}
