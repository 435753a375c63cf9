/**
 * The jobs of the consumer matrix (test/consumers.test.ts): each builds one consumer project of
 * the installed package and runs it. Jobs are independent, so the test starts them together.
 */
import { build, transform } from 'esbuild';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { exec, tsc, type Run, type TscVersion } from './consumers.js';
import { entries, type Entry } from './package-layout.js';
import { codeBlocks } from './snippets.js';

export interface Step {
  readonly name: string;
  readonly ok: boolean;
  readonly output: string;
}

const step = (name: string, r: Run & { output?: string }): Step => ({
  name,
  ok: r.status === 0,
  output: r.output ?? `${r.stdout}${r.stderr}`.trim(),
});

/** Type-checks (and emits) a TypeScript consumer, then runs its `out/main.js`; stdout is the probe's JSON. */
export async function compileAndRun(dir: string, version: TscVersion): Promise<{ compile: Step; run?: Run }> {
  const compile = step(`tsc ${version}`, await tsc(version, dir));
  if (!compile.ok) return { compile };
  return { compile, run: await exec(process.execPath, [join(dir, 'out', 'main.js')], { cwd: dir }) };
}

/** The plain .cjs consumer: shared/probe.ts with its types stripped becomes probe.cjs next to main.cjs. */
export async function runPlainCjs(dir: string, probeSource: string): Promise<Run> {
  const js = await transform(probeSource, { loader: 'ts', format: 'cjs', target: 'node20' });
  writeFileSync(join(dir, 'probe.cjs'), js.code);
  return exec(process.execPath, [join(dir, 'main.cjs')], { cwd: dir });
}

export interface BundleRun {
  readonly format: 'esm' | 'cjs' | 'browser';
  readonly bytes: number;
  readonly stdout: string;
  readonly error?: string;
}

/**
 * Web APIs a browser page has, and all the browser bundle gets: no `process`, `Buffer`,
 * `require`, `module` or `global`, so any use of Node's globals fails where it happens.
 */
function browserGlobals(log: (line: string) => void): Record<string, unknown> {
  return { console: { log, warn: log, error: log }, TextEncoder, TextDecoder, atob, btoa, URL, queueMicrotask, structuredClone };
}

/** esbuild bundles (minified) of `src/app.ts` for node (ESM, CJS) and the browser, each run. */
export async function bundleAndRun(dir: string): Promise<BundleRun[]> {
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const builds = [
    { format: 'esm', outfile: join(out, 'app.mjs'), options: { platform: 'node', format: 'esm' } },
    { format: 'cjs', outfile: join(out, 'app.cjs'), options: { platform: 'node', format: 'cjs' } },
    { format: 'browser', outfile: join(out, 'app.browser.js'), options: { platform: 'browser', format: 'iife' } },
  ] as const;
  return Promise.all(
    builds.map(async ({ format, outfile, options }): Promise<BundleRun> => {
      try {
        await build({
          entryPoints: [join(dir, 'src', 'app.ts')],
          bundle: true,
          minify: true,
          outfile,
          absWorkingDir: dir,
          logLevel: 'silent',
          target: 'es2022',
          ...options,
        });
      } catch (e) {
        return { format, bytes: 0, stdout: '', error: `esbuild: ${(e as Error).message}` };
      }
      const bytes = statSync(outfile).size;
      if (format !== 'browser') {
        const r = await exec(process.execPath, [outfile], { cwd: dir });
        return { format, bytes, stdout: r.stdout, ...(r.status === 0 ? {} : { error: r.stderr }) };
      }
      const lines: string[] = [];
      try {
        runInNewContext(
          readFileSync(outfile, 'utf8'),
          browserGlobals((l) => lines.push(l)),
          { filename: outfile },
        );
        return { format, bytes, stdout: lines.map((l) => `${l}\n`).join('') };
      } catch (e) {
        return { format, bytes, stdout: lines.join('\n'), error: String((e as Error).stack ?? e) };
      }
    }),
  );
}

/**
 * A module for the declaration library that uses every runtime entry point of the exports map
 * (`./runtime`, `./releases/<version>/runtime`, ...) without annotations: each function returns
 * the params of any request or notification of its release, so its inferred type names every
 * params type, each from its own file.
 */
export function runtimesModule(list: readonly Entry[]): string {
  const runtimes = list.filter((e) => /(^\.|\/)runtime$/.test(e.subpath));
  if (runtimes.length === 0) throw new Error('the exports map has no runtime entry point');
  return runtimes
    .flatMap((e, i) => [
      `import * as runtime${i} from ${JSON.stringify(e.specifier)};`,
      `export const incoming${i} = (line: string, fromServer: boolean) => {`,
      `  const r = fromServer ? runtime${i}.parse(line, 'serverToClient') : runtime${i}.parse(line, 'clientToServer');`,
      `  return r.ok && (r.kind === 'request' || r.kind === 'notification') ? r.message.params : null;`,
      '};',
    ])
    .join('\n')
    .concat('\n');
}

export interface EntryRuns {
  readonly entries: readonly Entry[];
  /** Per specifier: the resolved file (relative to the package) or the error code. */
  readonly esm: Record<string, string>;
  readonly cjs: Record<string, string>;
  readonly types: Record<'esm' | 'cjs' | 'node10', Step>;
}

