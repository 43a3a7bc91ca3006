import { describe, expect, it } from 'vitest';
import { DESCRIBE, GET, tabwrite } from './tabwriter';

describe('tabwrite (Go text/tabwriter as kubectl configures it)', () => {
  it('lays out kubectl get rs as the Kubernetes docs show it', () => {
    // kubernetes.io Deployments concept page, `kubectl get rs`.
    const text = tabwrite(['NAME\tDESIRED\tCURRENT\tREADY\tAGE', 'nginx-deployment-75675f5897\t3\t3\t3\t18s'].join('\n'), GET);
    expect(text).toBe(['NAME                          DESIRED   CURRENT   READY   AGE', 'nginx-deployment-75675f5897   3         3         3       18s'].join('\n'));
  });

  it('aligns a column over consecutive lines only: a line without a tab ends the block', () => {
    // kubectl describe deployment: the Conditions rows share their first column with the
    // OldReplicaSets and NewReplicaSet lines under them, not with "Conditions:" above.
    const text = tabwrite(
      [
        'Conditions:',
        '  Type\tStatus\tReason',
        '  ----\t------\t------',
        '  Available \tTrue\tMinimumReplicasAvailable',
        '  Progressing \tTrue\tNewReplicaSetAvailable',
        'OldReplicaSets:\t<none>',
        'NewReplicaSet:\tnginx-deployment-1564180365 (3/3 replicas created)',
      ].join('\n'),
      DESCRIBE,
    );
    expect(text).toBe(
      [
        'Conditions:',
        '  Type           Status  Reason',
        '  ----           ------  ------',
        '  Available      True    MinimumReplicasAvailable',
        '  Progressing    True    NewReplicaSetAvailable',
        'OldReplicaSets:  <none>',
        'NewReplicaSet:   nginx-deployment-1564180365 (3/3 replicas created)',
      ].join('\n'),
    );
  });

  it('never pads the text after the last tab, and leaves lines without tabs alone', () => {
    expect(tabwrite('a\tb\nlonger\tc\nplain', DESCRIBE)).toBe('a       b\nlonger  c\nplain');
  });
});
