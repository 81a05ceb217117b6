import { domainError, isErrorType, type DomainError, type ErrorParams } from '@trellis/domain';

/** One thing wrong with a configuration: where (JSON pointer), what, and which layer set it. */
export interface ConfigProblem {
  /** JSON pointer into the config, e.g. `/listen/port`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
  /** The layer that supplied the bad value, e.g. `env TRELLIS_LISTEN__PORT` or `file /etc/x.json`. */
  readonly source?: string;
}

/** `"/listen/port: Expected number (env TRELLIS_LISTEN__PORT)"`. */
export function describeProblem(problem: ConfigProblem): string {
  const where = problem.path === '' ? '(root)' : problem.path;
  return problem.source ? `${where}: ${problem.message} (${problem.source})` : `${where}: ${problem.message}`;
}

/**
 * DomainError `InvalidConfig` whose `params.problems` is the list of every problem, one
 * human-readable string (path + message + source) per problem.
 */
export function invalidConfig(problems: readonly ConfigProblem[]): DomainError<'InvalidConfig'> {
  const described = problems.map(describeProblem);
  // The catalogue types params as scalars; this error deliberately carries a list, whose
  // rendering in the message is the comma-joined list.
  return domainError('InvalidConfig', { problems: described } as unknown as ErrorParams<'InvalidConfig'>);
}

/** The problems of an `InvalidConfig` error, one string each (empty for any other error). */
export function configProblems(err: unknown): readonly string[] {
  if (!isErrorType(err, 'InvalidConfig')) return [];
  const problems = err.params.problems;
  return Array.isArray(problems) ? problems.map(String) : [String(problems)];
}

/** A multi-line report of an `InvalidConfig` error for printing at startup. */
export function formatConfigProblems(err: unknown): string {
  const problems = configProblems(err);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [`Invalid configuration (${count}):`, ...problems.map((p) => `  - ${p}`)].join('\n');
}
