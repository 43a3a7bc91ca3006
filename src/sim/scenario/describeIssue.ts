import * as v from 'valibot';

/** One validation issue as a readable line that names the field: "service.desiredCount: must be at least 0". */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  if (issue.kind === 'schema' && issue.expected === 'never' && path) {
    return `${path}: is not a field Isomorph knows`;
  }
  return path ? `${path}: ${issue.message}` : issue.message;
}
