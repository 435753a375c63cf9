/**
 * Throw-away consumer projects for the packed package: pack once, install the tarball offline,
 * copy fixture projects next to it, and run the tools the matrix pins (TypeScript 7 and 5.9).
 */
import { spawn, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse as parsePath } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixturesDir = join(repoRoot, 'test', 'consumers');

/** The compilers the matrix runs: devDependencies pinned to exact versions. */
export const TSC = {
  '7': join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'),
  '5.9': join(repoRoot, 'node_modules', 'typescript-5.9', 'bin', 'tsc'),
} as const;
export type TscVersion = keyof typeof TSC;

/**
 * A fresh folder for the consumer projects. It lies outside the repository, so that nothing
 * resolves from the repository's own node_modules (Node, esbuild and TypeScript all search
 * every parent folder): a consumer sees the installed package and nothing else. `.tmp/consumers`
 * links to the latest one for inspection; the previous one is removed.
 */
export function freshWorkRoot(): string {
  const link = join(repoRoot, '.tmp', 'consumers');
  mkdirSync(dirname(link), { recursive: true });
  if (existsSync(link) || isLink(link)) {
    if (isLink(link)) rmSync(readlinkSync(link), { recursive: true, force: true });
    rmSync(link, { recursive: true, force: true });
  }
  const root = mkdtempSync(join(tmpdir(), 'codex-consumers-'));
  symlinkSync(root, link);
  return root;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Parent folders of `dir` that hold a node_modules folder (where resolution could leak to). */
export function ancestorNodeModules(dir: string): string[] {
  const out: string[] = [];
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) out.push(join(d, 'node_modules'));
    if (d === parsePath(d).root) return out;
  }
}

export interface Packed {
  readonly tarball: string;
  /** Paths inside the package, as npm pack lists them. */
  readonly files: readonly string[];
}

/** `npm pack` of the repository as built (no prepack: the caller has built it). */
export function pack(dest: string): Packed {
  if (!existsSync(join(repoRoot, 'dist', 'src', 'runtime', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  mkdirSync(dest, { recursive: true });
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dest, info!.filename), files: info!.files.map((f) => f.path) };
}

/** An empty project that installs the tarball offline (the package has no dependencies to fetch). */
export function installInto(dir: string, tarball: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumers-${parsePath(dir).name}`, private: true }, null, 2)}\n`);
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-save', tarball], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Copies fixture project `name` to `dest/<as or name>`, with shared/probe.ts as `src/probe.ts`
 * when `probe` is set; returns the copy's path.
 */
export function copyConsumer(name: string, dest: string, options: { probe?: boolean; as?: string } = {}): string {
  const dir = join(dest, options.as ?? name);
  cpSync(join(fixturesDir, name), dir, { recursive: true });
  if (options.probe === true) cpSync(join(fixturesDir, 'shared', 'probe.ts'), join(dir, 'src', 'probe.ts'));
  return dir;
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion (never throws on a non-zero exit). */
export function exec(command: string, args: readonly string[], options: { cwd: string; input?: string }): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** `tsc -p project` (a folder or a tsconfig file) with one of the pinned compilers; `output` holds the diagnostics. */
export async function tsc(version: TscVersion, project: string, ...args: string[]): Promise<Run & { output: string }> {
  const cwd = project.endsWith('.json') ? dirname(project) : project;
  const r = await exec(process.execPath, [TSC[version], '-p', project, '--pretty', 'false', ...args], { cwd });
  return { ...r, output: `${r.stdout}${r.stderr}`.trim() };
}

/** Diagnostics of tsc output, one per `file(line,col): error TSxxxx: message` line. */
export function diagnostics(output: string): { file: string; line: number; code: string; message: string }[] {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map((m) => ({
    file: m[1]!,
    line: Number(m[2]),
    code: m[3]!,
    message: m[4]!,
  }));
}

/** Files of a folder tree, relative, in code-unit order. */
export function listTree(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.isDirectory()) out.push(...listTree(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}
