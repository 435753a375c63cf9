#!/usr/bin/env node
/**
 * Installs the real `codex` binary of one release into a cache folder, on demand, from the npm
 * registry (it is no devDependency: 0.171.0 alone is over 400 MB unpacked). Only this platform's
 * binary is extracted. Prints the path of the binary.
 *
 *   node scripts/codex-install.mjs 0.171.0
 *
 * Cache: $CODEX_PROTOCOL_CACHE, else ~/.cache/codex-app-server-protocol. An installed release is
 * reused; an install is extracted into a temporary folder and renamed into place, so a killed
 * install leaves nothing half-written behind.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TRIPLES = {
  'linux-x64': 'x86_64-unknown-linux-musl',
  'linux-arm64': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
};

export function cacheDir() {
  return process.env.CODEX_PROTOCOL_CACHE || join(homedir(), '.cache', 'codex-app-server-protocol');
}

function npm(args, cwd) {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Path of the `codex` binary inside an extracted vendor folder (the layout changed between releases). */
function binaryIn(vendor) {
  for (const candidate of [join(vendor, 'bin', 'codex'), join(vendor, 'codex', 'codex')]) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Installs `version` (if needed) and returns the absolute path of its `codex` binary. */
export function ensureCodex(version) {
  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) throw new Error(`not a release version: ${JSON.stringify(version)}`);
  const platform = `${process.platform}-${process.arch}`;
  const triple = TRIPLES[platform];
  if (triple === undefined) throw new Error(`no codex binary for ${platform}`);
  const target = join(cacheDir(), 'codex', version, triple);
  const installed = binaryIn(target);
  if (installed !== undefined) return installed;

  mkdirSync(join(cacheDir(), 'codex', version), { recursive: true });
  const work = mkdtempSync(join(cacheDir(), 'codex', version, '.install-'));
  try {
    // Newer releases ship each platform as its own package version (`0.171.0-linux-x64`);
    // older ones carry every platform inside the main package.
    const optional = JSON.parse(npm(['view', `@openai/codex@${version}`, 'optionalDependencies', '--json'], work) || '{}');
    const alias = optional?.[`@openai/codex-${platform}`];
    const spec = typeof alias === 'string' && alias.startsWith('npm:') ? alias.slice(4) : `@openai/codex@${version}`;
    npm(['pack', spec, '--silent'], work);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (tarball === undefined) throw new Error(`npm pack ${spec} produced no tarball`);
    execFileSync('tar', ['-xzf', tarball, `package/vendor/${triple}`], { cwd: work, stdio: 'ignore' });
    const extracted = join(work, 'package', 'vendor', triple);
    if (binaryIn(extracted) === undefined) throw new Error(`${spec} holds no codex binary for ${triple}`);
    renameSync(extracted, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return binaryIn(target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2];
  if (version === undefined) {
    process.stderr.write('usage: node scripts/codex-install.mjs VERSION\n');
    process.exit(2);
  }
  try {
    process.stdout.write(`${ensureCodex(version)}\n`);
  } catch (e) {
    process.stderr.write(`codex-install: ${e.message}\n`);
    process.exit(1);
  }
}
