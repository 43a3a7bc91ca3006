// Per-instance-type capacity: how many awsvpc task ENIs an ECS container instance holds, and how
// many pods an EKS node takes with the Amazon VPC CNI. Arithmetic over the catalog in instanceTypes.ts.

import { INSTANCE_TYPES, type InstanceTypeSpec } from './instanceTypes';

export type InstanceTypeLookup = { ok: true; spec: InstanceTypeSpec } | { ok: false; error: string };

const BY_NAME: ReadonlyMap<string, InstanceTypeSpec> = new Map(INSTANCE_TYPES.map((spec) => [spec.instanceType, spec]));

/**
 * Looks an instance type up in the catalog. An unknown name gets an error that names it and
 * suggests the known types closest to it.
 * @example findInstanceType('m5.large') // → { ok: true, spec: { vCpu: 2, maxEnis: 3, ipv4PerEni: 10, … } }
 * @example findInstanceType('m5.larg')  // → { ok: false, error: 'unknown instance type "m5.larg": did you mean m5.large?' }
 */
export function findInstanceType(name: string): InstanceTypeLookup {
  const spec = BY_NAME.get(name);
  if (spec) return { ok: true, spec };
  return { ok: false, error: `unknown instance type "${name}": ${suggestionFor(name)}` };
}

/**
 * The most awsvpc tasks (one ENI each) a container instance of this type holds.
 *
 * Without trunking it is max ENIs − 1: "The primary network interface for the instance counts as
 * one, so you can attach an additional two ENIs to the instance [c5.large, 3 ENIs] … you can
 * typically only run two such tasks" (ECS DG, container-instance-eni.html; reference/ecs.md §8).
 * With trunking it is the type's "Task limit with ENI trunking" (reference/ecs.md §8.1).
 *
 * `awsvpcTrunking` is an account setting, not a per-instance choice, so an instance of a type that
 * cannot trunk (the T family here) still registers and simply keeps the limit without trunking:
 * the option is ignored rather than refused (inferred: the DG says only that supported types
 * launched after opting in get "additional ENIs").
 *
 * Throws for a type outside the catalog; validate names with findInstanceType first.
 * @example taskEniLimit('m5.large', { trunking: false }) // → 2
 * @example taskEniLimit('m5.large', { trunking: true })  // → 10
 * @example taskEniLimit('t3.large', { trunking: true })  // → 2 (T types have no trunk interface)
 */
export function taskEniLimit(instanceType: string, options: { trunking: boolean }): number {
  const spec = requireInstanceType(instanceType);
  if (options.trunking && spec.trunking.supported) return spec.trunking.taskLimit;
  return spec.maxEnis - 1;
}

/**
 * The EKS max pods for this type with the Amazon VPC CNI in secondary-IP mode:
 * "# of ENI * (# of IPv4 per ENI - 1) + 2" — the first IP on each ENI is not used for pods, and
 * +2 for the host-network pods aws-node and kube-proxy (eni-max-pods.txt header, reference/k8s.md §6.1).
 *
 * Throws for a type outside the catalog; validate names with findInstanceType first.
 * @example vpcCniMaxPods('m5.large') // → 29 (3 × (10 − 1) + 2)
 */
export function vpcCniMaxPods(instanceType: string): number {
  const spec = requireInstanceType(instanceType);
  return spec.maxEnis * (spec.ipv4PerEni - 1) + 2;
}

function requireInstanceType(name: string): InstanceTypeSpec {
  const found = findInstanceType(name);
  if (!found.ok) throw new Error(found.error);
  return found.spec;
}

const MAX_SUGGESTION_DISTANCE = 2;

// Typos and wrong sizes first ("m5.larg", "m5.8xlarge"), then the rest of a known family, then the families.
function suggestionFor(name: string): string {
  const wanted = name.toLowerCase();
  const distances = INSTANCE_TYPES.map((spec) => editDistance(wanted, spec.instanceType));
  const nearest = Math.min(...distances);
  if (nearest <= MAX_SUGGESTION_DISTANCE) {
    const closest = INSTANCE_TYPES.filter((_, i) => distances[i] === nearest).map((spec) => spec.instanceType);
    return `did you mean ${joinAlternatives(closest.slice(0, 3))}?`;
  }
  const family = wanted.split('.')[0];
  const sameFamily = INSTANCE_TYPES.filter((spec) => spec.family === family).map((spec) => spec.instanceType);
  if (sameFamily.length > 0) return `the catalog has ${sameFamily.join(', ')}`;
  const families = [...new Set(INSTANCE_TYPES.map((spec) => spec.family))];
  return `the catalog has the families ${families.join(', ')}`;
}

function joinAlternatives(names: string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

// Levenshtein distance: insertions, deletions and substitutions each cost 1.
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** Every instance type in the catalog, in its order (for pickers). */
export const INSTANCE_TYPE_NAMES: readonly string[] = INSTANCE_TYPES.map((spec) => spec.instanceType);