const ESM_PROBE = (specs: readonly [string, boolean][], pkgUrl: string) => `
const out = {};
for (const [spec, json] of ${JSON.stringify(specs)}) {
  try {
    await (json ? import(spec, { with: { type: 'json' } }) : import(spec));
    out[spec] = import.meta.resolve(spec).slice(${JSON.stringify(pkgUrl)}.length);
  } catch (e) { out[spec] = e.code ?? String(e); }
}
console.log(JSON.stringify(out));
`;
const CJS_PROBE = (specs: readonly string[], pkgDir: string) => `
const out = {};
for (const spec of ${JSON.stringify(specs)}) {
  try { require(spec); out[spec] = require.resolve(spec).slice(${JSON.stringify(pkgDir)}.length); }
  catch (e) { out[spec] = e.code ?? String(e); }
}
console.log(JSON.stringify(out));
`;

/** A project importing the types of each specifier; `[spec, true]` imports it with `resolution-mode: import`. */
function typesProject(
  dir: string,
  type: 'module' | 'commonjs',
  compilerOptions: object,
  specs: readonly (readonly [string, boolean])[],
): string {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `entries-${type}`, private: true, type }));
  const tsconfig = {
    compilerOptions: { target: 'es2022', lib: ['es2022'], types: [], strict: true, noEmit: true, skipLibCheck: true, ...compilerOptions },
    include: ['src'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  const attributes = " with { 'resolution-mode': 'import' }";
  const imports = specs.map(([s, esm], i) => `import type * as E${i} from ${JSON.stringify(s)}${esm ? attributes : ''};`);
  writeFileSync(
    join(dir, 'src', 'main.ts'),
    `${imports.join('\n')}\nexport type All = [${specs.map((_, i) => `typeof E${i}`).join(', ')}];\n`,
  );
  return dir;
}

/**
 * Every entry point of the installed package's exports map: imported and required at run time
 * (each must load exactly when the map has a target for that module system), and its types
 * imported from an ES module, a CommonJS module (node16) and TypeScript 5.9's node10 resolution.
 */
export async function entryPointRuns(root: string, pkgDir: string): Promise<EntryRuns> {
  const list = entries(pkgDir);
  const dir = join(root, 'entry-points');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'esm.mjs'),
    ESM_PROBE(
      list.map((e) => [e.specifier, e.isJson]),
      new URL(`file://${pkgDir}/`).href,
    ),
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    CJS_PROBE(
      list.map((e) => e.specifier),
      `${pkgDir}/`,
    ),
  );
  // From CommonJS, an entry point without a require target is ES modules only: its types are
  // imported as a CommonJS user has to, with resolution-mode import.
  const typed = (pick: (e: Entry) => string | null, esmOnly: (e: Entry) => boolean = () => false) =>
    list.filter((e) => !e.isJson && pick(e) !== null).map((e) => [e.specifier, esmOnly(e)] as const);
  const [esm, cjs, tEsm, tCjs, tNode10] = await Promise.all([
    exec(process.execPath, [join(dir, 'esm.mjs')], { cwd: dir }),
    exec(process.execPath, [join(dir, 'cjs.cjs')], { cwd: dir }),
    tsc(
      '7',
      typesProject(
        join(dir, 'types-esm'),
        'module',
        { module: 'nodenext', moduleResolution: 'nodenext' },
        typed((e) => e.typesImport),
      ),
    ),
    tsc(
      '7',
      typesProject(
        join(dir, 'types-cjs'),
        'commonjs',
        { module: 'node16', moduleResolution: 'node16' },
        typed(
          (e) => e.typesRequire,
          (e) => e.nodeRequire === null && e.nodeImport !== null,
        ),
      ),
    ),
    tsc(
      '5.9',
      typesProject(
        join(dir, 'types-node10'),
        'commonjs',
        { module: 'commonjs' },
        typed((e) => e.typesImport ?? e.typesRequire),
      ),
    ),
  ]);
  const parse = (r: Run) => {
    if (r.status !== 0) throw new Error(`entry point probe failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, string>;
  };
  return {
    entries: list,
    esm: parse(esm),
    cjs: parse(cjs),
    types: { esm: step('tsc 7 nodenext', tEsm), cjs: step('tsc 7 node16', tCjs), node10: step('tsc 5.9 node10', tNode10) },
  };
}

export interface ReadmeRun {
  readonly blocks: readonly { readonly line: number; readonly file: string }[];
  readonly strict: Step;
  readonly loose: Step;
}

/**
 * The README's TypeScript examples: every ```ts (or ```typescript) block becomes its own module
 * `src/block-<line>.ts` of the readme project, checked under `strict: true` and `strict: false`.
 */
export async function readmeRuns(dir: string, readme: string): Promise<ReadmeRun> {
  mkdirSync(join(dir, 'src'), { recursive: true });
  const blocks = codeBlocks(readme)
    .filter((b) => (b.lang === 'ts' || b.lang === 'typescript') && !b.flags.includes('no-check'))
    .map((b) => {
      const file = `src/block-${b.line}.ts`;
      writeFileSync(join(dir, file), `${b.text}export {};\n`);
      return { line: b.line, file };
    });
  const [strict, loose] = await Promise.all([tsc('7', join(dir, 'tsconfig.strict.json')), tsc('7', join(dir, 'tsconfig.loose.json'))]);
  return { blocks, strict: step('strict: true', strict), loose: step('strict: false', loose) };
}
