#!/usr/bin/env node
// Enforces the layering of STYLE.md: apps never import apps, libs import only lower layers,
// relative imports never leave their project, and the domain stays framework-free.
// Usage: node tools/lint/boundaries.mjs [project ...]   (no argument: every project)
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALLOWED_DEPENDENCIES, FORBIDDEN_PACKAGES, TEST_ONLY_DEPENDENCIES } from './rules.mjs';

const IMPORT_RE = /(?:^|[^\w$.])(?:import|export)\s(?:[^'"`;]*?\sfrom\s)?['"]([^'"]+)['"]|(?:^|[^\w$.])import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Projects of the workspace: name, root, tags, package name. */
export function loadProjects(workspaceRoot) {
  const projects = [];
  for (const group of ['apps', 'libs', 'test', 'tools']) {
    const dir = path.join(workspaceRoot, group);
    if (!existsSync(dir)) continue;
    const candidates = group === 'tools' ? [dir] : readdirSync(dir).map((n) => path.join(dir, n));
    for (const root of candidates) {
      const projectFile = path.join(root, 'project.json');
      if (!existsSync(projectFile)) continue;
      const project = JSON.parse(readFileSync(projectFile, 'utf8'));
      const pkgFile = path.join(root, 'package.json');
      const pkg = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')).name : undefined;
      projects.push({ name: project.name, root, tags: project.tags ?? [], packageName: pkg });
    }
  }
  return projects;
}

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    // Config files (vitest.config.*) legitimately import the workspace's shared base config.
    return /\.(ts|mts|mjs|js)$/.test(name) && !name.endsWith('.d.ts') && !name.startsWith('vitest.config.') ? [full] : [];
  });
}

/** Import specifiers of one source text. */
export function importsOf(text) {
  const found = [];
  for (const m of text.matchAll(IMPORT_RE)) found.push(m[1] ?? m[2]);
  return found;
}

const typeTag = (project) => project.tags.find((t) => t.startsWith('type:'));
const isTestFile = (file) => /\.test\.(ts|mts)$/.test(file) || file.includes(`${path.sep}test${path.sep}`);

/** Violations of one project: [{file, specifier, reason}]. */
export function checkProject(project, projects) {
  const violations = [];
  const type = typeTag(project);
  if (!type || !(type in ALLOWED_DEPENDENCIES)) {
    return [{ file: path.join(project.root, 'project.json'), specifier: '', reason: `project ${project.name} has no known type:* tag` }];
  }
  const byPackage = new Map(projects.filter((p) => p.packageName).map((p) => [p.packageName, p]));
  const files = project.root.endsWith(`${path.sep}tools`) ? sourceFiles(project.root) : sourceFiles(path.join(project.root, 'src'));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const specifier of importsOf(text)) {
      if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(project.root + path.sep) && target !== project.root) {
          violations.push({ file, specifier, reason: 'relative import leaves the project; import the other project by its package name' });
        }
        continue;
      }
      const pkgName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      const target = byPackage.get(pkgName);
      if (target) {
        if (target === project) continue;
        const targetType = typeTag(target);
        const allowed = ALLOWED_DEPENDENCIES[type].includes(targetType) || (isTestFile(file) && TEST_ONLY_DEPENDENCIES.includes(targetType));
        if (!allowed) violations.push({ file, specifier, reason: `${type} (${project.name}) may not depend on ${targetType} (${target.name})` });
        continue;
      }
      if ((FORBIDDEN_PACKAGES[type] ?? []).includes(pkgName)) {
        violations.push({ file, specifier, reason: `${type} (${project.name}) may not import ${pkgName}` });
      }
    }
  }
  return violations;
}

function main() {
  const workspaceRoot = path.resolve(import.meta.dirname, '../..');
  const projects = loadProjects(workspaceRoot);
  const wanted = process.argv.slice(2);
  const selected = wanted.length ? projects.filter((p) => wanted.includes(p.name)) : projects;
  const unknown = wanted.filter((w) => !projects.some((p) => p.name === w));
  if (unknown.length) {
    process.stderr.write(`unknown project(s): ${unknown.join(', ')}\n`);
    process.exit(2);
  }
  let count = 0;
  for (const project of selected) {
    for (const v of checkProject(project, projects)) {
      count++;
      process.stderr.write(`${path.relative(workspaceRoot, v.file)}: '${v.specifier}': ${v.reason}\n`);
    }
  }
  if (count > 0) {
    process.stderr.write(`${count} module boundary violation(s)\n`);
    process.exit(1);
  }
  process.stdout.write(`module boundaries ok (${selected.map((p) => p.name).join(', ')})\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
