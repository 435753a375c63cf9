/**
 * The consumer matrix: the packed tarball installed offline into throw-away projects, each
 * type-checked and run the way a real client is built. Needs `npm run build` first (`npm test`
 * runs it). Projects live in a fresh folder outside the repository (`.tmp/consumers` links to
 * it), so they resolve the installed package and nothing else.
 *
 * The README's ```ts blocks are compiled here too (see readmeRuns): each block is its own module
 * and may use the placeholders of test/consumers/readme/prelude.d.ts (`line`, `send`, `render`);
 * a block that is not meant to compile opts out with the fence ```ts no-check.
 */
import { cpSync, readFileSync, readdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ancestorNodeModules,
  copyConsumer,
  diagnostics,
  exec,
  fixturesDir,
  freshWorkRoot,
  installInto,
  pack,
  repoRoot,
  tsc,
  TSC,
  type Packed,
  type Run,
} from './support/consumers.js';
import { apparentBytes, formatMB, MB, upstreamExportBytes } from './support/footprint.js';
import {
  bundleAndRun,
  compileAndRun,
  entryPointRuns,
  readmeRuns,
  runPlainCjs,
  runtimesModule,
  type BundleRun,
  type EntryRuns,
  type ReadmeRun,
  type Step,
} from './support/matrix.js';
import { CONDITIONS, entries, jsonFolders, readManifest, resolveTarget } from './support/package-layout.js';

/** What shared/probe.ts returns in every runnable consumer (see the comments there for why). */
const PROBE_RESULT = {
  text: 'hi',
  refused: { code: -32602, paths: ['/params/delta'] },
  request: { id: 7, method: 'thread/archive', params: { threadId: 't' } },
  settled: { ok: true, method: 'thread/archive', left: 0 },
  fastCheck: [true, false],
  decoded: 'hi',
  schema: { title: 'AgentMessageDeltaNotification', required: ['threadId', 'turnId', 'itemId', 'delta'] },
};

const NAME = readManifest(repoRoot).name;
let root: string;
let packed: Packed;
/** The project with the package alone installed; the consumers sit in its subfolders. */
let base: string;
/** Another one with the optional peer `typebox` added, as a user of `/schemas` has it. */
let peer: string;
const pkgIn = (project: string) => join(project, 'node_modules', NAME);

let runs: {
  esm: Awaited<ReturnType<typeof compileAndRun>>;
  cjs16: Awaited<ReturnType<typeof compileAndRun>>;
  cjs10: Awaited<ReturnType<typeof compileAndRun>>;
  plainCjs: Run;
  bundles: BundleRun[];
  bundleTypes: Step;
  declaration: Record<'ts7' | 'ts59' | 'cjs' | 'user', Run & { output: string }>;
  libCheck: Record<'ts7' | 'ts59' | 'ts7 with typebox', Run & { output: string }>;
  schemas: Awaited<ReturnType<typeof compileAndRun>>;
  entryPoints: EntryRuns;
  readme: ReadmeRun;
  bins: Record<string, Run>;
};

/** The bundle `./schema.json` exports, in the installed package. */
const shippedBundle = (pkg: string) => join(pkg, resolveTarget(readManifest(pkg).exports['./schema.json'], CONDITIONS.nodeImport)!);

/** Runs the installed bins: each answers --help, and the writing ones write what the package ships. */
async function binRuns(): Promise<Record<string, Run>> {
  const schema = shippedBundle(pkgIn(base));
  const bin = (name: string) => join(base, 'node_modules', '.bin', name);
  const out: Record<string, Run> = {};
  await Promise.all(
    Object.keys(readManifest(pkgIn(base)).bin ?? {}).map(async (b) => (out[`${b} --help`] = await exec(bin(b), ['--help'], { cwd: base }))),
  );
  const [json, ts] = await Promise.all([
    exec(bin('generate-json-schema'), ['--out', 'bin-out/json'], { cwd: base }),
    exec(bin('generate-ts'), ['--out', 'bin-out/ts'], { cwd: base }),
  ]);
  out['generate-json-schema --out'] = json;
  out['generate-ts --out'] = ts;
  out['generate-ts --check'] = await exec(bin('generate-ts'), ['--out', 'bin-out/ts', '--check'], { cwd: base });
  out['codex-protocol-diff same same'] = await exec(bin('codex-protocol-diff'), [schema, schema], { cwd: base });
  return out;
}

