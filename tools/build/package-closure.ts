import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** An installed npm package: its name, version and directory. */
export interface InstalledPackage {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

interface Manifest {
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
}

/**
 * The top-level packages of `nodeModules` that `names` need at run time, found the way Node
 * resolves them (from a package's own node_modules up to the top): dependencies, and the
 * optional dependencies that are installed (prebuilt native modules such as
 * `@lmdb/lmdb-linux-x64`). Copying each returned directory whole also copies the packages
 * nested under it. Throws when a required package is not installed.
 */
export function packageClosure(nodeModules: string, names: readonly string[]): InstalledPackage[] {
  const top = new Map<string, InstalledPackage>();
  const visited = new Set<string>();

  /** Where `name` resolves from a package at `fromDir` (undefined: not installed). */
  const resolve = (name: string, fromDir: string): string | undefined => {
    for (let dir = fromDir; dir.startsWith(nodeModules) && dir !== path.dirname(nodeModules); dir = path.dirname(dir)) {
      const candidate = path.join(dir === nodeModules ? dir : path.join(dir, 'node_modules'), name);
      if (existsSync(path.join(candidate, 'package.json'))) return candidate;
      if (dir === nodeModules) break;
    }
    return undefined;
  };

  const visit = (dir: string): void => {
    if (visited.has(dir)) return;
    visited.add(dir);
    const manifest = manifestOf(dir);
    const relative = path.relative(nodeModules, dir).split(path.sep);
    const topName = relative[0].startsWith('@') ? relative.slice(0, 2).join('/') : relative[0];
    if (!top.has(topName)) {
      const topDir = path.join(nodeModules, topName);
      top.set(topName, { name: topName, version: manifestOf(topDir).version, dir: topDir });
      if (topDir !== dir) visit(topDir);
    }
    for (const [deps, optional] of [[manifest.dependencies, false], [manifest.optionalDependencies, true]] as const) {
      for (const dep of Object.keys(deps ?? {})) {
        const found = resolve(dep, dir);
        if (found !== undefined) visit(found);
        else if (!optional) throw new Error(`package ${dep} (needed by ${path.relative(nodeModules, dir)}) is not installed in ${nodeModules}`);
      }
    }
  };

  for (const name of names) {
    const found = resolve(name, nodeModules);
    if (found === undefined) throw new Error(`package ${name} is needed at run time but is not installed in ${nodeModules}`);
    visit(found);
  }
  return [...top.values()].sort((a, b) => a.name.localeCompare(b.name));
}
