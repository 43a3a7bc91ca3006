// Image references as the container runtime resolves them before a pull. Both sides quote the
// resolved form in their pull errors: ECS's CannotPullContainerError and containerd's message in
// the kubelet's "Failed to pull image" event.

/** A Docker reference as the runtime resolves it: `nginx:1.27` → `docker.io/library/nginx:1.27`, `:latest` when untagged. */
export function resolvedImageRef(image: string): string {
  const slash = image.indexOf('/');
  const first = slash === -1 ? '' : image.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const path = hasRegistry ? image : `docker.io/${slash === -1 ? `library/${image}` : image}`;
  const lastSlash = path.lastIndexOf('/');
  return path.indexOf(':', lastSlash) === -1 && !path.includes('@') ? `${path}:latest` : path;
}
