import { describe, expect, it } from 'vitest';
import { BudgetFileError, markBudgets, parseBudgets } from './budgets';

describe('budgets', () => {
  it('marks figures within, over, missing and without a budget', () => {
    const budgets = parseBudgets(JSON.stringify({
      $comment: 'ignored',
      'fanout.moveLatencyP99Ms': { max: 30, why: 'target' },
      'api.createBindPerSec': { min: 2000, why: 'target' },
      'fanout.divergentHosts': { max: 0, why: 'none' },
    }));
    const marks = markBudgets({ 'fanout.moveLatencyP99Ms': 31, 'api.createBindPerSec': 2500, 'store.commitsPerSec': 9 }, budgets);
    const status = Object.fromEntries(marks.map((m) => [m.key, m.status]));
    expect(status).toEqual({ 'fanout.moveLatencyP99Ms': 'over', 'api.createBindPerSec': 'within', 'store.commitsPerSec': 'no-budget', 'fanout.divergentHosts': 'missing' });
  });

  it('treats a NaN figure as not measured, and a bound exactly met as within', () => {
    const budgets = parseBudgets(JSON.stringify({ 'fanout.moveLatencyP99Ms': { max: 30, why: 't' }, 'api.createBindPerSec': { min: 2000, why: 't' } }));
    const marks = markBudgets({ 'fanout.moveLatencyP99Ms': Number.NaN, 'api.createBindPerSec': 2000 }, budgets);
    expect(marks.map((m) => m.status)).toEqual(['missing', 'within']);
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['an unknown figure', JSON.stringify({ 'fanout.nope': { max: 1, why: 'x' } })],
    ['no bound', JSON.stringify({ 'fanout.moveLatencyP99Ms': { why: 'x' } })],
    ['no reason', JSON.stringify({ 'fanout.moveLatencyP99Ms': { max: 1 } })],
  ])('refuses a budget file with %s', (_what, text) => {
    expect(() => parseBudgets(text)).toThrow(BudgetFileError);
  });
});
