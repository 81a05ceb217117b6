/**
 * Bounds of the REST fuzz runs: a fixed seed (the same requests every run) and a fresh random
 * seed (new requests every run, printed so a failure can be replayed with FUZZ_SEED=<seed>).
 * Sized to stay well under two minutes on a loaded two-core machine.
 */
export const FIXED_SEED = 20_261_207;
export const RANDOM_SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
export const RUNS = {
  central: Number(process.env.FUZZ_RUNS_CENTRAL ?? 800),
  agent: Number(process.env.FUZZ_RUNS_AGENT ?? 300),
};
/** One request may take this long before the run counts it as a hang. */
export const REQUEST_TIMEOUT_MS = 10_000;
