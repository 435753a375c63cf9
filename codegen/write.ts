/**
 * Writes a generated file tree, or (check mode) reports how the tree on disk differs from it.
 * The folder ends up holding exactly the generated files: stale extra files are removed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { byCodeUnit } from './collect.js';

export interface TreeDiff {
  readonly missing: string[];
  readonly changed: string[];
  readonly extra: string[];
}

/** Every file below `dir` as a `/`-separated relative path, sorted by code unit ([] when `dir` is missing). */
export function listFiles(dir: string): string[] {
  return walk(dir, '').sort(byCodeUnit);
}

function walk(dir: string, prefix: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of entries) {
    const full = join(dir, name);
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(full).isDirectory()) out.push(...walk(full, rel));
    else out.push(rel);
  }
  return out;
}

export function diffTree(dir: string, files: ReadonlyMap<string, string>): TreeDiff {
  const onDisk = new Set(listFiles(dir));
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [path, content] of files) {
    if (!onDisk.has(path)) missing.push(path);
    else if (readFileSync(join(dir, path), 'utf8') !== content) changed.push(path);
  }
  const extra = [...onDisk].filter((p) => !files.has(p));
  return { missing, changed, extra: extra.sort() };
}

export function writeTree(dir: string, files: ReadonlyMap<string, string>): TreeDiff {
  const diff = diffTree(dir, files);
  for (const path of diff.extra) rmSync(join(dir, path));
  for (const path of [...diff.missing, ...diff.changed]) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, files.get(path)!);
  }
  return diff;
}

export function isClean(diff: TreeDiff): boolean {
  return diff.missing.length === 0 && diff.changed.length === 0 && diff.extra.length === 0;
}
