/**
 * The package as its manifest describes it: entry points resolved the way Node and TypeScript
 * resolve them (first matching condition of the `exports` map), JSON folders and the releases
 * they hold. Read from any package root (the repository or an installed copy), so the tests
 * follow the manifest instead of listing paths.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly exports: Record<string, unknown>;
  readonly typesVersions?: Record<string, Record<string, readonly string[]>>;
  readonly bin?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

export function readManifest(root: string): Manifest {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
}

/** Conditions Node matches (`node-addons` is never used here) and those TypeScript adds. */
export const CONDITIONS = {
  nodeImport: ['import', 'node', 'default'],
  nodeRequire: ['require', 'node', 'default'],
  typesImport: ['types', 'import', 'node', 'default'],
  typesRequire: ['types', 'require', 'node', 'default'],
} as const;

/**
 * The target an `exports` value resolves to under `conditions` (keys are tried in their order in
 * the map, as Node does), or null when nothing matches. Arrays are not used by this package and
 * are refused.
 */
export function resolveTarget(value: unknown, conditions: readonly string[]): string | null {
  if (typeof value === 'string') return value;
  if (value === null) return null;
  if (Array.isArray(value) || typeof value !== 'object') throw new Error(`unsupported exports value ${JSON.stringify(value)}`);
  for (const [key, inner] of Object.entries(value)) {
    if (!conditions.includes(key)) continue;
    const hit = resolveTarget(inner, conditions);
    if (hit !== null) return hit;
  }
  return null;
}

export interface Entry {
  /** The subpath as written in the map: `.`, `./runtime`, `./json/*`. */
  readonly subpath: string;
  /** A specifier a consumer writes; a pattern's `*` is replaced by an existing file. */
  readonly specifier: string;
  readonly isJson: boolean;
  readonly nodeImport: string | null;
  readonly nodeRequire: string | null;
  readonly typesImport: string | null;
  readonly typesRequire: string | null;
}

/**
 * Every entry of the exports map. For a pattern (`./json/*`, `./types/*`), the specifier names the
 * first file, in code-unit order, that the pattern's target matches in its folder (no dot files;
 * for a target ending in `*`, JSON and declaration files only).
 */
export function entries(root: string): Entry[] {
  const manifest = readManifest(root);
  return Object.entries(manifest.exports).map(([subpath, value]) => {
    let specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    let pick = (t: string | null) => t;
    if (subpath.includes('*')) {
      const target = resolveTarget(value, CONDITIONS.nodeImport) ?? resolveTarget(value, CONDITIONS.typesImport);
      const [prefix = '', suffix = ''] = target?.split('*') ?? [];
      if (target === null || !prefix.endsWith('/'))
        throw new Error(`pattern ${subpath} -> ${String(target)}: only patterns over a folder's files are supported`);
      const file = readdirSync(join(root, prefix))
        .filter((f) => !f.startsWith('.') && f.endsWith(suffix) && (suffix !== '' || f.endsWith('.json') || f.endsWith('.d.ts')))
        .sort()[0];
      if (file === undefined) throw new Error(`pattern ${subpath}: ${target} matches no file`);
      // What `*` stands for; a declaration file the pattern maps as is is imported by its .js name.
      const star = suffix !== '' ? file.slice(0, file.length - suffix.length) : file.replace(/\.d\.ts$/, '.js');
      specifier = specifier.replace('*', star);
      pick = (t) => (t === null ? null : t.replace('*', star));
    }
    return {
      subpath,
      specifier,
      isJson: specifier.endsWith('.json'),
      nodeImport: pick(resolveTarget(value, CONDITIONS.nodeImport)),
      nodeRequire: pick(resolveTarget(value, CONDITIONS.nodeRequire)),
      typesImport: pick(resolveTarget(value, CONDITIONS.typesImport)),
      typesRequire: pick(resolveTarget(value, CONDITIONS.typesRequire)),
    };
  });
}

export interface JsonFolder {
  /** The protocol release the folder describes. */
  readonly release: string;
  /** Absolute path of the folder. */
  readonly dir: string;
  /** The export subpath prefix that reaches it, e.g. `./json/`. */
  readonly subpath: string;
}

/**
 * The JSON folders the exports map publishes (`./json/*`, `./releases/<version>/json/*`), each
 * with the release it holds: the `release` of the folder's protocol.json (the `<version>` of a
 * `releases/<version>/` path for a folder without one).
 */
export function jsonFolders(root: string): JsonFolder[] {
  const manifest = readManifest(root);
  const out: JsonFolder[] = [];
  for (const [subpath, value] of Object.entries(manifest.exports)) {
    if (!subpath.endsWith('/json/*')) continue;
    const target = resolveTarget(value, CONDITIONS.nodeImport);
    if (target === null || !target.endsWith('/*')) continue;
    const dir = join(root, target.slice(0, -1));
    const meta = join(dir, 'protocol.json');
    const release = existsSync(meta)
      ? (JSON.parse(readFileSync(meta, 'utf8')) as { release?: string }).release
      : /(?:^|\/)releases\/([^/]+)\//.exec(target)?.[1];
    if (release === undefined) throw new Error(`${target}: no release in its protocol.json or in the path`);
    out.push({ release, dir, subpath: subpath.slice(0, -1) });
  }
  return out;
}

/** The bundle files of a JSON folder: the main bundle (discriminator) and the dispatch bundle. */
export const BUNDLE = 'codex_app_server_protocol.schemas.json';
export const DISPATCH_BUNDLE = 'codex_app_server_protocol.dispatch.schemas.json';

/** The per-type schema files of a JSON folder (relative paths): everything but the bundles, the meta model and dot files. */
export function perTypeFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, prefix), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`;
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) out.push(...perTypeFiles(dir, rel));
    else if (e.name.endsWith('.json') && !(prefix === '' && [BUNDLE, DISPATCH_BUNDLE, 'protocol.json'].includes(e.name))) out.push(rel);
  }
  return out;
}
