/**
 * `codex-protocol-diff OLD NEW [--format text|json|md] [--out FILE] [--namespace v1|v2]`:
 * compares two protocol releases (bundles or meta models). Exit status 0 when nothing breaks,
 * 1 on breaking changes, 2 on a bad command line or input that is not a whole protocol. With
 * `--out`, the exit status is 0 once the file is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHANGELOG_BANNER, renderChangelog } from './changelog.js';
import { diffProtocols, summarize, type DiffReport } from './diff.js';
import { formatReport } from './format.js';
import { loadProtocol } from './protocol.js';
import { rulesTable } from './rules.js';
import { packageInfo } from '../emit-meta.js';

export const DIFF_USAGE = `usage: codex-protocol-diff OLD NEW [--format text|json|md] [--out FILE] [--namespace v1|v2]
       codex-protocol-diff --rules | --help | --version

OLD and NEW are each a whole schema bundle (codex_app_server_protocol.schemas.json) or a meta
model (protocol.json, read with the bundle it names). A bundle with a protocol.json next to it is
read with that meta model; a bundle without one has its results paired with its requests by name
(XParams -> XResponse, the method name, shared name words). A single type's schema, or a bundle
missing some of the message unions (such as upstream's v2-only bundle), is refused.

  --format FORMAT  text (default): grouped by verdict; json: the report for machines;
                   md: release notes grouped by area and method
  --json           the same as --format json
  --out FILE       write the output to FILE instead of printing it; an existing FILE is only
                   replaced when it is a changelog this tool wrote (--format md)
  --namespace NS   only report changes that reach methods of namespace NS (v1 or v2)
  --rules          print the classification rules

Exit status: 0 no breaking change (or --out written), 1 breaking changes, 2 usage or input error.`;

/** Keeps the changes that reach `ns`, with the summary recomputed. */
export function restrict(report: DiffReport, ns: 'v1' | 'v2'): DiffReport {
  const changes = report.changes.filter((c) => c.namespaces.includes(ns));
  return { ...report, changes, summary: summarize(changes) };
}

type Format = 'text' | 'json' | 'md';

interface Options {
  files: string[];
  format: Format;
  out?: string;
  ns?: 'v1' | 'v2';
}

/** Parses the command line; a string is the complaint to print (exit 2), undefined after --help/--rules. */
function parse(argv: readonly string[], log: (text: string) => void): Options | string | undefined {
  const o: Options = { files: [], format: 'text' };
  const value = (i: number, arg: string, name: string): [string | undefined, number] =>
    arg === name ? [argv[i + 1], i + 1] : [arg.slice(name.length + 1), i];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') o.format = 'json';
    else if (arg === '--rules') {
      log(rulesTable());
      return undefined;
    } else if (arg === '--help' || arg === '-h') {
      log(DIFF_USAGE);
      return undefined;
    } else if (arg === '--version') {
      log(`${packageInfo().name} ${packageInfo().version} (codex-protocol-diff)`);
      return undefined;
    } else if (arg === '--namespace' || arg.startsWith('--namespace=')) {
      const [v, next] = value(i, arg, '--namespace');
      i = next;
      if (v !== 'v1' && v !== 'v2') return '--namespace takes v1 or v2';
      o.ns = v;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const [v, next] = value(i, arg, '--format');
      i = next;
      if (v !== 'text' && v !== 'json' && v !== 'md') return '--format takes text, json or md';
      o.format = v;
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      const [v, next] = value(i, arg, '--out');
      i = next;
      if (v === undefined || v === '') return '--out takes a file name';
      o.out = v;
    } else if (arg.startsWith('-')) return `unknown option ${JSON.stringify(arg)}`;
    else o.files.push(arg);
  }
  if (o.files.length !== 2) return `expected OLD and NEW, got ${o.files.length} file(s)`;
  return o;
}

/** Why `path` must not be overwritten, or undefined: only a changelog this tool wrote may be replaced. */
function overwriteProblem(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  let first: string;
  try {
    first = readFileSync(path, 'utf8').split('\n', 1)[0]!;
  } catch (e) {
    return `cannot read ${path}: ${(e as Error).message}`;
  }
  return first === CHANGELOG_BANNER
    ? undefined
    : `refusing to overwrite ${path}: it is not a changelog written by codex-protocol-diff (its first line is not the banner ${CHANGELOG_BANNER})`;
}

/**
 * Runs the command: the report (or help) through `log`, complaints (exit 2) through `fail`,
 * standard output and standard error by default.
 */
export function runDiff(
  argv: readonly string[],
  log: (text: string) => void = console.log,
  fail: (text: string) => void = console.error,
): number {
  const o = parse(argv, log);
  if (o === undefined) return 0;
  if (typeof o === 'string') {
    fail(`${o}\n${DIFF_USAGE}`);
    return 2;
  }
  if (o.out !== undefined && o.format !== 'md') {
    fail(`--out writes changelogs only: add --format md\n${DIFF_USAGE}`);
    return 2;
  }
  let report: DiffReport;
  try {
    report = diffProtocols(loadProtocol(resolve(o.files[0]!)), loadProtocol(resolve(o.files[1]!)));
  } catch (e) {
    fail(`codex-protocol-diff: ${(e as Error).message}`);
    return 2;
  }
  report = { ...report, old: { ...report.old, label: o.files[0]! }, new: { ...report.new, label: o.files[1]! } };
  if (o.ns !== undefined) report = restrict(report, o.ns);
  const text = o.format === 'json' ? JSON.stringify(report, null, 2) : o.format === 'md' ? renderChangelog(report) : formatReport(report);
  if (o.out === undefined) {
    log(text);
    return report.summary.breaking > 0 ? 1 : 0;
  }
  const problem = overwriteProblem(o.out);
  if (problem !== undefined) {
    fail(`codex-protocol-diff: ${problem}`);
    return 2;
  }
  writeFileSync(o.out, text.endsWith('\n') ? text : `${text}\n`);
  log(`wrote ${o.out}: ${report.summary.changes} changes, ${report.summary.breaking} breaking`);
  return 0;
}
