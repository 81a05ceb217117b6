import { readFileSync } from 'node:fs';
import { FIGURE_BY_KEY } from './figures';

// Budgets (bench/budgets.json): a bound per figure and why. A run marks each figure within or
// over; only `--strict` turns "over" into a non-zero exit (these machines are shared and noisy).

export interface Budget {
  readonly max?: number;
  readonly min?: number;
  /** Where the bound comes from (an issue's target, a comparable system). */
  readonly why: string;
}

export type BudgetStatus = 'within' | 'over' | 'missing' | 'no-budget';

export interface BudgetMark {
  readonly key: string;
  readonly value: number | undefined;
  readonly budget?: Budget;
  readonly status: BudgetStatus;
}

export class BudgetFileError extends Error {}

export function parseBudgets(text: string): Map<string, Budget> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new BudgetFileError(`budgets are not JSON: ${(err as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new BudgetFileError('budgets must be an object of figure key → {max|min, why}');
  const out = new Map<string, Budget>();
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key.startsWith('$')) continue;
    if (!FIGURE_BY_KEY.has(key)) throw new BudgetFileError(`budget for unknown figure ${key}`);
    const b = value as Partial<Budget>;
    const bounded = typeof b.max === 'number' || typeof b.min === 'number';
    if (typeof b !== 'object' || b === null || !bounded || typeof b.why !== 'string' || b.why === '') throw new BudgetFileError(`budget ${key} needs max or min (a number) and why (text)`);
    out.set(key, { ...(typeof b.max === 'number' ? { max: b.max } : {}), ...(typeof b.min === 'number' ? { min: b.min } : {}), why: b.why });
  }
  return out;
}

export const loadBudgets = (path: string): Map<string, Budget> => parseBudgets(readFileSync(path, 'utf8'));

export function markBudgets(figures: Readonly<Record<string, number>>, budgets: ReadonlyMap<string, Budget>): BudgetMark[] {
  const keys = [...new Set([...Object.keys(figures), ...budgets.keys()])];
  return keys.map((key) => {
    const value = figures[key];
    const budget = budgets.get(key);
    if (!budget) return { key, value, status: 'no-budget' as const };
    if (value === undefined || !Number.isFinite(value)) return { key, value, budget, status: 'missing' as const };
    const over = (budget.max !== undefined && value > budget.max) || (budget.min !== undefined && value < budget.min);
    return { key, value, budget, status: over ? ('over' as const) : ('within' as const) };
  });
}