beforeAll(async () => {
  root = freshWorkRoot();
  packed = pack(join(root, 'pack'));
  base = join(root, 'base');
  peer = join(root, 'peer');
  installInto(base, packed.tarball);
  installInto(peer, packed.tarball);
  // The peer as npm would unpack it (the consumers' installs stay offline).
  cpSync(join(repoRoot, 'node_modules', 'typebox'), join(peer, 'node_modules', 'typebox'), { recursive: true });

  for (const name of ['esm-nodenext', 'cjs-node16', 'cjs-node10', 'bundle']) copyConsumer(name, base, { probe: true });
  for (const name of ['plain-cjs', 'declaration-lib', 'declaration-user', 'lib-check', 'readme']) copyConsumer(name, base);
  copyConsumer('schemas-peer', peer);
  renameSync(join(copyConsumer('lib-check', peer), 'with-peer', 'entries.ts'), join(peer, 'lib-check', 'src', 'entries.ts'));
  // The declaration library again as a CommonJS package (module node16), the usual extension set-up.
  const cjsLib = copyConsumer('declaration-lib', base, { as: 'declaration-lib-cjs' });
  writeFileSync(join(cjsLib, 'package.json'), JSON.stringify({ name: 'consumer-declaration-lib-cjs', private: true, type: 'commonjs' }));
  for (const lib of [join(base, 'declaration-lib'), cjsLib])
    writeFileSync(join(lib, 'src', 'runtimes.ts'), runtimesModule(entries(pkgIn(base))));
  const at = (name: string) => join(base, name);

  const [esm, cjs16, cjs10, plainCjs, bundles, bundleTypes, declaration, libCheck, schemas, entryPoints, readme, bins] = await Promise.all([
    compileAndRun(at('esm-nodenext'), '7'),
    compileAndRun(at('cjs-node16'), '7'),
    compileAndRun(at('cjs-node10'), '5.9'),
    runPlainCjs(at('plain-cjs'), readFileSync(join(fixturesDir, 'shared', 'probe.ts'), 'utf8')),
    bundleAndRun(at('bundle')),
    tsc('7', at('bundle')).then((r) => ({ name: 'tsc 7 bundler', ok: r.status === 0, output: r.output })),
    (async () => {
      const [ts7, ts59, cjs] = await Promise.all([
        tsc('7', at('declaration-lib')),
        tsc('5.9', at('declaration-lib'), '--outDir', 'out-5.9'),
        tsc('7', at('declaration-lib-cjs'), '--module', 'node16', '--moduleResolution', 'node16'),
      ]);
      return { ts7, ts59, cjs, user: await tsc('7', at('declaration-user')) };
    })(),
    Promise.all([tsc('7', at('lib-check')), tsc('5.9', at('lib-check')), tsc('7', join(peer, 'lib-check'))]).then(
      ([ts7, ts59, peerTs7]) => ({ ts7, ts59, 'ts7 with typebox': peerTs7 }),
    ),
    compileAndRun(join(peer, 'schemas-peer'), '7'),
    entryPointRuns(peer, pkgIn(peer)),
    readmeRuns(at('readme'), readFileSync(join(pkgIn(base), 'README.md'), 'utf8')),
    binRuns(),
  ]);
  runs = { esm, cjs16, cjs10, plainCjs, bundles, bundleTypes, declaration, libCheck, schemas, entryPoints, readme, bins };
}, 300_000);

/** The probe's printed result, with the process's output in the message when it is not JSON. */
function probed(r: Run | undefined): unknown {
  expect(r, 'the consumer did not run').toBeDefined();
  expect(r!.status, `exit status; stderr:\n${r!.stderr}`).toBe(0);
  return JSON.parse(r!.stdout);
}

