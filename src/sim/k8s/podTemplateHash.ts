// Names the way Kubernetes makes them: a ReplicaSet is `<deployment>-<pod-template-hash>` and a
// pod is `<replicaset>-<5 random chars>` (reference/k8s.md §1.4; upstream
// pkg/controller/controller_utils.go ComputeHash, apimachinery util/rand SafeEncodeString / String).

import { nextRandom, type RandomState } from '../clock/random';
import type { Fault } from '../types';
import { probeEquals, type Probe } from './probes';
import { sameScheduling, type PodScheduling } from './schedulingFromPlacement';

/** The container's resources.requests: cpu in millicores, memory in Mi. */
export interface PodRequests {
  milliCpu: number;
  memory: number;
}

/** The pod template fields this simulation varies (podTemplateFromTaskDefinition.ts builds them). */
export interface PodTemplate {
  image: string;
  /** The ECS task definition the template mirrors, e.g. `web:2` (a pod label here). */
  revisionLabel: string;
  /** kubectl.kubernetes.io/restartedAt, set by `kubectl rollout restart`; null until then. */
  restartedAt: number | null;
  /** spec.containers[0].name */
  containerName: string;
  /** What the image does when it runs (Isomorph's fault injection; not a Kubernetes field). */
  fault: Fault;
  livenessProbe: Probe | null;
  readinessProbe: Probe | null;
  startupProbe: Probe | null;
  requests: PodRequests;
  /** Affinity, spreading and the scheduler profile, from the service's placement (schedulingFromPlacement.ts). */
  scheduling: PodScheduling;
}

// apimachinery util/rand: no vowels and no 0/1/3, so names spell no words.
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** Equal templates share a ReplicaSet (EqualIgnoreHash). */
export function sameTemplate(a: PodTemplate, b: PodTemplate): boolean {
  return (
    a.image === b.image &&
    a.revisionLabel === b.revisionLabel &&
    a.restartedAt === b.restartedAt &&
    a.containerName === b.containerName &&
    a.fault === b.fault &&
    probeEquals(a.livenessProbe, b.livenessProbe) &&
    probeEquals(a.readinessProbe, b.readinessProbe) &&
    probeEquals(a.startupProbe, b.startupProbe) &&
    a.requests.milliCpu === b.requests.milliCpu &&
    a.requests.memory === b.requests.memory &&
    sameScheduling(a.scheduling, b.scheduling)
  );
}

/** The fields past the first three, hashed only when set, so a plain template keeps its old hash. */
function behaviourFields(t: PodTemplate): unknown[] {
  const probes = [t.livenessProbe, t.readinessProbe, t.startupProbe];
  return t.fault === 'healthy' && probes.every((p) => p === null) ? [] : [t.fault, ...probes];
}

/** SafeEncodeString: each byte mapped onto ALPHANUMS. */
function safeEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += ALPHANUMS[text.charCodeAt(i) % ALPHANUMS.length];
  return out;
}

/**
 * ComputeHash: FNV-1a (32-bit) over the template and the collision count, printed in decimal
 * and safe-encoded, so the same template always gets the same name. Upstream hashes Go's dump
 * of the whole PodTemplateSpec; hashing these fields instead is a simplification (inferred). The
 * fault and the probes enter the hash, so a revision that only changes them is a new ReplicaSet.
 * Requests and scheduling do not (a new revision label comes with them); two templates that differ
 * only there get different names through collisionCount, as upstream resolves a hash collision.
 *
 * @example
 * podTemplateHash({ image: 'nginx:1.27', revisionLabel: 'web:1', restartedAt: null, …healthy }, 0); // 10 chars of [4-9bcdf]
 */
export function podTemplateHash(template: PodTemplate, collisionCount: number): string {
  const text = JSON.stringify([template.image, template.revisionLabel, template.restartedAt, collisionCount, ...behaviourFields(template)]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i) & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
    hash ^= text.charCodeAt(i) >>> 8;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return safeEncode(String(hash >>> 0));
}

/** utilrand.String(5): the generateName suffix of a pod, drawn from the seeded stream. */
export function randomPodSuffix(random: RandomState): string {
  let out = '';
  for (let i = 0; i < 5; i++) out += ALPHANUMS[Math.floor(nextRandom(random) * ALPHANUMS.length)];
  return out;
}
