#!/usr/bin/env node
// Build step after tsc: marks which folders of dist/ hold CommonJS (the CJS build, and the wire
// types, which are declarations only and so serve both module systems), and gives the CJS build
// the path to the wire types it shares with the ES module build.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const commonjs = '{ "type": "commonjs" }\n';

/** The folders of wire types: generated/typescript and generated/releases/<version>/typescript. */
function typeFolders() {
  const out = ['generated/typescript'];
  const releases = join(dist, 'generated', 'releases');
  if (existsSync(releases)) for (const v of readdirSync(releases)) out.push(`generated/releases/${v}/typescript`);
  return out.filter((f) => existsSync(join(dist, f)));
}

writeFileSync(join(dist, 'cjs', 'package.json'), commonjs);
for (const folder of typeFolders()) {
  writeFileSync(join(dist, folder, 'package.json'), commonjs);
  const shim = join(dist, 'cjs', folder);
  mkdirSync(shim, { recursive: true });
  const target = relative(shim, join(dist, folder, 'index.js')).split('\\').join('/');
  writeFileSync(join(shim, 'index.d.ts'), `// The wire types, shared with the ES module build.\nexport type * from ${JSON.stringify(target)};\n`);
}