describe('consumer matrix', () => {
  it("the repository's tsc is TypeScript 7 (both pinned compilers have a tsc bin; npm ci links typescript's)", () => {
    expect(realpathSync(join(repoRoot, 'node_modules', '.bin', 'tsc')), 'node_modules/.bin/tsc points at typescript-5.9: run npm ci').toBe(
      realpathSync(TSC['7']),
    );
  });

  it('installs the tarball where no other node_modules can be reached', () => {
    expect(ancestorNodeModules(base)).toEqual([]);
    expect(readManifest(pkgIn(base)).version).toBe(readManifest(repoRoot).version);
  });

  it('TypeScript 7, ES module, module nodenext (strict): compiles and runs', () => {
    expect(runs.esm.compile.output).toBe('');
    expect(probed(runs.esm.run)).toEqual(PROBE_RESULT);
  });

  it('TypeScript 7, CommonJS package, module node16 (strict): compiles and runs', () => {
    expect(runs.cjs16.compile.output).toBe('');
    expect(probed(runs.cjs16.run)).toEqual(PROBE_RESULT);
  });

  it('TypeScript 5.9, module commonjs (node10 resolution through typesVersions): compiles and runs', () => {
    expect(runs.cjs10.compile.output).toBe('');
    expect(probed(runs.cjs10.run)).toEqual(PROBE_RESULT);
  });

  it('plain .cjs with require(): runs', () => {
    expect(probed(runs.plainCjs)).toEqual(PROBE_RESULT);
  });

  it('esbuild bundles (ESM and CJS for node, and for the browser) build and run; their minified sizes', () => {
    expect(runs.bundleTypes.output).toBe('');
    for (const b of runs.bundles) {
      expect(b.error, `${b.format} bundle`).toBeUndefined();
      expect(JSON.parse(b.stdout), `${b.format} bundle`).toEqual(PROBE_RESULT);
    }
    console.log(
      `esbuild bundles of test/consumers/bundle (minified): ${runs.bundles.map((b) => `${b.format} ${(b.bytes / 1024).toFixed(1)} KiB`).join(', ')}`,
    );
  });

  it('a library with declaration: true names its inferred types through the exports (no TS2742/TS2883), and its users can use them', () => {
    for (const [compiler, r] of Object.entries(runs.declaration)) expect(r.output, compiler).toBe('');
    for (const out of ['declaration-lib/out', 'declaration-lib/out-5.9', 'declaration-lib-cjs/out']) {
      const dts = readFileSync(join(base, out, 'index.d.ts'), 'utf8');
      expect(dts, out).toContain(`import("${NAME}/runtime")`);
      for (const file of ['index.d.ts', 'runtimes.d.ts'])
        expect(readFileSync(join(base, out, file), 'utf8'), `${out}/${file}`).not.toMatch(/node_modules|\/dist\//);
    }
  });

  it('skipLibCheck: false reports the one deliberate consumer error and nothing from the package', () => {
    const source = readFileSync(join(base, 'lib-check', 'src', 'main.ts'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.startsWith('// deliberate error')) + 2;
    for (const [compiler, r] of Object.entries(runs.libCheck)) {
      expect(
        diagnostics(r.output).map((d) => [d.file, d.line, d.code]),
        `${compiler}:\n${r.output}`,
      ).toEqual([['src/main.ts', line, 'TS2322']]);
    }
  });

  it('/schemas with the optional peer typebox installed: compiles (skipLibCheck: false) and checks messages', () => {
    expect(runs.schemas.compile.output).toBe('');
    expect(probed(runs.schemas.run)).toEqual({ definitions: true, valid: true, broken: false });
  });

  it('every entry point of the exports map loads in the module systems it declares, and its types resolve (nodenext, node16, node10)', () => {
    const { entries, esm, cjs, types } = runs.entryPoints;
    const expected = (target: string | null) => (target === null ? 'ERR_PACKAGE_PATH_NOT_EXPORTED' : target.replace(/^\.\//, ''));
    expect(esm).toEqual(Object.fromEntries(entries.map((e) => [e.specifier, expected(e.nodeImport)])));
    expect(cjs).toEqual(Object.fromEntries(entries.map((e) => [e.specifier, expected(e.nodeRequire)])));
    for (const step of Object.values(types)) expect(step.output, step.name).toBe('');
  });

  it("the README's TypeScript examples compile under strict: true and strict: false", () => {
    const { blocks, strict, loose } = runs.readme;
    expect(blocks.length).toBeGreaterThan(0);
    const where = (output: string) =>
      diagnostics(output).map((d) => `README.md:${Number(/block-(\d+)/.exec(d.file)?.[1]) + d.line}: ${d.code} ${d.message}`);
    expect(where(strict.output), strict.output).toEqual([]);
    expect(where(loose.output), loose.output).toEqual([]);
    expect(strict.ok && loose.ok).toBe(true);
  });

  it('the installed bins run: --help, generate-json-schema and generate-ts write what the package ships, the diff reads it', () => {
    for (const [name, r] of Object.entries(runs.bins)) expect(r.status, `${name}: ${r.stderr}`).toBe(0);
    const shipped = dirname(shippedBundle(pkgIn(base)));
    for (const file of readdirSync(shipped).filter((f) => f.endsWith('.json'))) {
      expect(readFileSync(join(base, 'bin-out', 'json', file), 'utf8'), file).toBe(readFileSync(join(shipped, file), 'utf8'));
    }
    expect(runs.bins['codex-protocol-diff same same']!.stdout).toContain('No changes.');
  });

  it('footprint: nothing installed but the package (at most 2.5 MB besides it); sizes against upstream', () => {
    const modules = join(base, 'node_modules');
    const others = readdirSync(modules).filter((e) => e !== NAME && e !== '.bin' && e !== '.package-lock.json');
    expect(others).toEqual([]);
    const pkg = apparentBytes(pkgIn(base));
    const rest = apparentBytes(modules) - pkg;
    expect(rest).toBeLessThanOrEqual(2.5 * MB);
    const typebox = apparentBytes(join(peer, 'node_modules', 'typebox'));
    const releases = [...new Set(jsonFolders(pkgIn(base)).map((f) => f.release))];
    const upstream = releases.reduce((sum, r) => sum + upstreamExportBytes(repoRoot, r), 0);
    console.log(
      [
        `footprint (apparent bytes, du -sb) of ${relative(root, packed.tarball)} installed: ${packed.files.length} files`,
        `  the package: ${formatMB(pkg)}; everything else in node_modules: ${rest.toLocaleString('en-US')} bytes (${others.length} other packages)`,
        `  with the optional peer typebox (for /schemas): + ${formatMB(typebox)}`,
        `  upstream's export (JSON + TypeScript) of the releases it carries (${releases.join(', ')}): ${formatMB(upstream)}; the package is ${(pkg / upstream).toFixed(2)}x that`,
      ].join('\n'),
    );
  });
});
