#!/usr/bin/env node
// Build step after tsc: marks which folders of dist/ hold CommonJS (the CJS build, and the wire
// types, which are declarations only and so serve both module systems), and points the CJS
// build's declarations at the wire types it shares with the ES module build.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const cjs = join(dist, 'cjs');
const commonjs = '{ "type": "commonjs" }\n';

/** The folders of wire types: generated/typescript and generated/releases/<version>/typescript. */
function typeFolders() {
  const out = ['generated/typescript'];
  const releases = join(dist, 'generated', 'releases');
  if (existsSync(releases)) for (const v of readdirSync(releases)) out.push(`generated/releases/${v}/typescript`);
  return out.filter((f) => existsSync(join(dist, f)));
}

function declarationFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? declarationFiles(path) : e.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The CJS build is compiled from the same sources into dist/cjs, so its declarations reach the
 * wire types by the sources' relative paths, under dist/cjs where no copy of them exists. Each
 * such specifier (`from '…'`, `import('…')`) is rewritten to the shared folder in dist/.
 */
function pointAtSharedTypes(folders) {
  const twins = folders.map((f) => [join(cjs, f), join(dist, f)]);
  for (const file of declarationFiles(cjs)) {
    const text = readFileSync(file, 'utf8');
    const out = text.replace(/(\bfrom\s*|\bimport\s*\(\s*)(["'])(\.{1,2}\/[^"']*)\2/g, (whole, lead, quote, spec) => {
      const abs = join(dirname(file), spec);
      const hit = twins.find(([twin]) => abs.startsWith(twin + sep));
      if (hit === undefined) return whole;
      const target = relative(dirname(file), join(hit[1], relative(hit[0], abs)))
        .split(sep)
        .join('/');
      return `${lead}${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
    });
    if (out !== text) writeFileSync(file, out);
  }
}

writeFileSync(join(cjs, 'package.json'), commonjs);
const folders = typeFolders();
for (const folder of folders) writeFileSync(join(dist, folder, 'package.json'), commonjs);
pointAtSharedTypes(folders);
