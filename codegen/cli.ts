/**
 * Command line: `generate-json-schema --out DIR`, `generate-ts --out DIR`, and `export --out DIR`
 * (both, into DIR/json and DIR/typescript). `--check` writes nothing and fails when DIR differs.
 */
import { join, resolve } from 'node:path';
import { generateJson, generateTs, generateValidators } from './generate.js';
import { diffTree, isClean, writeTree, type TreeDiff } from './write.js';

export type Command = 'generate-json-schema' | 'generate-ts' | 'export';

interface Options {
  readonly out: string;
  readonly check: boolean;
}

const USAGE = (command: Command) => `usage: ${command} --out DIR [--check]`;

export function parseArgs(command: Command, argv: readonly string[]): Options | string {
  let out: string | undefined;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--check') check = true;
    else if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (out === undefined) return `--out needs a directory\n${USAGE(command)}`;
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') return USAGE(command);
    else return `unknown argument ${JSON.stringify(arg)}\n${USAGE(command)}`;
  }
  if (out === undefined || out === '') return `missing --out DIR\n${USAGE(command)}`;
  return { out: resolve(out), check };
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
  const targets: { label: string; dir: string; files: () => Promise<Map<string, string>> }[] = [];
  if (command !== 'generate-ts') {
    targets.push({ label: 'json', dir: command === 'export' ? join(options.out, 'json') : options.out, files: async () => generateJson() });
  }
  if (command !== 'generate-json-schema') {
    targets.push({ label: 'typescript', dir: command === 'export' ? join(options.out, 'typescript') : options.out, files: generateTs });
  }
  if (command === 'export') {
    targets.push({ label: 'validators', dir: join(options.out, 'validators'), files: async () => generateValidators() });
  }
  let ok = true;
  for (const t of targets) {
    const files = await t.files();
    const diff = options.check ? diffTree(t.dir, files) : writeTree(t.dir, files);
    ok = report(t.label, t.dir, diff, options.check, log) && ok;
  }
  return ok ? 0 : 1;
}
