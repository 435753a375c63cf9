/**
 * Writes a generated folder without ever destroying what the generator did not write.
 *
 * A folder the generator writes holds a manifest (`.codex-protocol-manifest.json`) that lists
 * the files it wrote there. Only those files are ever replaced or removed. A folder that exists,
 * holds files and has no manifest of ours is refused (unless `force`: then our files are written
 * beside the others, and nothing else is removed). Symbolic links are never followed.
 *
 * Writing is staged, then renamed into place. A folder that holds only our files is staged whole
 * next to itself and swapped in with two renames; the previous output stays whole until then,
 * and a run that finds a swap interrupted between its two renames puts the previous output back
 * before it does anything else. A folder shared with other files (or written with `force`) gets
 * each file renamed into place from a staging folder inside it.
 */
import {
  accessSync,
  constants,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { byCodeUnit } from './collect.js';
import { listTree } from './files.js';

export const MANIFEST_FILE = '.codex-protocol-manifest.json';
const GENERATOR = 'codex-app-server-protocol';
const STAGING_PREFIX = '.codex-protocol-staging-';

/** A path problem or a refusal: reported as one line, exit status 2. */
export class OutputError extends Error {}

export interface TreeDiff {
  /** Generated files not on disk yet. */
  readonly missing: string[];
  /** Generated files whose bytes on disk differ. */
  readonly changed: string[];
  /** Files of ours (listed in the manifest) that are no longer generated. */
  readonly stale: string[];
  /** Files of others in the folder; left alone. */
  readonly foreign: string[];
}

export interface WriteOptions {
  /** The folder is shared with files of others (docs/): they are expected and left alone. */
  readonly shared?: boolean;
  /** Write into a folder that is not ours, beside its files (nothing of theirs is removed). */
  readonly force?: boolean;
  /** Called at each step of a write (tests stop the process there). */
  readonly onStep?: (step: WriteStep) => void;
}

export type WriteStep = 'staged' | 'previous-moved' | 'swapped' | 'renamed';

/** The manifest's text for a set of generated paths (it lists itself too). */
export function manifestText(paths: Iterable<string>): string {
  const files = [...new Set([...paths, MANIFEST_FILE])].sort(byCodeUnit);
  return `${JSON.stringify({ generator: GENERATOR, note: 'Files written by the codex-app-server-protocol generator; only these are ever replaced or removed.', files }, null, 2)}\n`;
}

/** The generated files plus their manifest. */
export function withManifest(files: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map(files);
  out.set(MANIFEST_FILE, manifestText(files.keys()));
  return out;
}

/** The files a folder's manifest lists, or undefined when the folder has no manifest of ours. */
export function readManifest(dir: string): Set<string> | undefined {
  let text: string;
  try {
    if (!lstatSync(join(dir, MANIFEST_FILE)).isFile()) return undefined;
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const doc = JSON.parse(text) as { generator?: unknown; files?: unknown };
    if (doc.generator !== GENERATOR || !Array.isArray(doc.files) || !doc.files.every((f) => typeof f === 'string')) return undefined;
    return new Set(doc.files as string[]);
  } catch {
    return undefined;
  }
}

function errno(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}

/** Runs a file-system step; any failure becomes a one-line OutputError naming the path. */
function fsStep<T>(what: string, path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof OutputError) throw e;
    throw new OutputError(`cannot ${what} ${path}: ${errno(e)}`);
  }
}

type Kind = 'missing' | 'folder' | 'file' | 'link' | 'other';

function kindOf(path: string): Kind {
  try {
    const s = lstatSync(path);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : s.isSymbolicLink() ? 'link' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new OutputError(`cannot read ${path}: ${errno(e)}`);
  }
}

/** The folder to write, with a symbolic link given as `--out` itself resolved (links inside are never followed). */
function target(dir: string): { dir: string; kind: Kind } {
  let kind = kindOf(dir);
  if (kind === 'link') {
    const real = fsStep('resolve', dir, () => realpathSync(dir));
    kind = kindOf(real);
    if (kind !== 'folder') throw new OutputError(`${dir} is a symbolic link to something that is not a folder`);
    return { dir: real, kind };
  }
  if (kind !== 'missing' && kind !== 'folder') throw new OutputError(`${dir} exists and is not a folder`);
  return { dir, kind };
}

/**
 * Fails early (before anything is generated) on a folder that cannot be written: one that is not
 * a folder, or whose nearest existing ancestor is not a writable folder.
 */
