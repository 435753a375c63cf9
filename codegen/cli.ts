/**
 * Command line: `generate-json-schema --out DIR`, `generate-ts --out DIR` and `export --out DIR`
 * (every output of the table in outputs.ts, each in its folder under DIR, and the protocol
 * reference into `--docs DIR`). Usage and path errors: one line on stderr, exit 2. `--check`
 * writes nothing and exits 1 when a folder differs from what would be written.
 */
import { dirname, join, resolve } from 'node:path';
import type { Generation } from './context.js';
import { packageInfo } from './emit-meta.js';
import { NEWEST, RELEASES, isRelease, type Release } from '../src/releases.js';
import { OUTPUTS, output, outputFolder, type Output } from './outputs.js';
import { diffFolder, isClean, MANIFEST_FILE, OutputError, preflight, withManifest, writeFolder, type TreeDiff } from './write.js';

export type Command = 'generate-json-schema' | 'generate-ts' | 'export';

interface Options {
  readonly out: string;
  readonly check: boolean;
  readonly force: boolean;
  /** The release to write (`generate-*`; default the newest); `export` writes every release. */
  readonly release: Release;
  /** Folder of the protocol reference (`export` only); null: not written. */
  readonly docs: string | null;
}

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleIo: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };

const OWNERSHIP = `DIR must be new, empty, or a folder this command wrote before (it then holds ${MANIFEST_FILE},
which lists the files written there). Only files listed there are ever replaced or removed; a
folder holding other files is refused unless --force is given (their files are then left alone).`;

function usage(command: Command): string {
  const extra = command === 'export' ? ' [--docs DIR | --no-docs]' : ' [--release VERSION]';
  return `usage: ${command} --out DIR${extra} [--check] [--force]\n       ${command} --help | --version`;
}

function help(command: Command): string {
  const releases = `releases ${RELEASES.join(', ')}; default ${NEWEST}`;
  const what =
    command === 'generate-json-schema'
      ? `Writes the JSON Schema of one release of the Codex app-server protocol (${releases}) into DIR: ${output('json').summary}.`
      : command === 'generate-ts'
        ? `Writes the TypeScript types of one release of the Codex app-server protocol (${releases}) into DIR: ${output('typescript').summary}.`
        : `Writes every output of every release of the Codex app-server protocol (${RELEASES.join(', ')}); the newest's at\n${OUTPUTS.filter(
            (o) => o.name !== 'docs',
          )
            .map((o) => `  DIR/${o.folder}/  ${o.summary}`)
            .join(
              '\n',
            )}\n  and ${output('docs').summary} into the docs folder (--docs DIR; default: the folder docs next to DIR);\n  every other release's under DIR/releases/<version>/ (and the docs folder's releases/<version>/).`;
  return `${usage(command)}

${what}

  --out DIR, -o DIR  the folder to write
  --check            write nothing; exit 1 when a folder differs from what would be written
  --force            write into a folder that holds files this command did not write${command === 'export' ? '\n  --docs DIR         where the protocol reference goes\n  --no-docs          do not write the protocol reference' : '\n  --release VERSION  the release to write'}
  --help, --version

${OWNERSHIP}

Exit status: 0 done (or up to date), 1 out of date (--check), 2 usage or path error.`;
}

