import { describe, expect, it } from 'vitest';
import { ecsMessageSegments, k8sMessageSegments } from './linkify';

describe('ecsMessageSegments', () => {
  it('turns every (task <id>) into a reference to that task, keeping the text around it', () => {
    // A real service event (reference/ecs.md §4.1).
    const message = '(service ui) has started 2 tasks: (task 6a127288b5fa4ad7b70e2b340d705cc0) (task ef673d3a5c6d4401993bdbe5f77df574).';
    const segments = ecsMessageSegments(message);
    expect(segments.map((s) => s.text).join('')).toBe(message);
    expect(segments.filter((s) => s.ref).map((s) => s.ref)).toEqual([
      { kind: 'task', taskId: '6a127288b5fa4ad7b70e2b340d705cc0' },
      { kind: 'task', taskId: 'ef673d3a5c6d4401993bdbe5f77df574' },
    ]);
    expect(segments[0]).toEqual({ text: '(service ui) has started 2 tasks: (task ' });
  });

  it('leaves a message without tasks as one piece', () => {
    expect(ecsMessageSegments('(service ui) has reached a steady state.')).toEqual([{ text: '(service ui) has reached a steady state.' }]);
    // A deployment id is not a task.
    expect(ecsMessageSegments('(service ui) rolling back to deployment ecs-svc/1675294001379389663.').some((s) => s.ref)).toBe(false);
  });
});

describe('k8sMessageSegments', () => {
  it('references the pod a ReplicaSet created or deleted', () => {
    expect(k8sMessageSegments('Created pod: nginx-5ff58d798d-jn88b')).toEqual([{ text: 'Created pod: ' }, { text: 'nginx-5ff58d798d-jn88b', ref: { kind: 'pod', name: 'nginx-5ff58d798d-jn88b' } }]);
    expect(k8sMessageSegments('Deleted pod: web-7f55b7cb9-549k9').at(-1)?.ref).toEqual({ kind: 'pod', name: 'web-7f55b7cb9-549k9' });
    expect(k8sMessageSegments('Scaled up replica set web-7f55b7cb9 to 4')).toEqual([{ text: 'Scaled up replica set web-7f55b7cb9 to 4' }]);
  });
});
