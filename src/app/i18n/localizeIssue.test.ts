import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../sim';
import { localizeIssue } from './localizeIssue';

// Every message template, written as the core writes it, with the Japanese written out by hand.
const CASES: readonly [en: string, ja: string][] = [
  ['service.desiredCount: must be at least 0', 'service.desiredCount: 0 以上にしてください'],
  ['service.desiredCount: must be at most 50', 'service.desiredCount: 50 以下にしてください'],
  ['service.deploymentConfiguration.minimumHealthyPercent: must be at most 100%', 'service.deploymentConfiguration.minimumHealthyPercent: 100% 以下にしてください'],
  ['service.deploymentConfiguration.maximumPercent: must be at least 100%', 'service.deploymentConfiguration.maximumPercent: 100% 以上にしてください'],
  ['service.healthCheckGracePeriodSeconds: must be at least 0 s', 'service.healthCheckGracePeriodSeconds: 0 秒以上にしてください'],
  ['service.loadBalancer.healthCheckIntervalSeconds: must be at most 300 s', 'service.loadBalancer.healthCheckIntervalSeconds: 300 秒以下にしてください'],
  ['taskDefinition.containerDefinitions.0.image: must be at most 255 characters', 'taskDefinition.containerDefinitions.0.image: 255 文字以内にしてください'],
  ['seed: must be at most 2147483647', 'seed: 2147483647 以下にしてください'],
  ['service.desiredCount: must be a whole number', 'service.desiredCount: 整数で指定してください'],
  ['service.desiredCount: must be a number', 'service.desiredCount: 数値で指定してください'],
  ['service.serviceName: must be a string', 'service.serviceName: 文字列で指定してください'],
  [
    'service.deploymentConfiguration.deploymentCircuitBreaker.enable: must be true or false',
    'service.deploymentConfiguration.deploymentCircuitBreaker.enable: true か false で指定してください',
  ],
  ['service.replicas: is not a field Isomorph knows', 'service.replicas: Isomorph が扱うフィールドではありません'],
  [
    'service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.type: must be one of "COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT"',
    'service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.type: "COUNT", "BOUNDED_PERCENT", "UNBOUNDED_PERCENT" のいずれかにしてください',
  ],
  ['taskDefinition.cpu: must be one of "256"', 'taskDefinition.cpu: "256" のいずれかにしてください'],
  ['start: must be "steady" or "empty"', 'start: "steady" か "empty" にしてください'],
  [
    'service.serviceName: may contain only letters, numbers, hyphens and underscores (1–255)',
    'service.serviceName: 英数字・ハイフン・アンダースコアのみ、1〜255 文字で指定してください',
  ],
  [
    'taskDefinition.containerDefinitions.0.name: may contain only letters, numbers, hyphens and underscores',
    'taskDefinition.containerDefinitions.0.name: 英数字・ハイフン・アンダースコアのみ使えます',
  ],
  [
    'service.loadBalancer.targetGroupName: may contain only letters, numbers and hyphens (1–32)',
    'service.loadBalancer.targetGroupName: 英数字とハイフンのみ、1〜32 文字で指定してください',
  ],
  ['kubernetes.maxSurge: must be a whole number or a percentage such as "25%"', 'kubernetes.maxSurge: 整数か、"25%" のようなパーセント値で指定してください'],
  ['kubernetes.maxSurge: must not be negative', 'kubernetes.maxSurge: 負の値は指定できません'],
  ['taskDefinition.cpu: must be a Fargate CPU size such as "256"', 'taskDefinition.cpu: "256" のような Fargate の CPU サイズを指定してください'],
  ['taskDefinition.memory: must be MiB as a string, such as "512"', 'taskDefinition.memory: "512" のように MiB 単位の文字列で指定してください'],
  [
    'taskDefinition.containerDefinitions.0.healthCheck.command: needs at least one element, such as "CMD-SHELL"',
    'taskDefinition.containerDefinitions.0.healthCheck.command: 要素が 1 つ以上必要です（"CMD-SHELL" など）',
  ],
  ['taskDefinition.containerDefinitions.0.image: must not be empty', 'taskDefinition.containerDefinitions.0.image: 空にはできません'],
  ['taskDefinition.containerDefinitions: needs at least one container', 'taskDefinition.containerDefinitions: コンテナが 1 つ以上必要です'],
  ['taskDefinition.containerDefinitions: needs at least one essential container', 'taskDefinition.containerDefinitions: essential が true のコンテナが 1 つ以上必要です'],
  ['taskDefinition.containerDefinitions: Isomorph models at most 10 containers', 'taskDefinition.containerDefinitions: Isomorph で扱えるコンテナは 10 個までです'],
  [
    'taskDefinition.executionRoleArn: must be an IAM role ARN such as "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"',
    'taskDefinition.executionRoleArn: "arn:aws:iam::123456789012:role/ecsTaskExecutionRole" のような IAM ロールの ARN を指定してください',
  ],
  [
    'service.deploymentConfiguration.deploymentCircuitBreaker.rollback: is true, but rollback only happens when the circuit breaker is on: set enable to true too',
    'service.deploymentConfiguration.deploymentCircuitBreaker.rollback: true になっていますが、ロールバックはサーキットブレーカーが有効なときにしか行われません。enable も true にしてください',
  ],
  [
    'taskDefinition.containerDefinitions[0].simulate.fault: "failing-health-check" needs something to check the container: give containerDefinitions[0] a healthCheck, or put the service behind a loadBalancer that targets "web"',
    'taskDefinition.containerDefinitions[0].simulate.fault: "failing-health-check" には、コンテナをチェックする仕組みが必要です。containerDefinitions[0] に healthCheck を設定するか、"web" をターゲットとする loadBalancer の配下にサービスを置いてください',
  ],
  // describeIssue writes the message alone when the issue has no path.
  ['must be at least 1', '1 以上にしてください'],
];

