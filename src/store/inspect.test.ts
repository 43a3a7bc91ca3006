import { beforeEach, describe, expect, it } from 'vitest';
import { appStore } from './appStore';
import { inspect } from './commands';

const initialState = appStore.getState();

describe('inspect (ui.selection)', () => {
  beforeEach(() => appStore.setState(initialState, true));

  it('starts with nothing picked and holds the task or pod picked last', () => {
    expect(appStore.getState().ui.selection).toBeNull();
    inspect({ kind: 'task', taskId: '6a127288b5fa4ad7b70e2b340d705cc0' });
    expect(appStore.getState().ui.selection).toEqual({ kind: 'task', taskId: '6a127288b5fa4ad7b70e2b340d705cc0' });
    inspect({ kind: 'pod', name: 'web-7f55b7cb9-549k9' });
    expect(appStore.getState().ui.selection).toEqual({ kind: 'pod', name: 'web-7f55b7cb9-549k9' });
    inspect(null);
    expect(appStore.getState().ui.selection).toBeNull();
  });

  it('picking the same record again changes nothing, so nothing re-renders or scrolls', () => {
    inspect({ kind: 'task', taskId: 'a' });
    const before = appStore.getState();
    inspect({ kind: 'task', taskId: 'a' });
    expect(appStore.getState()).toBe(before);
    // A pod with the name of the task's id is another record.
    inspect({ kind: 'pod', name: 'a' });
    expect(appStore.getState().ui.selection).toEqual({ kind: 'pod', name: 'a' });
  });

  it('leaves the rest of the UI state alone', () => {
    const { locale, highlight } = appStore.getState().ui;
    inspect({ kind: 'pod', name: 'web-1' });
    expect(appStore.getState().ui).toMatchObject({ locale, highlight, selection: { kind: 'pod', name: 'web-1' } });
  });
});