export function preflight(dir: string): void {
  const t = target(dir);
  if (t.kind === 'folder') return;
  let at = dirname(t.dir);
  for (;;) {
    const kind = kindOf(at);
    if (kind === 'folder') break;
    if (kind !== 'missing') throw new OutputError(`cannot create ${dir}: ${at} is not a folder`);
    if (dirname(at) === at) break;
    at = dirname(at);
  }
  fsStep('create a folder in', at, () => accessSync(at, constants.W_OK));
}

/** How the folder on disk differs from `files` (which includes the manifest). */
export function diffFolder(dir: string, files: ReadonlyMap<string, string>): TreeDiff {
  const t = target(dir);
  const listing = t.kind === 'missing' ? { files: [], others: [] } : fsStep('read', dir, () => listTree(t.dir));
  const own = readManifest(t.dir) ?? new Set<string>();
  const onDisk = new Set(listing.files);
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [path, content] of files) {
    if (!onDisk.has(path)) missing.push(path);
    else if (own.has(path) || path === MANIFEST_FILE ? readFileSync(join(t.dir, path), 'utf8') !== content : true) changed.push(path);
  }
  const inStaging = (p: string) => p.startsWith(STAGING_PREFIX);
  const stale = listing.files.filter((p) => own.has(p) && !files.has(p));
  const foreign = [...listing.files.filter((p) => !own.has(p) && !files.has(p) && !inStaging(p)), ...listing.others].sort(byCodeUnit);
  return { missing, changed, stale, foreign };
}

export function isClean(diff: TreeDiff): boolean {
  return diff.missing.length === 0 && diff.changed.length === 0 && diff.stale.length === 0;
}

/** Puts back a previous output that an interrupted swap left beside `dir`, and clears our staging leftovers. */
function recover(dir: string): void {
  const parent = dirname(dir);
  const name = basename(dir);
  let siblings: string[];
  try {
    siblings = readdirSync(parent);
  } catch {
    return;
  }
  const previous = siblings.filter((s) => s.startsWith(`.${name}.previous-`)).sort(byCodeUnit);
  const staging = siblings.filter((s) => s.startsWith(`.${name}.staging-`));
  for (const p of previous) {
    const full = join(parent, p);
    if (readManifest(full) === undefined) continue;
    if (kindOf(dir) === 'missing') fsStep('restore', dir, () => renameSync(full, dir));
    else fsStep('remove', full, () => rmSync(full, { recursive: true }));
  }
  for (const s of staging) removeStaging(join(parent, s));
  // Staging folders of an interrupted in-place write, inside the folder itself.
  if (kindOf(dir) !== 'folder') return;
  for (const s of fsStep('read', dir, () => readdirSync(dir))) if (s.startsWith(STAGING_PREFIX)) removeStaging(join(dir, s));
}

/** Removes a staging folder of ours: one that holds our manifest, or nothing at all. */
function removeStaging(full: string): void {
  if (kindOf(full) !== 'folder') return;
  if (readManifest(full) !== undefined) fsStep('remove', full, () => rmSync(full, { recursive: true }));
  else if (fsStep('read', full, () => readdirSync(full)).length === 0) fsStep('remove', full, () => rmdirSync(full));
}

/** Refuses a path to write whose folders inside `root` are not plain folders (a link could lead out). */
function checkInside(root: string, path: string): void {
  const parts = path.split('/');
  let at = root;
  for (const part of parts.slice(0, -1)) {
    at = join(at, part);
    const kind = kindOf(at);
    if (kind === 'missing') return;
    if (kind !== 'folder')
      throw new OutputError(`${at} is ${kind === 'link' ? 'a symbolic link' : 'not a folder'}; refusing to write through it`);
  }
  const kind = kindOf(join(root, path));
  if (kind === 'link' || kind === 'folder' || kind === 'other')
    throw new OutputError(`${join(root, path)} is ${kind === 'link' ? 'a symbolic link' : 'not a regular file'}; refusing to replace it`);
}

function writeAll(root: string, files: ReadonlyMap<string, string>, paths: readonly string[]): void {
  for (const path of paths) {
    const full = join(root, path);
    fsStep('create', dirname(full), () => mkdirSync(dirname(full), { recursive: true }));
    fsStep('write', full, () => writeFileSync(full, files.get(path)!));
  }
}

/**
 * Writes `generated` (contents by relative path; the manifest is added) into `dir`. Returns how
 * the folder differed before. Throws OutputError for a path problem or a folder that is not ours.
 */
