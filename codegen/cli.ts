/**
 * Command line: `generate-json-schema --out DIR`, `generate-ts --out DIR`, and `export --out DIR`
 * (both, into DIR/json and DIR/typescript). `--check` writes nothing and fails when DIR differs.
 * `export` also writes the protocol reference (`protocol.md`) into `--docs DIR`, by default the
 * `docs` folder next to DIR; other files in that folder are left alone. `--no-docs` skips it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateDocs, generateJson, generateTs, generateValidators } from './generate.js';
import { diffTree, isClean, writeTree, type TreeDiff } from './write.js';

export type Command = 'generate-json-schema' | 'generate-ts' | 'export';

interface Options {
  readonly out: string;
  readonly check: boolean;
  /** Folder of the protocol reference (`export` only); null: not written. */
  readonly docs: string | null;
}

const USAGE = (command: Command) => `usage: ${command} --out DIR${command === 'export' ? ' [--docs DIR | --no-docs]' : ''} [--check]`;

export function parseArgs(command: Command, argv: readonly string[]): Options | string {
  let out: string | undefined;
  let check = false;
  let docs: string | null | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--check') check = true;
    else if (command === 'export' && arg === '--no-docs') docs = null;
    else if (command === 'export' && (arg === '--docs' || arg.startsWith('--docs='))) {
      docs = arg === '--docs' ? argv[++i] : arg.slice('--docs='.length);
      if (docs === undefined || docs === '') return `--docs needs a directory\n${USAGE(command)}`;
    }
    else if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (out === undefined) return `--out needs a directory\n${USAGE(command)}`;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') return USAGE(command);
    else return `unknown argument ${JSON.stringify(arg)}\n${USAGE(command)}`;
  }
  if (out === undefined || out === '') return `missing --out DIR\n${USAGE(command)}`;
  const docsDir = command !== 'export' || docs === null ? null : resolve(docs ?? join(dirname(resolve(out)), 'docs'));
  return { out: resolve(out), check, docs: docsDir };
}

/** Writes the given files into `dir` without removing anything else there (for shared folders like docs/). */
function writeOwned(dir: string, files: ReadonlyMap<string, string>): TreeDiff {
  const diff = { ...diffTree(dir, files), extra: [] };
  for (const path of [...diff.missing, ...diff.changed]) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), files.get(path)!);
  }
  return diff;
}

function report(label: string, dir: string, diff: TreeDiff, check: boolean, log: (line: string) => void): boolean {
  const clean = isClean(diff);
  if (check) {
    if (clean) log(`${label}: ${dir} is up to date`);
    else {
      log(`${label}: ${dir} is stale; run \`npm run export\``);
      for (const p of diff.missing) log(`  missing  ${p}`);
      for (const p of diff.changed) log(`  changed  ${p}`);
      for (const p of diff.extra) log(`  extra    ${p}`);
    }
    return clean;
  }
  log(`${label}: wrote ${dir} (${diff.missing.length} added, ${diff.changed.length} changed, ${diff.extra.length} removed)`);
  return true;
}

export async function run(command: Command, argv: readonly string[], log: (line: string) => void = console.log): Promise<number> {
  const options = parseArgs(command, argv);
  if (typeof options === 'string') {
    log(options);
    return options.startsWith('usage') ? 0 : 2;
  }
  const targets: { label: string; dir: string; files: () => Promise<Map<string, string>>; shared?: boolean }[] = [];
  if (command !== 'generate-ts') {
    targets.push({ label: 'json', dir: command === 'export' ? join(options.out, 'json') : options.out, files: async () => generateJson() });
  }
  if (command !== 'generate-json-schema') {
    targets.push({ label: 'typescript', dir: command === 'export' ? join(options.out, 'typescript') : options.out, files: generateTs });
  }
  if (command === 'export') {
    targets.push({ label: 'validators', dir: join(options.out, 'validators'), files: async () => generateValidators() });
  }
  if (options.docs !== null) targets.push({ label: 'docs', dir: options.docs, files: async () => generateDocs(), shared: true });
  let ok = true;
  for (const t of targets) {
    const files = await t.files();
    const diff = t.shared === true
      ? options.check ? { ...diffTree(t.dir, files), extra: [] } : writeOwned(t.dir, files)
      : options.check ? diffTree(t.dir, files) : writeTree(t.dir, files);
    ok = report(t.label, t.dir, diff, options.check, log) && ok;
  }
  return ok ? 0 : 1;
}
