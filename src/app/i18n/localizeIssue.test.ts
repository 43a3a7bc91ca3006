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
    'taskDefinition.cpu: "128" runs only on EC2: the smallest Fargate task is "256" (0.25 vCPU)',
    'taskDefinition.cpu: "128" は EC2 でしか動きません。Fargate の最小のタスクサイズは "256"（0.25 vCPU）です',
  ],
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
  // The cluster and where the service runs (clusterSchema.ts, parseCluster.ts).
  ['cluster.subnets.0.subnetId: must be a subnet id such as "subnet-0a1b2c3d"', 'cluster.subnets.0.subnetId: "subnet-0a1b2c3d" のようなサブネット ID を指定してください'],
  [
    'service.networkConfiguration.awsvpcConfiguration.securityGroups.0: must be a security group id such as "sg-0a1b2c3d"',
    'service.networkConfiguration.awsvpcConfiguration.securityGroups.0: "sg-0a1b2c3d" のようなセキュリティグループ ID を指定してください',
  ],
  ['cluster.subnets.0.availabilityZone: must be an Availability Zone such as "us-east-1a"', 'cluster.subnets.0.availabilityZone: "us-east-1a" のようなアベイラビリティーゾーンを指定してください'],
  ['cluster.subnets.0.cidr: must be a CIDR block such as "10.0.1.0/24"', 'cluster.subnets.0.cidr: "10.0.1.0/24" のような CIDR ブロックを指定してください'],
  ['cluster.containerInstances.0.instanceType: must be an instance type such as "m5.large"', 'cluster.containerInstances.0.instanceType: "m5.large" のようなインスタンスタイプを指定してください'],
  [
    'cluster.containerInstances.0.attributes.ecs.os-type: attribute values may contain letters, numbers, and . - _ / @ : (1–128)',
    'cluster.containerInstances.0.attributes.ecs.os-type: 属性値には英数字と . - _ / @ : が使えます（1〜128 文字）',
  ],
  // An invalid attribute name is part of the path, spaces and all.
  [
    'cluster.containerInstances.0.attributes.my attr: attribute names may contain letters, numbers, and . - _ / @ (1–128)',
    'cluster.containerInstances.0.attributes.my attr: 属性名には英数字と . - _ / @ が使えます（1〜128 文字）',
  ],
  [
    'cluster.capacityProviders.0: must be { "name": "FARGATE" }, { "name": "FARGATE_SPOT" } or an Auto Scaling group provider { "name", "autoScalingGroupProvider" }',
    'cluster.capacityProviders.0: { "name": "FARGATE" }、{ "name": "FARGATE_SPOT" }、または Auto Scaling グループのプロバイダー { "name", "autoScalingGroupProvider" } にしてください',
  ],
  [
    'service.placementConstraints.0.type: must be { "type": "distinctInstance" } or { "type": "memberOf", "expression": … }',
    'service.placementConstraints.0.type: { "type": "distinctInstance" } か { "type": "memberOf", "expression": … } にしてください',
  ],
  [
    'service.placementStrategy.0.type: must be { "type": "binpack" | "spread" | "random", "field"?: … }',
    'service.placementStrategy.0.type: { "type": "binpack" | "spread" | "random", "field"?: … } の形で指定してください',
  ],
  ['service.placementStrategy.0.field: must be "instanceId", "host" or "attribute:<name>"', 'service.placementStrategy.0.field: "instanceId", "host", "attribute:<name>" のいずれかにしてください'],
  ['service.launchType: must be "FARGATE", "EC2" or "EXTERNAL"', 'service.launchType: "FARGATE", "EC2", "EXTERNAL" のいずれかにしてください'],
  ['service.placementConstraints.0.expression: must be at most 2,000 characters', 'service.placementConstraints.0.expression: 2,000 文字以内にしてください'],
  ['cluster.subnets: needs at least one subnet', 'cluster.subnets: サブネットが 1 つ以上必要です'],
  ['cluster.subnets: Isomorph models at most 16 subnets', 'cluster.subnets: Isomorph で扱えるサブネットは 16 個までです'],
  ['cluster.containerInstances: Isomorph models at most 500 container instances', 'cluster.containerInstances: Isomorph で扱えるコンテナインスタンスは 500 台までです'],
  ['cluster.capacityProviders: a cluster in Isomorph has at most 20 capacity providers', 'cluster.capacityProviders: Isomorph のクラスターに関連付けられるキャパシティープロバイダーは 20 個までです'],
  ['service.placementConstraints: can have at most 10 constraints', 'service.placementConstraints: 指定できる制約は 10 個までです'],
  ['service.placementStrategy: can have at most 4 strategy rules', 'service.placementStrategy: 指定できる戦略ルールは 4 個までです'],
  ['service.networkConfiguration.awsvpcConfiguration.subnets: can have at most 16 subnets', 'service.networkConfiguration.awsvpcConfiguration.subnets: 指定できるサブネットは 16 個までです'],
  [
    'service.networkConfiguration.awsvpcConfiguration.securityGroups: can have at most 5 security groups',
    'service.networkConfiguration.awsvpcConfiguration.securityGroups: 指定できるセキュリティグループは 5 個までです',
  ],
  ['service.capacityProviderStrategy: can contain at most 20 capacity providers', 'service.capacityProviderStrategy: 指定できるキャパシティープロバイダーは 20 個までです'],
  ['cluster.subnets.1.subnetId: "subnet-a" is used twice', 'cluster.subnets.1.subnetId: "subnet-a" が 2 回使われています'],
  ['cluster.capacityProviders.1.name: "ec2-large" is associated twice', 'cluster.capacityProviders.1.name: "ec2-large" がクラスターに 2 回関連付けられています'],
  [
    'cluster.containerInstances.0.availabilityZone: no subnet of the cluster is in us-east-1d (subnets are in us-east-1a, us-east-1b, us-east-1c)',
    'cluster.containerInstances.0.availabilityZone: クラスターのサブネットに us-east-1d のものはありません（サブネットがあるのは us-east-1a, us-east-1b, us-east-1c）',
  ],
  // Instance types (catalog/instanceLimits.ts).
  [
    'cluster.containerInstances.0.instanceType: unknown instance type "m5.larg": did you mean m5.large?',
    'cluster.containerInstances.0.instanceType: インスタンスタイプ "m5.larg" はカタログにありません。m5.large のことですか？',
  ],
  [
    'cluster.containerInstances.0.instanceType: unknown instance type "m5.8xlarge": did you mean m5.xlarge, m5.2xlarge or m5.4xlarge?',
    'cluster.containerInstances.0.instanceType: インスタンスタイプ "m5.8xlarge" はカタログにありません。m5.xlarge, m5.2xlarge, m5.4xlarge のいずれかですか？',
  ],
  [
    'cluster.containerInstances.0.instanceType: unknown instance type "c5.metal-48xl": the catalog has c5.large, c5.xlarge, c5.2xlarge, c5.4xlarge',
    'cluster.containerInstances.0.instanceType: インスタンスタイプ "c5.metal-48xl" はカタログにありません。カタログにあるのは c5.large, c5.xlarge, c5.2xlarge, c5.4xlarge です',
  ],
  [
    'cluster.containerInstances.0.instanceType: unknown instance type "p4d.24xlarge": the catalog has the families t3, m5, c5, r5, m6i, m7g',
    'cluster.containerInstances.0.instanceType: インスタンスタイプ "p4d.24xlarge" はカタログにありません。カタログにあるファミリーは t3, m5, c5, r5, m6i, m7g です',
  ],
  // Capacity provider strategy rules whose real error text is not known (capacity/capacityProviderStrategy.ts).
  [
    'service.capacityProviderStrategy: A capacity provider strategy must contain at least one capacity provider. (inferred wording)',
    'service.capacityProviderStrategy: キャパシティープロバイダー戦略には、キャパシティープロバイダーが 1 つ以上必要です（文言は推定）',
  ],
  [
    'service.capacityProviderStrategy: The capacity provider FARGATE appears more than once in the strategy. (inferred wording)',
    'service.capacityProviderStrategy: キャパシティープロバイダー FARGATE が戦略に 2 回以上出てきます（文言は推定）',
  ],
  [
    'service.capacityProviderStrategy: The weight for FARGATE_SPOT is 1001; the valid range is 0 to 1,000. (inferred wording)',
    'service.capacityProviderStrategy: FARGATE_SPOT の weight が 1001 です。有効な範囲は 0〜1,000 です（文言は推定）',
  ],
  // CIDR blocks (network/cidr.ts), with the 1-based position parseCluster adds.
  ['cluster.subnets.0.cidr: "10.0.300.0/24": octet 3 is 300, above 255 (at character 6)', 'cluster.subnets.0.cidr: "10.0.300.0/24": 第 3 オクテットが 300 で、255 を超えています（6 文字目）'],
  ['cluster.subnets.0.cidr: "ten.0.1.0/24": octet 1 starts with "t", not a number 0–255 (at character 1)', 'cluster.subnets.0.cidr: "ten.0.1.0/24": 第 1 オクテットが "t" で始まっています。0〜255 の数にしてください（1 文字目）'],
  ['cluster.subnets.0.cidr: "10.0.": octet 3 is missing (at character 6)', 'cluster.subnets.0.cidr: "10.0.": 第 3 オクテットがありません（6 文字目）'],
  [
    'cluster.subnets.0.cidr: "10.0.01.0/24": octet 3 is written "01": leading zeros are not allowed (at character 6)',
    'cluster.subnets.0.cidr: "10.0.01.0/24": 第 3 オクテットが "01" と書かれています。先頭に 0 は付けられません（6 文字目）',
  ],
  ['cluster.subnets.0.cidr: "10.0.1/24": expected 4 octets, found 3 (at character 7)', 'cluster.subnets.0.cidr: "10.0.1/24": オクテットが 4 つ必要ですが、3 つしかありません（7 文字目）'],
  ['cluster.subnets.0.cidr: "10.0-1.0/24": unexpected "-" after octet 2 (at character 5)', 'cluster.subnets.0.cidr: "10.0-1.0/24": 第 2 オクテットの後に予期しない "-" があります（5 文字目）'],
  ['cluster.subnets.0.cidr: "10.0.1.0.0/24": more than 4 octets (at character 9)', 'cluster.subnets.0.cidr: "10.0.1.0.0/24": オクテットが 4 つより多くあります（9 文字目）'],
  ['cluster.subnets.0.cidr: "10.0.1.0": the prefix length is missing, as in /24 (at character 9)', 'cluster.subnets.0.cidr: "10.0.1.0": /24 のようなプレフィックス長がありません（9 文字目）'],
  [
    'cluster.subnets.0.cidr: "10.0.1.0 /24": unexpected " " after octet 4, expected "/" (at character 9)',
    'cluster.subnets.0.cidr: "10.0.1.0 /24": 第 4 オクテットの後に予期しない " " があります。ここには "/" が来ます（9 文字目）',
  ],
  ['cluster.subnets.0.cidr: "10.0.1.0/": the prefix length after "/" is missing (at character 10)', 'cluster.subnets.0.cidr: "10.0.1.0/": "/" の後のプレフィックス長がありません（10 文字目）'],
  ['cluster.subnets.0.cidr: "10.0.1.0/24x": unexpected "x" after the prefix length (at character 12)', 'cluster.subnets.0.cidr: "10.0.1.0/24x": プレフィックス長の後に予期しない "x" があります（12 文字目）'],
  [
    'cluster.subnets.0.cidr: "10.0.1.0/024": the prefix length is written "024": leading zeros are not allowed (at character 10)',
    'cluster.subnets.0.cidr: "10.0.1.0/024": プレフィックス長が "024" と書かれています。先頭に 0 は付けられません（10 文字目）',
  ],
  ['cluster.subnets.0.cidr: "10.0.1.0/33": prefix length 33 is above 32 (at character 10)', 'cluster.subnets.0.cidr: "10.0.1.0/33": プレフィックス長 33 が 32 を超えています（10 文字目）'],
  [
    'cluster.subnets.0.cidr: "10.0.1.0/29": prefix length /29 is outside /16–/28, the sizes AWS allows for a VPC or subnet (at character 10)',
    'cluster.subnets.0.cidr: "10.0.1.0/29": プレフィックス長 /29 は、AWS が VPC やサブネットに認める /16〜/28 の範囲外です（10 文字目）',
  ],
  ['cluster.subnets.0.cidr: "10.0.1.5/24": host bits set: did you mean 10.0.1.0/24? (at character 8)', 'cluster.subnets.0.cidr: "10.0.1.5/24": ホスト部のビットが立っています。10.0.1.0/24 のことですか？（8 文字目）'],
  // memberOf expressions (placement/queryLanguage.ts, queryScanner.ts).
  [
    'service.placementConstraints.0.expression: the expression is 2001 characters long; ECS allows at most 2000 (at character 2001)',
    'service.placementConstraints.0.expression: 式が 2001 文字あります。ECS で使えるのは 2000 文字までです（2001 文字目）',
  ],
  ['service.placementConstraints.0.expression: unmatched ")" (at character 17)', 'service.placementConstraints.0.expression: 対応する "(" のない ")" があります（17 文字目）'],
  [
    'service.placementConstraints.0.expression: expected and, or or the end of the expression, found "x" (at character 16)',
    'service.placementConstraints.0.expression: ここには and、or、または式の終わりが来るはずですが、"x" があります（16 文字目）',
  ],
  ['service.placementConstraints.0.expression: the expression nests deeper than 100 levels (at character 102)', 'service.placementConstraints.0.expression: 式の入れ子が 100 段を超えています（102 文字目）'],
  [
    'service.placementConstraints.0.expression: missing ")" for the "(" at position 0, found the end (at character 41)',
    'service.placementConstraints.0.expression: 位置 0 の "(" を閉じる ")" がありません（式が終わっています）（41 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: expected a condition such as attribute:ecs.instance-type == t3.large, found the end (at character 1)',
    'service.placementConstraints.0.expression: ここには attribute:ecs.instance-type == t3.large のような条件が来るはずですが、式が終わっています（1 文字目）',
  ],
  ['service.placementConstraints.0.expression: == takes one value; use in to test a list (at character 16)', 'service.placementConstraints.0.expression: == がとる値は 1 つです。リストと比べるには in を使ってください（16 文字目）'],
  [
    'service.placementConstraints.0.expression: "t3.(" is not a regular expression Isomorph can run: Invalid regular expression: /t3.(/u: Unterminated group (at character 32)',
    'service.placementConstraints.0.expression: "t3.(" は Isomorph が実行できる正規表現ではありません: Invalid regular expression: /t3.(/u: Unterminated group（32 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: runningTasksCount is an ECS subject Isomorph does not simulate: memberOf here tests attribute:<name> only (at character 1)',
    'service.placementConstraints.0.expression: runningTasksCount は Isomorph がシミュレートしない ECS のサブジェクトです。ここでの memberOf は attribute:<name> だけを調べます（1 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: unknown subject "foo": expected attribute:<name>, such as attribute:ecs.instance-type (at character 1)',
    'service.placementConstraints.0.expression: 不明なサブジェクト "foo" です。attribute:ecs.instance-type のような attribute:<name> を指定してください（1 文字目）',
  ],
  ['service.placementConstraints.0.expression: the attribute name after "attribute:" is missing (at character 11)', 'service.placementConstraints.0.expression: "attribute:" の後の属性名がありません（11 文字目）'],
  ['service.placementConstraints.0.expression: an attribute name cannot contain ":" (at character 12)', 'service.placementConstraints.0.expression: 属性名には ":" を含められません（12 文字目）'],
  [
    'service.placementConstraints.0.expression: the attribute name is 130 characters long; ECS allows 1 to 128 (at character 11)',
    'service.placementConstraints.0.expression: 属性名が 130 文字あります。ECS で使えるのは 1〜128 文字です（11 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: > orders agentVersion, registeredAt and runningTasksCount; an attribute takes ==, !=, in, !in, =~, !~, exists or !exists (at character 13)',
    'service.placementConstraints.0.expression: > は agentVersion、registeredAt、runningTasksCount を比べる演算子です。属性には ==, !=, in, !in, =~, !~, exists, !exists を使ってください（13 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: "=" is not an operator: compare with == (at character 23)',
    'service.placementConstraints.0.expression: "=" は演算子ではありません。比べるには == を使ってください（23 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: expected an operator after attribute:a (==, !=, in, !in, =~, !~, exists, !exists), found the end (at character 12)',
    'service.placementConstraints.0.expression: attribute:a の後には演算子（==, !=, in, !in, =~, !~, exists, !exists）が来るはずですが、式が終わっています（12 文字目）',
  ],
  [
    'service.placementConstraints.0.expression: in takes a list such as [us-east-1a, us-east-1b], found "x" (at character 16)',
    'service.placementConstraints.0.expression: in には [us-east-1a, us-east-1b] のようなリストを指定してください（"x" があります）（16 文字目）',
  ],
  ['service.placementConstraints.0.expression: the list is empty (at character 17)', 'service.placementConstraints.0.expression: リストが空です（17 文字目）'],
  [
    'service.placementConstraints.0.expression: expected "," or "]" in the list opened at position 15, found "y" (at character 19)',
    'service.placementConstraints.0.expression: 位置 15 で始まるリストには "," か "]" が来るはずですが、"y" があります（19 文字目）',
  ],
  [
    "service.placementConstraints.0.expression: unterminated string: the ' at position 31 is never closed (at character 32)",
    "service.placementConstraints.0.expression: 位置 31 の ' で始まる文字列が閉じていません（32 文字目）",
  ],
  [
    'service.placementConstraints.0.expression: expected a value after ==, found the end (at character 15)',
    'service.placementConstraints.0.expression: == の後には値が来るはずですが、式が終わっています（15 文字目）',
  ],
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
  // ECS, EC2 and EC2 Auto Scaling errors, and the ECS Developer Guide's sentences, as parseCluster writes them.
  'service.launchType: Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.',
  "cluster.subnets.1.cidr: The CIDR '10.0.1.128/25' conflicts with another subnet (cluster.subnets.0)",
  "service.networkConfiguration.awsvpcConfiguration.subnets.0: The subnet ID 'subnet-zz' does not exist",
  'cluster.capacityProviders.0.autoScalingGroupProvider.autoScalingGroup: Desired capacity:5 must be between the specified min size:0 and max size:4',
  'service.capacityProviderStrategy.0.capacityProvider: The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.',
  'service.capacityProviderStrategy: A capacity provider strategy can only contain Auto Scaling group or Fargate capacity providers, but not both.',
  'service.capacityProviderStrategy: Only one capacity provider in a capacity provider strategy can have a base defined.',
  'service.capacityProviderStrategy: There are no capacity providers with a weight value greater than zero defined in the capacity provider strategy. At least one capacity provider must have a weight value greater than zero specified.',
  "service.placementStrategy: Task placement strategies and constraints aren't supported for tasks using the Fargate launch type.",
  "service.loadBalancer: Service load balancing isn't supported for the EXTERNAL launch type.",
  "service.networkConfiguration: The awsvpc network mode isn't supported for the EXTERNAL launch type.",
  'cluster.capacityProviders.0.name: The name cannot be prefixed with "aws", "ecs", or "fargate".',
  // A known message after an unknown one is not a field path and a message.
  'service.x: Invalid value: 3: must be at least 4',
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
      // The cluster: a CIDR that does not parse, an instance type not in the catalog, a memberOf
      // expression with a syntax error (each from a parser of Isomorph's own).
      [{ cluster: { subnets: [{ subnetId: 'subnet-a', cidr: '10.0.300.0/24', availabilityZone: 'us-east-1a' }] } }, 'cluster.subnets.0.cidr'],
      [{ cluster: { subnets: [{ subnetId: 'subnet-a', cidr: '10.0.1.0/29', availabilityZone: 'us-east-1a' }] } }, 'cluster.subnets.0.cidr'],
      [{ cluster: { containerInstances: [{ instanceType: 'm5.larg' }] } }, 'cluster.containerInstances.0.instanceType'],
      [{ cluster: { containerInstances: [{ instanceType: 'm5.large', availabilityZone: 'us-east-1d' }] } }, 'cluster.containerInstances.0.availabilityZone'],
      [{ cluster: { containerInstances: [{ instanceType: 'm5.large', attributes: { 'my attr': 'x' } }] } }, 'cluster.containerInstances.0.attributes.my attr'],
      [
        { service: { launchType: 'EC2', placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.os-type = linux' }] } },
        'service.placementConstraints.0.expression',
      ],
      [{ service: { launchType: 'EC2', placementStrategy: [{ type: 'spread', field: 'az' }] } }, 'service.placementStrategy.0.field'],
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

  it('keeps what parseScenario returns in ECS’s, EC2’s or Auto Scaling’s words in English', () => {
    const subnet = (subnetId: string, cidr: string, availabilityZone: string) => ({ subnetId, cidr, availabilityZone });
    const invalid: [input: unknown, path: string][] = [
      // An awsvpcConfiguration subnet the cluster does not have: EC2's InvalidSubnetID.NotFound.
      [{ service: { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-zz'] } } } }, 'service.networkConfiguration.awsvpcConfiguration.subnets.0'],
      // Overlapping subnets: EC2's InvalidSubnet.Conflict.
      [{ cluster: { subnets: [subnet('subnet-a', '10.0.1.0/24', 'us-east-1a'), subnet('subnet-b', '10.0.1.128/25', 'us-east-1b')] } }, 'cluster.subnets.1.cidr'],
      [{ service: { launchType: 'EC2', capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } }, 'service.launchType'],
      [
        { cluster: { capacityProviders: [{ name: 'ec2-large', autoScalingGroupProvider: { autoScalingGroup: { instanceType: 'm5.large', minSize: 0, maxSize: 4, desiredCapacity: 5 } } }] } },
        'cluster.capacityProviders.0.autoScalingGroupProvider.autoScalingGroup',
      ],
    ];
    for (const [input, path] of invalid) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const error of result.errors) {
        expect(error.startsWith(`${path}: `), error).toBe(true);
        expect(localizeIssue(error, 'ja')).toBe(error);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Every message string in the core's validation sources has a Japanese translation: a new
// message cannot be added without one.

const SOURCES = [
  'scenario/scenarioSchema.ts',
  'scenario/wholeNumber.ts',
  'scenario/parseScenario.ts',
  'scenario/describeIssue.ts',
  'faults/faultConflicts.ts',
  'scenario/clusterSchema.ts',
  'scenario/parseCluster.ts',
  // Messages parseCluster passes on, with the field path in front.
  'capacity/capacityProviderStrategy.ts',
  'network/cidr.ts',
  'catalog/instanceLimits.ts',
  'placement/queryLanguage.ts',
  'placement/queryScanner.ts',
];

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
  // parseCluster.ts
  'found.error': 'unknown instance type "m5.larg": did you mean m5.large?',
  'ci.availabilityZone': 'us-east-1d',
  "zones.join(', ')": 'us-east-1a, us-east-1b',
  'result.error': '"10.0.300.0/24": octet 3 is 300, above 255',
  'result.position + 1': '6',
  'subnet.subnetId': 'subnet-a',
  'subnet.cidr': '10.0.1.128/25',
  'clash.i': '0',
  'provider.name': 'ec2-large',
  field: 'cluster.capacityProviders.0.autoScalingGroupProvider',
  desiredCapacity: '5',
  'autoScalingGroup.minSize': '0',
  'autoScalingGroup.maxSize': '4',
  "placementConstraints.length > 0 ? 'placementConstraints' : 'placementStrategy'": 'placementStrategy',
  "constraints !== undefined ? 'placementConstraints' : 'placementStrategy'": 'placementConstraints',
  'parsed.error': '"=" is not an operator: compare with ==',
  'parsed.position + 1': '23',
  id: 'subnet-zz',
  problem: 'octet 3 is 300, above 255',
  // capacity/capacityProviderStrategy.ts
  MAX_ITEMS: '20',
  repeated: 'FARGATE',
  'item.capacityProvider': 'FARGATE',
  base: '-1',
  weight: '1001',
  // network/cidr.ts
  text: '10.0.300.0/24',
  n: '3',
  'text[i]': 'x',
  'read.digits': '300',
  'text[prefix.end]': 'x',
  'prefix.digits': '33',
  'prefix.value': '29',
  'formatIpv4(network)': '10.0.1.0',
  'cidr.text': '10.0.1.0/28',
  usable: '11',
  'usable - 1': '10',
  // catalog/instanceLimits.ts
  name: 'm5.larg',
  'suggestionFor(name)': 'did you mean m5.large?',
  'joinAlternatives(closest.slice(0, 3))': 'm5.xlarge, m5.2xlarge or m5.4xlarge',
  "sameFamily.join(', ')": 'm5.large, m5.xlarge',
  "families.join(', ')": 't3, m5, c5',
  "names.slice(0, -1).join(', ')": 'm5.xlarge, m5.2xlarge',
  'names[names.length - 1]': 'm5.4xlarge',
  // placement/queryLanguage.ts, queryScanner.ts
  'text.length': '2001',
  MAX_LENGTH: '2000',
  'found(cursor)': '"("',
  MAX_DEPTH: '100',
  open: '0',
  operator: '==',
  value: 't3.(',
  subject: 'runningTasksCount',
  'name.length': '130',
  word: 'in',
  'cursor.text[cursor.pos]': 'x',
  quote: "'",
  position: '31',
  after: '==',
};

/**
 * The real systems' own wording in these files: must stay English. Kubernetes' API server
 * ("Invalid value: "); ECS's CreateService, CreateCapacityProvider and the capacity provider
 * strategy rules; EC2's subnet errors; EC2 Auto Scaling's desired-capacity error; the ECS
 * Developer Guide's sentences for Fargate placement and ECS Anywhere.
 */
const REAL_SYSTEMS = new RegExp(
  [
    'Invalid value: ',
    'Specifying both a launch type and capacity provider strategy is not supported\\.',
    "The CIDR '[^']*' conflicts with another subnet",
    "The subnet ID '[^']*' does not exist",
    'Desired capacity:\\d+ must be between the specified min size:\\d+ and max size:\\d+',
    'Max bound, \\d+, must be greater than or equal to min bound, \\d+',
    'The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster\\.',
    'A capacity provider strategy can only contain Auto Scaling group or Fargate capacity providers, but not both\\.',
    'A capacity provider strategy can contain a maximum of \\d+ capacity providers\\.',
    'Only one capacity provider in a capacity provider strategy can have a base defined\\.',
    'There are no capacity providers with a weight value greater than zero',
    "Task placement strategies and constraints aren't supported for tasks using the Fargate launch type\\.",
    "You can't update a service using an Auto Scaling group capacity provider to use a Fargate capacity provider\\. The opposite is also the case\\.",
    "Service load balancing isn't supported",
    "The awsvpc network mode isn't supported",
    'The name cannot be prefixed with "aws", "ecs", or "fargate"\\.',
  ].join('|'),
);
/** Templates that only join a path and a message already checked elsewhere. */
const JOINS = new Set([
  '${path}: ${issue.message}',
  '${field}: ${problem}',
  'cluster.containerInstances.${i}.instanceType: ${found.error}',
  '${field}.autoScalingGroup.instanceType: ${found.error}',
]);
/** Strings in these files that are not validation messages. */
const NOT_MESSAGES = new Set([
  // nthUsableAddress's RangeError: a caller's mistake, never shown for a scenario.
  '"${cidr.text}" has ${usable} usable addresses, numbered 0 to ${usable - 1}; there is no address ${n}',
  // The list inside "did you mean …?", checked with it.
  "${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}",
  // What found() returns inside "…, found the end", checked with those messages.
  'the end',
]);

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
  // A message is words: at least two (a number counts: "octet 3 is 300, above 255"), starting with
  // a letter or a quote (not ' s', '%', 'COUNT', paths).
  return found.filter((m) => /^["A-Za-z$]/.test(m.source) && /[A-Za-z] [A-Za-z"\d]/.test(m.sample));
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
    expect(sources).toContain('must be an Availability Zone such as "us-east-1a"');
    expect(sources).toContain('cluster.subnets.${i}.subnetId: "${subnet.subnetId}" is used twice');
    expect(sources).toContain('octet ${n} is ${read.digits}, above 255');
    expect(sources).toContain('unknown instance type "${name}": ${suggestionFor(name)}');
    expect(sources).toContain('"=" is not an operator: compare with ==');
    expect(sources).toContain('expected a value after ${after}, found ${found(cursor)}');
    expect(messages.filter((m) => REAL_SYSTEMS.test(m.sample)).length).toBeGreaterThan(10);
    expect(messages.length).toBeGreaterThan(100);
  });

  it('has a Japanese translation, or stays English when it is the real system’s words', () => {
    for (const { file, source, sample } of messages) {
      if (JOINS.has(source) || NOT_MESSAGES.has(source)) continue;
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
