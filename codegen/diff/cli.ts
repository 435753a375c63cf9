/**
 * `codex-protocol-diff OLD NEW [--json] [--namespace v1|v2]`: compares two protocol releases
 * (bundles or meta models). Exit status 0 when nothing breaks, 1 on breaking changes, 2 on a
 * bad command line or unreadable input.
 */
import { resolve } from 'node:path';
import { diffProtocols, summarize, type DiffReport } from './diff.js';
import { formatReport } from './format.js';
import { loadProtocol } from './protocol.js';
import { rulesTable } from './rules.js';

export const DIFF_USAGE = `usage: codex-protocol-diff OLD NEW [--json] [--namespace v1|v2]
       codex-protocol-diff --rules

OLD and NEW are each a schema bundle (codex_app_server_protocol.schemas.json) or a meta model
(protocol.json, read with the bundle it names). A bundle with a protocol.json next to it is read
with that meta model, so results are compared too.

  --json           print the report as JSON
  --namespace NS   only report changes that reach methods of namespace NS (v1 or v2)
  --rules          print the classification rules

Exit status: 0 no breaking change, 1 breaking changes, 2 usage or input error.`;

/** Keeps the changes that reach `ns`, with the summary recomputed. */
export function restrict(report: DiffReport, ns: 'v1' | 'v2'): DiffReport {
  const changes = report.changes.filter((c) => c.namespaces.includes(ns));
  return { ...report, changes, summary: summarize(changes) };
}

export function runDiff(argv: readonly string[], log: (text: string) => void = console.log): number {
  const files: string[] = [];
  let json = false;
  let ns: 'v1' | 'v2' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--rules') {
      log(rulesTable());
      return 0;
    } else if (arg === '--help' || arg === '-h') {
      log(DIFF_USAGE);
      return 0;
    } else if (arg === '--namespace' || arg.startsWith('--namespace=')) {
      const value = arg === '--namespace' ? argv[++i] : arg.slice('--namespace='.length);
      if (value !== 'v1' && value !== 'v2') {
        log(`--namespace takes v1 or v2\n${DIFF_USAGE}`);
        return 2;
      }
      ns = value;
    } else if (arg.startsWith('-')) {
      log(`unknown option ${JSON.stringify(arg)}\n${DIFF_USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 2) {
    log(`expected OLD and NEW, got ${files.length} file(s)\n${DIFF_USAGE}`);
    return 2;
  }
  let report: DiffReport;
  try {
    report = diffProtocols(loadProtocol(resolve(files[0]!)), loadProtocol(resolve(files[1]!)));
  } catch (e) {
    log(`codex-protocol-diff: ${(e as Error).message}`);
    return 2;
  }
  report = { ...report, old: { ...report.old, label: files[0]! }, new: { ...report.new, label: files[1]! } };
  if (ns !== undefined) report = restrict(report, ns);
  log(json ? JSON.stringify(report, null, 2) : formatReport(report));
  return report.summary.breaking > 0 ? 1 : 0;
}