export function writeFolder(dir: string, generated: ReadonlyMap<string, string>, options: WriteOptions = {}): TreeDiff {
  const files = withManifest(generated);
  const step = options.onStep ?? (() => {});
  const t = target(dir);
  recover(t.dir);
  const kind = kindOf(t.dir);
  const owned = kind === 'folder' && readManifest(t.dir) !== undefined;
  const diff = diffFolder(t.dir, files);
  if (!options.force) {
    const own = readManifest(t.dir) ?? new Set<string>();
    const collision = diff.changed.find((p) => p !== MANIFEST_FILE && !own.has(p));
    const theirs = collision ?? (owned || options.shared ? undefined : diff.foreign[0]);
    if (theirs !== undefined) {
      throw new OutputError(
        `${t.dir} holds files this generator did not write (e.g. ${theirs})${owned ? '' : ` and no manifest of ours (${MANIFEST_FILE})`}; refusing to write there. ` +
          'Choose an empty or new folder, or pass --force to write beside them (nothing of theirs is removed).',
      );
    }
  }
  if (isClean(diff)) return diff;
  if (kind === 'missing' || (owned && diff.foreign.length === 0 && !options.shared)) swapIn(t.dir, files, kind === 'folder', step);
  else placeEach(t.dir, files, diff, step);
  return diff;
}

/** Stages the whole folder next to `dir`, then swaps it in with two renames. */
function swapIn(dir: string, files: ReadonlyMap<string, string>, exists: boolean, step: (s: WriteStep) => void): void {
  const parent = dirname(dir);
  const name = basename(dir);
  fsStep('create', parent, () => mkdirSync(parent, { recursive: true }));
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const staging = join(parent, `.${name}.staging-${tag}`);
  fsStep('create', staging, () => mkdirSync(staging));
  try {
    // The manifest first: a staging folder that holds it is recognisably ours.
    writeAll(staging, files, [MANIFEST_FILE, ...[...files.keys()].filter((p) => p !== MANIFEST_FILE)]);
    step('staged');
    if (exists) {
      const previous = join(parent, `.${name}.previous-${tag}`);
      fsStep('move', dir, () => renameSync(dir, previous));
      step('previous-moved');
      fsStep('move', staging, () => renameSync(staging, dir));
      step('swapped');
      fsStep('remove', previous, () => rmSync(previous, { recursive: true }));
    } else {
      fsStep('move', staging, () => renameSync(staging, dir));
      step('swapped');
    }
  } finally {
    if (kindOf(staging) === 'folder') removeStaging(staging);
  }
}

/** Stages the new files in a folder inside `dir`, renames each into place, then removes our stale files. */
function placeEach(dir: string, files: ReadonlyMap<string, string>, diff: TreeDiff, step: (s: WriteStep) => void): void {
  fsStep('create', dir, () => mkdirSync(dir, { recursive: true }));
  const writes = [...diff.missing, ...diff.changed].filter((p) => p !== MANIFEST_FILE);
  for (const path of writes) checkInside(dir, path);
  const staging = join(dir, `${STAGING_PREFIX}${process.pid}-${Date.now().toString(36)}`);
  fsStep('create', staging, () => mkdirSync(staging));
  try {
    writeAll(staging, files, [MANIFEST_FILE, ...writes]);
    step('staged');
    for (const path of writes) {
      fsStep('create', dirname(join(dir, path)), () => mkdirSync(dirname(join(dir, path)), { recursive: true }));
      fsStep('replace', join(dir, path), () => renameSync(join(staging, path), join(dir, path)));
    }
    for (const path of diff.stale) {
      checkInside(dir, path);
      fsStep('remove', join(dir, path), () => unlinkSync(join(dir, path)));
      removeEmptyParents(dir, path);
    }
    fsStep('replace', join(dir, MANIFEST_FILE), () => renameSync(join(staging, MANIFEST_FILE), join(dir, MANIFEST_FILE)));
    step('renamed');
  } finally {
    fsStep('remove', staging, () => rmSync(staging, { recursive: true, force: true }));
  }
}

/** Removes the folders a removed file leaves empty, up to (not including) `root`. */
function removeEmptyParents(root: string, path: string): void {
  const parts = path.split('/').slice(0, -1);
  while (parts.length > 0) {
    const full = join(root, ...parts);
    try {
      if (readdirSync(full).length > 0) return;
      rmdirSync(full);
    } catch {
      return;
    }
    parts.pop();
  }
}
