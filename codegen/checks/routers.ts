/**
 * The routers: one function per direction, `(method, params)` -> the method's position in the
 * method table when it is a method of this direction and the params pass its check; -1 for a
 * method this direction does not send; -2 for params that fail.
 *
 * The streaming notifications (most of the traffic) come first, each compared whole with its
 * check written out in place: the JIT then compiles the common path as one piece of straight
 * code, where a call per check would soon exhaust its inlining budget. Any other name is matched
 * by length, then (within a length) by the one character that tells the names apart, then
 * compared whole: no hashing, and every check is called from its own call site.
 */
import { distinguishingPosition } from '../../src/dispatch.js';
import { expr, printStatements, refusesUndefined, type Stmt } from './ir.js';

/** What a router needs of a method: its name, direction, params check id (null: no params) and whether it streams. */
export interface RouteRow {
  readonly method: string;
  readonly direction: string;
  readonly params: string | null;
  /** The params may be left out or null. */
  readonly paramsOptional?: true;
  readonly streaming?: true;
}

/** What a router needs of the compiled checks, by params check id. */
export interface ParamsChecks {
  /** The check's statements on the value in `p` (placed in the router). */
  inline(id: string): Stmt[];
  /** The expression calling the check on `p`. */
  call(id: string): string;
}

const lit = (v: string | number) => JSON.stringify(v);

/** The params test of a method: params must be present unless the method takes none. */
function paramsTest(row: RouteRow, checks: ParamsChecks): string {
  if (row.params === null) return 'p === undefined || p === null';
  if (row.paramsOptional === true) return `(p === undefined || p === null || ${checks.call(row.params)})`;
  return `p !== undefined && ${checks.call(row.params)}`;
}

export function routerSource(name: string, rows: readonly RouteRow[], direction: string, checks: ParamsChecks): string {
  const lines: string[] = [`function ${name}(m: string, p: any): number {`];
  const byLength = new Map<number, [string, string, number][]>();
  rows.forEach((r, i) => {
    if (r.direction !== direction) return;
    if (r.streaming === true && r.params !== null && r.paramsOptional !== true) {
      const body = checks.inline(r.params);
      const present: Stmt[] = refusesUndefined(body) ? [] : [{ kind: 'failIf', cond: expr('p === undefined'), refusesUndefined: false }];
      lines.push(`  if (m === ${lit(r.method)}) {`, ...printStatements([...present, ...body], 'return -2;', 2), `    return ${i};`, '  }');
      return;
    }
    const same = byLength.get(r.method.length) ?? [];
    same.push([r.method, paramsTest(r, checks), i]);
    byLength.set(r.method.length, same);
  });
  const arm = ([method, test, i]: [string, string, number]) => `if (m === ${lit(method)}) return ${test} ? ${i} : -2;`;
  lines.push('  switch (m.length) {');
  for (const [length, same] of [...byLength.entries()].sort(([a], [b]) => a - b)) {
    lines.push(`    case ${length}:`);
    const at = distinguishingPosition(same.map(([m]) => m));
    if (same.length === 1 || at === -1) lines.push(...same.map((e) => `      ${arm(e)}`));
    else {
      lines.push(`      switch (m.charCodeAt(${at})) {`);
      for (const e of [...same].sort((a, b) => a[0].charCodeAt(at) - b[0].charCodeAt(at)))
        lines.push(`        case ${e[0].charCodeAt(at)}: ${arm(e)} return -1;`);
      lines.push('      }');
    }
    lines.push('      return -1;');
  }
  lines.push('  }', '  return -1;', '}');
  return lines.join('\n');
}
