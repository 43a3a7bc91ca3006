// Why a pull fails, as the container runtime (containerd) words it in the kubelet's "Failed to pull
// image" event and the ErrImagePull waiting message. The kubelet adds only the prefix
// (image_manager.go: `Failed to pull image %q: %v`); the rest is containerd's gRPC error.

import type { Fault } from '../types';
import { resolvedImageRef } from '../faults/imageRef';

/** Faults that stop the image from ever being pulled. */
export const isImageFault = (fault: Fault) => fault === 'image-pull-error' || fault === 'missing-execution-role-permission';


/** `host/repo:tag` → the registry's manifest URL (OCI Distribution Spec: `/v2/<name>/manifests/<reference>`). */
function manifestUrl(ref: string): string {
  const slash = ref.indexOf('/');
  const colon = ref.lastIndexOf(':');
  return `https://${ref.slice(0, slash)}/v2/${ref.slice(slash + 1, colon)}/manifests/${ref.slice(colon + 1)}`;
}

/**
 * The runtime's error for a pull that `fault` makes fail.
 * - image-pull-error, a tag that does not exist: containerd's NotFound, as kubectl describe
 *   transcripts show it ("failed to resolve reference \"docker.io/library/redis:alpin\":
 *   docker.io/library/redis:alpin: not found").
 * - missing-execution-role-permission: the EKS counterpart of ECS's execution role is the node IAM
 *   role, which the kubelet's ECR credential provider uses for pulls. Denied, the registry answers
 *   403 and containerd reports it with ErrUnexpectedStatus ("unexpected status from %s request to
 *   %s: %s", containerd remotes/docker/errors.go). The exact text for ECR is inferred.
 */
export function pullError(fault: Fault, image: string): string {
  const ref = resolvedImageRef(image);
  const prefix = `failed to pull and unpack image "${ref}": failed to resolve reference "${ref}"`;
  if (fault === 'missing-execution-role-permission') {
    return `rpc error: code = Unknown desc = ${prefix}: unexpected status from HEAD request to ${manifestUrl(ref)}: 403 Forbidden`;
  }
  return `rpc error: code = NotFound desc = ${prefix}: ${ref}: not found`;
}