// The real systems' own words, and anything new: unchanged in both languages.
const PASS_THROUGH: readonly string[] = [
  'kubernetes.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0',
  'kubernetes.progressDeadlineSeconds: Invalid value: 5: must be greater than minReadySeconds',
  'kubernetes.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
  'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
  'InvalidParameterException: Unable to assume role and validate the specified targetGroupArn.',
  'ClientException: No Container Instances were found in your cluster.',
  'error: no rollout history found for deployment "web"',
  'service.desiredCount: must be a prime number',
  'commands must be in time order',
  'Invalid type: Expected Object but received null',
  '',
];

describe('localizeIssue', () => {
  it('leaves every message unchanged in English', () => {
    for (const [en] of CASES) expect(localizeIssue(en, 'en')).toBe(en);
  });

  it('translates every template into Japanese and keeps the field path exactly', () => {
    for (const [en, ja] of CASES) {
      expect(localizeIssue(en, 'ja'), en).toBe(ja);
      const path = en.split(': ')[0];
      if (/^[\w.[\]]+$/.test(path)) expect(localizeIssue(en, 'ja').startsWith(`${path}: `), en).toBe(true);
    }
  });

  it('passes the real systems’ words and unknown messages through unchanged', () => {
    for (const line of PASS_THROUGH) {
      expect(localizeIssue(line, 'en')).toBe(line);
      expect(localizeIssue(line, 'ja')).toBe(line);
    }
  });

  it('translates what parseScenario really returns, keeping what the settings forms match', () => {
    const invalid: [input: unknown, path: string][] = [
      [{ service: { desiredCount: -1 } }, 'service.desiredCount'],
      [{ service: { deploymentConfiguration: { minimumHealthyPercent: 150 } } }, 'service.deploymentConfiguration.minimumHealthyPercent'],
      [
        { service: { deploymentConfiguration: { deploymentCircuitBreaker: { enable: false, rollback: true } } } },
        'service.deploymentConfiguration.deploymentCircuitBreaker.rollback',
      ],
      [
        { service: { deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true, thresholdConfiguration: { type: 'COUNT', value: 0 } } } } },
        'service.deploymentConfiguration.deploymentCircuitBreaker.thresholdConfiguration.value',
      ],
      [{ service: { loadBalancer: { healthCheckIntervalSeconds: 1 } } }, 'service.loadBalancer.healthCheckIntervalSeconds'],
      [{ taskDefinition: { containerDefinitions: [{ name: 'web', image: 'web:1', simulate: { fault: 'failing-health-check' } }] } }, 'taskDefinition.containerDefinitions[0].simulate.fault'],
      [{ service: { replicas: 3 } }, 'service.replicas'],
    ];
    for (const [input, path] of invalid) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const error of result.errors) {
        const ja = localizeIssue(error, 'ja');
        expect(error.startsWith(`${path}: `), error).toBe(true);
        expect(ja.startsWith(`${path}: `), ja).toBe(true);
        expect(ja, error).not.toBe(error);
        expect(ja, error).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Every message string in the core's validation sources has a Japanese translation: a new
// message cannot be added without one.

const SOURCES = ['scenario/scenarioSchema.ts', 'scenario/wholeNumber.ts', 'scenario/parseScenario.ts', 'scenario/describeIssue.ts', 'faults/faultConflicts.ts'];

/** Sample values for the expressions the templates interpolate. An unknown one fails the test: add it here. */
const SAMPLES: Record<string, string> = {
  min: '2',
  max: '300',
  unit: ' s',
  path: 'taskDefinition.containerDefinitions',
  i: '0',
  fault: 'failing-health-check',
  'container.name': 'web',
  [`FAULT_NAMES.map((f) => \`"\${f}"\`).join(', ')`]: '"healthy", "oom"',
  f: 'oom',
  progressDeadlineSeconds: '5',
  minReadySeconds: '10',
  'JSON.stringify(maxUnavailable)': '"150%"',
  DEFAULT_IMAGE_REPOSITORY: 'public.ecr.aws/isomorph/web',
  'issue.message': 'must be a number',
};

/** The real systems' own wording in these files: must stay English. */
const REAL_SYSTEMS = /Invalid value: /;
/** Templates that only join a path and a message already checked elsewhere. */
const JOINS = new Set(['${path}: ${issue.message}']);

interface SourceMessage {
  file: string;
  source: string;
  sample: string;
}

function messagesIn(file: string): SourceMessage[] {
  const text = readFileSync(fileURLToPath(new URL(`../../sim/${file}`, import.meta.url)), 'utf8');
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: SourceMessage[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ file, source: node.text, sample: node.text });
      return;
    }
    if (ts.isTemplateExpression(node)) {
      let sample = node.head.text;
      for (const span of node.templateSpans) {
        const expression = span.expression.getText(sourceFile);
        if (!(expression in SAMPLES)) throw new Error(`${file}: no sample value for \${${expression}} in ${node.getText(sourceFile)}`);
        sample += SAMPLES[expression] + span.literal.text;
      }
      found.push({ file, source: node.getText(sourceFile).slice(1, -1), sample });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  // A message is words: at least two, starting with a letter or a quote (not ' s', '%', 'COUNT', paths).
  return found.filter((m) => /^["A-Za-z$]/.test(m.source) && /[A-Za-z] [A-Za-z"]/.test(m.sample));
}

describe('every message in the core’s validation sources', () => {
  const messages = SOURCES.flatMap(messagesIn);

  it('finds them (the scan works)', () => {
    const sources = messages.map((m) => m.source);
    expect(sources).toContain('must be a whole number');
    expect(sources).toContain('must be at least ${min}${unit}');
    expect(sources).toContain('needs at least one essential container');
    expect(sources).toContain('${path}: is not a field Isomorph knows');
    expect(messages.some((m) => m.file === 'faults/faultConflicts.ts')).toBe(true);
    expect(messages.length).toBeGreaterThan(25);
  });

  it('has a Japanese translation, or stays English when it is the real system’s words', () => {
    for (const { file, source, sample } of messages) {
      if (JOINS.has(source)) continue;
      const line = /^[\w.[\]]+: /.test(sample) ? sample : `service.someField: ${sample}`;
      const ja = localizeIssue(line, 'ja');
      if (REAL_SYSTEMS.test(sample)) {
        expect(ja, `${file}: ${source}`).toBe(line);
      } else {
        expect(ja, `${file}: ${source} has no Japanese translation in localizeIssue.ts`).not.toBe(line);
        expect(ja, `${file}: ${source}`).toMatch(/[ぁ-んァ-ヶ一-龠]/);
        expect(ja.split(': ')[0], `${file}: ${source} keeps the path`).toBe(line.split(': ')[0]);
      }
    }
  });
});
