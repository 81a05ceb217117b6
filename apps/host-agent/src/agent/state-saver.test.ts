import { emptyVniView, type HostView } from '@trellis/l2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StateSaver } from './state-saver';
import type { PersistedState, ResumeState, StateStore } from './state-store';

class RecordingStore implements StateStore {
  readonly saves: Array<{ vnis: number[]; revision: number | undefined }> = [];
  async load(): Promise<PersistedState | undefined> {
    return undefined;
  }
  save(state: PersistedState): void {
    this.saves.push({ vnis: [...state.view.keys()], revision: state.token?.revision });
  }
  async flush(): Promise<void> {}
}

function setup(intervalMs: number) {
  const store = new RecordingStore();
  const state: { view: HostView; token: ResumeState | undefined } = { view: new Map(), token: undefined };
  const saver = new StateSaver({ store, intervalMs, current: () => state });
  const apply = (vni: number, revision: number) => {
    state.view.set(vni, emptyVniView(vni));
    state.token = { epoch: 'e', revision, subscriptionVersion: 0 };
  };
  return { store, saver, apply };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('StateSaver', () => {
  it('saves every version at once with interval 0', () => {
    const { store, saver, apply } = setup(0);
    apply(1, 1);
    saver.changed();
    apply(2, 2);
    saver.changed();
    expect(store.saves).toEqual([
      { vnis: [1], revision: 1 },
      { vnis: [1, 2], revision: 2 },
    ]);
  });

  it('coalesces the versions of one window into one save of the newest state', () => {
    vi.useFakeTimers();
    const { store, saver, apply } = setup(1000);
    for (let r = 1; r <= 5; r++) {
      apply(r, r);
      saver.changed();
    }
    expect(store.saves).toEqual([]);
    vi.advanceTimersByTime(999);
    expect(store.saves).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(store.saves).toEqual([{ vnis: [1, 2, 3, 4, 5], revision: 5 }]);
    vi.advanceTimersByTime(5000);
    expect(store.saves).toHaveLength(1);
  });

  it('saves a snapshot at once, taking any pending window with it', () => {
    vi.useFakeTimers();
    const { store, saver, apply } = setup(1000);
    apply(1, 1);
    saver.changed();
    apply(2, 2);
    saver.changed(true);
    expect(store.saves).toEqual([{ vnis: [1, 2], revision: 2 }]);
    vi.advanceTimersByTime(5000);
    expect(store.saves).toHaveLength(1);
  });

  it('waits while a version is being programmed, then saves the committed state', () => {
    vi.useFakeTimers();
    const { store, saver, apply } = setup(100);
    apply(1, 1);
    saver.changed();
    saver.hold();
    vi.advanceTimersByTime(200);
    expect(store.saves).toEqual([]);
    apply(2, 2);
    saver.idle();
    expect(store.saves).toEqual([{ vnis: [1, 2], revision: 2 }]);
  });

  it('flush hands a pending save over at once, and nothing when none is pending', () => {
    vi.useFakeTimers();
    const { store, saver, apply } = setup(60_000);
    saver.flush();
    expect(store.saves).toEqual([]);
    apply(3, 9);
    saver.changed();
    saver.flush();
    expect(store.saves).toEqual([{ vnis: [3], revision: 9 }]);
    vi.advanceTimersByTime(120_000);
    expect(store.saves).toHaveLength(1);
  });
});
