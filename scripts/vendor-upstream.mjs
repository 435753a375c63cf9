#!/usr/bin/env node
/**
 * Vendors upstream's own export of one release as the facts this library follows:
 * `upstream/<version>/json/codex_app_server_protocol.schemas.json` (the stable JSON bundle) and
 * `upstream/<version>/typescript/` (the stable TypeScript export).
 *
 *   node scripts/vendor-upstream.mjs 0.171.0
 *
 * The binary comes from scripts/codex-install.mjs. Both exports run offline, with a throw-away
 * CODEX_HOME and, where `unshare` is available (root), in a network namespace with no network.
 * Only `upstream/<version>/` is replaced, and only once both exports have succeeded.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodex } from './codex-install.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'codex_app_server_protocol.schemas.json';

function hasUnshare() {
  try {
    execFileSync('unshare', ['--net', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function vendor(version) {
  const codex = ensureCodex(version);
  const work = mkdtempSync(join(tmpdir(), `upstream-${version}-`));
  try {
    const home = join(work, 'codex-home');
    mkdirSync(home);
    const env = { ...process.env, CODEX_HOME: home };
    const isolated = hasUnshare();
    const run = (args) =>
      execFileSync(isolated ? 'unshare' : codex, isolated ? ['--net', codex, ...args] : args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    run(['app-server', 'generate-json-schema', '--out', join(work, 'json')]);
    run(['app-server', 'generate-ts', '--out', join(work, 'typescript')]);
    // Staged next to its target (same file system), then renamed into place.
    mkdirSync(join(root, 'upstream'), { recursive: true });
    const staged = mkdtempSync(join(root, 'upstream', `.staging-${version}-`));
    mkdirSync(join(staged, 'json'), { recursive: true });
    cpSync(join(work, 'json', BUNDLE), join(staged, 'json', BUNDLE));
    cpSync(join(work, 'typescript'), join(staged, 'typescript'), { recursive: true });
    const target = join(root, 'upstream', version);
    if (existsSync(target)) rmSync(target, { recursive: true });
    renameSync(staged, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const versions = process.argv.slice(2);
  if (versions.length === 0) {
    process.stderr.write('usage: node scripts/vendor-upstream.mjs VERSION...\n');
    process.exit(2);
  }
  for (const v of versions) process.stdout.write(`${vendor(v)}\n`);
}
