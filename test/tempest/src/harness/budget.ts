/** Upper bound for the Tempest run itself (stestr); the set-up before it takes well under a minute. */
export const RUN_BUDGET_MS = 20 * 60_000;
