import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { checkProject, importsOf, loadProjects } from './boundaries.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'trellis-lint-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const project = (name: string, tag: string, pkg: string) => ({
  [`${name}/project.json`]: JSON.stringify({ name: path.basename(name), tags: [tag] }),
  [`${name}/package.json`]: JSON.stringify({ name: pkg }),
});

describe('module boundaries', () => {
  it('finds static, re-export and dynamic imports', () => {
    expect(importsOf(`import a from 'x';\nexport { b } from "@y/z";\nconst c = await import('w');\nimport 'side';`)).toEqual(['x', '@y/z', 'w', 'side']);
  });

  it('fails an app that imports another app, and passes app → lib', () => {
    const root = workspace({
      ...project('apps/one', 'type:app', '@t/one'),
      ...project('apps/two', 'type:app', '@t/two'),
      ...project('libs/domain', 'type:domain', '@t/domain'),
      'apps/one/src/main.ts': `import { x } from '@t/two';\nimport { d } from '@t/domain';`,
      'apps/two/src/main.ts': `import { d } from '@t/domain';`,
    });
    const projects = loadProjects(root);
    const one = projects.find((p: { name: string }) => p.name === 'one');
    const two = projects.find((p: { name: string }) => p.name === 'two');
    const violations = checkProject(one, projects);
    expect(violations).toHaveLength(1);
    expect(violations[0].reason).toMatch(/type:app \(one\) may not depend on type:app \(two\)/);
    expect(checkProject(two, projects)).toEqual([]);
  });

  it('keeps the domain free of frameworks and of other projects', () => {
    const root = workspace({
      ...project('libs/domain', 'type:domain', '@t/domain'),
      ...project('libs/store', 'type:store', '@t/store'),
      'libs/domain/src/a.ts': `import fastify from 'fastify';\nimport { s } from '@t/store';\nimport { b } from '../../store/src/b';`,
    });
    const projects = loadProjects(root);
    const reasons = checkProject(projects.find((p: { name: string }) => p.name === 'domain'), projects).map((v: { reason: string }) => v.reason);
    expect(reasons).toEqual([
      'type:domain (domain) may not depend on type:store (store)',
      'relative import leaves the project; import the other project by its package name',
      'type:domain (domain) may not import fastify',
    ].sort((a, b) => reasons.indexOf(a) - reasons.indexOf(b)));
    expect(reasons).toHaveLength(3);
  });

  it('passes on this workspace', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const projects = loadProjects(root);
    expect(projects.length).toBeGreaterThanOrEqual(8);
    for (const p of projects) expect(checkProject(p, projects), p.name).toEqual([]);
  });
});
