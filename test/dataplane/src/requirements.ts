import { execFileSync } from 'node:child_process';
import { canUseNamespaces } from '@trellis/testkit';

/**
 * Why the dataplane suite cannot run here, or undefined when it can: it needs root on Linux
 * (network namespaces, VXLAN devices) and iproute2's `ip`/`bridge` and iputils' `ping`.
 */
export function dataplaneRequirementProblem(): string | undefined {
  if (!canUseNamespaces()) {
    return 'the dataplane suite needs root on Linux (it creates network namespaces and VXLAN devices); run `npm test` as root — it was NOT run';
  }
  const missing = [
    ['ip', ['-V']],
    ['bridge', ['-V']],
    ['ping', ['-V']],
  ].filter(([cmd, args]) => {
    try {
      execFileSync(cmd as string, args as string[], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) return `the dataplane suite needs ${missing.map(([c]) => c).join(', ')} (Debian: iproute2, iputils-ping); it was NOT run`;
  return undefined;
}

/** Throws the requirement problem, so that a hook or test fails loudly instead of passing. */
export function requireDataplane(): void {
  const problem = dataplaneRequirementProblem();
  if (problem) throw new Error(problem);
}
