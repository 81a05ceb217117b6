import { describe, expect, it } from 'vitest';
import type { IssuedMove, MoveRun } from './l2-central-moves';
import { moveLatencies } from './l2-central-report';
import { forEachBounded } from './l2-central-rest';

const move = (answeredAt: number): IssuedMove => ({
  portId: `p${answeredAt}`, from: 'h0', to: 'h1', dueAt: answeredAt - 10, startedAt: answeredAt - 8, moveSentAt: answeredAt - 4, moveAnsweredAt: answeredAt, doneAt: answeredAt + 2,
});
const runOf = (moves: IssuedMove[]): MoveRun => ({ moves, errors: 0, firstErrors: [], ms: 1, late: 0, maxInFlightSeen: 1 });

describe('moveLatencies', () => {
  it('measures from the 2xx to the last apply of the move revision', () => {
    const r = moveLatencies(runOf([move(100), move(200)]), [5, 6], new Map([[5, 103], [6, 207]]), new Map([[5, 101], [6, 201]]));
    expect(r.moveLatencyP50Ms).toBe(7);
    expect(r.moveLatencyMaxMs).toBe(7);
    expect(r.moveFromSendP50Ms).toBe(11);
    expect(r.moveAnswerToFeedP50Ms).toBe(1);
    expect(r.moveFeedToAppliedP50Ms).toBe(6);
    expect(r.movesWithoutApply).toBe(0);
  });

  it('counts a move folded into a later applied revision, and one never applied', () => {
    const r = moveLatencies(runOf([move(100), move(200), move(300)]), [5, 6, undefined], new Map([[7, 250]]), new Map());
    expect(r.movesFolded).toBe(2);
    expect(r.movesWithoutApply).toBe(1);
    expect(r.moveLatencyMaxMs).toBe(150);
  });

  it('keeps negative latencies (hosts applied before the client read the answer)', () => {
    const r = moveLatencies(runOf([move(100)]), [5], new Map([[5, 98]]), new Map());
    expect(r.moveLatencyP50Ms).toBe(-2);
  });
});

describe('forEachBounded', () => {
  it('never runs more than the bound at once and runs every task', async () => {
    let running = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachBounded(20, 3, async (i) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 1));
      running--;
      done.push(i);
    });
    expect(peak).toBe(3);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('rejects with the first failure', async () => {
    await expect(forEachBounded(5, 2, async (i) => {
      if (i === 2) throw new Error('task 2 failed');
    })).rejects.toThrow('task 2 failed');
  });
});
