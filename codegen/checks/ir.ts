/**
 * A small statement representation for the generated checks: the compiler builds statements,
 * the printer writes them out once. What a later stage needs to know about a statement (does it
 * call another check or loop, does it refuse `undefined` first) is a property of the node, never
 * read back out of printed text.
 */

/** An expression: its text, and whether evaluating it calls a generated check. */
export interface Expr {
  readonly text: string;
  readonly calls: boolean;
}

export type Stmt =
  /** `if (cond) <fail>`; `refusesUndefined`: the test fails for `undefined` (a type or string-constant test). */
  | { readonly kind: 'failIf'; readonly cond: Expr; readonly refusesUndefined: boolean }
  /** `const name = value;` */
  | { readonly kind: 'const'; readonly name: string; readonly value: Expr }
  /** `let name = value;` */
  | { readonly kind: 'let'; readonly name: string; readonly value: Expr }
  /** `if (cond) { body }` */
  | { readonly kind: 'if'; readonly cond: Expr; readonly body: readonly Stmt[] }
  /** A loop: `for (head) { body }`. */
  | { readonly kind: 'for'; readonly head: string; readonly body: readonly Stmt[] }
  /** `if (cond) continue;` */
  | { readonly kind: 'continueIf'; readonly cond: Expr }
  /** `switch (on) { case …: body break; … default: <fail> }` */
  | {
      readonly kind: 'switch';
      readonly on: Expr;
      readonly cases: readonly { readonly labels: readonly string[]; readonly body: readonly Stmt[] }[];
      readonly otherwise: readonly Stmt[];
    }
  /** `<fail>` */
  | { readonly kind: 'fail' }
  /** `return value;` */
  | { readonly kind: 'return'; readonly value: Expr };

export const expr = (text: string, calls = false): Expr => ({ text, calls });
export const failIf = (cond: Expr, refusesUndefined = false): Stmt => ({ kind: 'failIf', cond, refusesUndefined });

/** Whether statements call a generated check or loop, anywhere inside. */
export function callsOrLoops(stmts: readonly Stmt[]): boolean {
  return stmts.some((s) => {
    switch (s.kind) {
      case 'failIf':
      case 'continueIf':
        return s.cond.calls;
      case 'const':
      case 'let':
      case 'return':
        return s.value.calls;
      case 'if':
        return s.cond.calls || callsOrLoops(s.body);
      case 'for':
        return true;
      case 'switch':
        return s.on.calls || s.cases.some((c) => callsOrLoops(c.body)) || callsOrLoops(s.otherwise);
      case 'fail':
        return false;
    }
  });
}

/** Whether the first statement fails for `undefined` (so a missing value needs no test of its own). */
export function refusesUndefined(stmts: readonly Stmt[]): boolean {
  const first = stmts[0];
  return first !== undefined && first.kind === 'failIf' && first.refusesUndefined;
}

/** Prints statements, each line indented by `depth` levels, with `fail` as the failure exit. */
export function printStatements(stmts: readonly Stmt[], fail: string, depth = 1): string[] {
  const pad = '  '.repeat(depth);
  const out: string[] = [];
  for (const s of stmts) {
    switch (s.kind) {
      case 'failIf':
        out.push(`${pad}if (${s.cond.text}) ${fail}`);
        break;
      case 'continueIf':
        out.push(`${pad}if (${s.cond.text}) continue;`);
        break;
      case 'const':
      case 'let':
        out.push(`${pad}${s.kind} ${s.name} = ${s.value.text};`);
        break;
      case 'return':
        out.push(`${pad}return ${s.value.text};`);
        break;
      case 'fail':
        out.push(`${pad}${fail}`);
        break;
      case 'if':
        out.push(`${pad}if (${s.cond.text}) {`, ...printStatements(s.body, fail, depth + 1), `${pad}}`);
        break;
      case 'for':
        out.push(`${pad}for (${s.head}) {`, ...printStatements(s.body, fail, depth + 1), `${pad}}`);
        break;
      case 'switch':
        out.push(`${pad}switch (${s.on.text}) {`);
        for (const c of s.cases) {
          out.push(
            `${pad}  ${c.labels.map((l) => `case ${l}:`).join(' ')}`,
            ...printStatements(c.body, fail, depth + 2),
            `${pad}    break;`,
          );
        }
        out.push(`${pad}  default:`, ...printStatements(s.otherwise, fail, depth + 2), `${pad}}`);
        break;
    }
  }
  return out;
}

/** A whole check function: `function name(v: unknown[, depth: number]): boolean { … return true; }`. */
export function printFunction(name: string, params: string, body: readonly Stmt[]): string {
  return [`function ${name}(${params}): boolean {`, ...printStatements(body, 'return false;'), '  return true;', '}'].join('\n');
}