/** Parsed options, or the text to print with its exit status. */
export function parseArgs(command: Command, argv: readonly string[]): Options | { readonly print: string; readonly status: 0 | 2 } {
  let out: string | undefined;
  let docs: string | null | undefined;
  let check = false;
  let force = false;
  let release: Release | undefined;
  const fail = (why: string) => ({ print: `${command}: ${why}\n${usage(command)}`, status: 2 as const });
  const value = (i: number): string | undefined => {
    const v = argv[i];
    return v === undefined || v === '' || v.startsWith('-') ? undefined : v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = flag === arg ? undefined : arg.slice(eq + 1);
    if (flag === '--help' || flag === '-h') return { print: help(command), status: 0 };
    if (flag === '--version' || flag === '-V') return { print: `${packageInfo().name} ${packageInfo().version}`, status: 0 };
    if (flag === '--check' && inline === undefined) check = true;
    else if (flag === '--force' && inline === undefined) force = true;
    else if (flag === '--out' || flag === '-o') {
      if (out !== undefined) return fail('--out given twice');
      out = inline ?? value(++i);
      if (out === undefined || out === '') return fail('--out needs a folder (a value that is not an option)');
    } else if (command !== 'export' && flag === '--release') {
      if (release !== undefined) return fail('--release given twice');
      const v = inline ?? value(++i);
      if (!isRelease(v)) return fail(`--release takes one of ${RELEASES.join(', ')}`);
      release = v;
    } else if (command === 'export' && flag === '--no-docs' && inline === undefined) docs = null;
    else if (command === 'export' && flag === '--docs') {
      if (docs !== undefined) return fail('--docs or --no-docs given twice');
      docs = inline ?? value(++i);
      if (docs === undefined || docs === '') return fail('--docs needs a folder (a value that is not an option)');
    } else return fail(`unknown argument ${JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}...` : arg)}`);
  }
  if (out === undefined) return fail('missing --out DIR');
  const docsDir = command !== 'export' || docs === null ? null : resolve(docs ?? join(dirname(resolve(out)), 'docs'));
  return { out: resolve(out), check, force, docs: docsDir, release: release ?? NEWEST };
}

interface Target {
  readonly output: Output;
  readonly release: Release;
  readonly dir: string;
}

function targets(command: Command, options: Options): Target[] {
  if (command === 'generate-json-schema') return [{ output: output('json'), release: options.release, dir: options.out }];
  if (command === 'generate-ts') return [{ output: output('typescript'), release: options.release, dir: options.out }];
  return [...RELEASES].reverse().flatMap((release) =>
    OUTPUTS.flatMap((o): Target[] => {
      if (o.name !== 'docs') return [{ output: o, release, dir: join(options.out, outputFolder(o, release)) }];
      return options.docs === null ? [] : [{ output: o, release, dir: join(options.docs, outputFolder(o, release)) }];
    }),
  );
}

function report(t: Target, diff: TreeDiff, check: boolean, io: Io): boolean {
  const clean = isClean(diff);
  const label = `${t.output.name} ${t.release}`;
  if (check) {
    if (clean) io.out(`${label}: ${t.dir} is up to date`);
    else {
      io.out(`${label}: ${t.dir} is out of date; run \`npm run export\``);
      for (const p of diff.missing) io.out(`  missing  ${p}`);
      for (const p of diff.changed) io.out(`  changed  ${p}`);
      for (const p of diff.stale) io.out(`  stale    ${p}`);
    }
    return clean;
  }
  const kept = diff.foreign.length > 0 ? `; ${diff.foreign.length} other file(s) left alone` : '';
  io.out(`${label}: wrote ${t.dir} (${diff.missing.length} added, ${diff.changed.length} changed, ${diff.stale.length} removed${kept})`);
  return true;
}

/**
 * Runs a command. `generation` makes what is written: from the definitions (`export`, in this
 * repository) or from the shipped JSON folder (`generate-*` in the installed package).
 */
export async function run(
  command: Command,
  argv: readonly string[],
  generation: (release: Release) => Generation,
  io: Io = consoleIo,
): Promise<number> {
  const options = parseArgs(command, argv);
  if ('print' in options) {
    (options.status === 0 ? io.out : io.err)(options.print);
    return options.status;
  }
  let ok = true;
  try {
    const all = targets(command, options);
    for (const t of all) preflight(t.dir);
    for (const t of all) {
      const files = await t.output.generate(generation(t.release));
      const diff = options.check
        ? diffFolder(t.dir, withManifest(files))
        : writeFolder(t.dir, files, { shared: t.output.shared, force: options.force });
      ok = report(t, diff, options.check, io) && ok;
    }
  } catch (e) {
    if (!(e instanceof OutputError)) throw e;
    io.err(`${command}: ${e.message}`);
    return 2;
  }
  return ok ? 0 : 1;
}
