// AWS CLI JSON output: `--output json` prints with four-space indentation, fields in the order
// the API returns them, and leaves out fields the API did not return (never null).

/** Drops undefined fields so they are left out, as the CLI leaves out fields the API omits. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const cliJson = (value: unknown) => JSON.stringify(value, null, 4);

/** `arn:aws:ecs:us-east-1:123456789012:cluster/isomorph` → its region, account and cluster name. */
export function clusterParts(clusterArn: string): { region: string; account: string; cluster: string } {
  const [, , , region = 'us-east-1', account = '123456789012', resource = 'cluster/isomorph'] = clusterArn.split(':');
  return { region, account, cluster: resource.slice(resource.indexOf('/') + 1) };
}
