/**
 * The checks of one release: its generated tables (method table, fast checks, routers, explainer
 * data), with what the runtime derives from them built once: the method lookup, the routers, and
 * (on the first refusal) the explainer.
 */
import { nameIndex } from '../dispatch.js';
import type { Direction } from '../wire.js';
import { Explainer, type Explanation, type SchemaData } from './explain.js';

export interface MethodEntry {
  readonly method: string;
  readonly direction: Direction;
  readonly kind: 'request' | 'notification';
  readonly params: string | null;
  readonly result: string | null;
  readonly eventType?: string;
  readonly streaming?: true;
}

/** What the generator writes for a release (`generated/validators/index.ts`). */
export interface ValidatorTables {
  readonly methodList: readonly MethodEntry[];
  readonly methods: Readonly<Record<string, MethodEntry>>;
  check(id: string): ((value: unknown) => boolean) | undefined;
  router(direction: Direction): (method: string, params: unknown) => number;
  readonly schemaText: string;
}

export type Router = (method: string, params: unknown) => number;

export class ReleaseChecks {
  /** Looks a method up by name (no hashing; see dispatch.ts). */
  readonly lookup: (method: string) => MethodEntry | undefined;
  /** By position in the method list: whether the method is a request. */
  readonly isRequest: readonly boolean[];
  readonly clientRouter: Router;
  readonly serverRouter: Router;
  readonly methodList: readonly MethodEntry[];
  readonly #tables: ValidatorTables;
  readonly #fast = new Map<string, ((value: unknown) => boolean) | undefined>();
  #explainer: Explainer | undefined;

  constructor(tables: ValidatorTables) {
    this.#tables = tables;
    this.methodList = tables.methodList;
    this.lookup = nameIndex(tables.methodList.map((e) => [e.method, e] as const));
    this.isRequest = tables.methodList.map((e) => e.kind === 'request');
    this.clientRouter = tables.router('clientToServer');
    this.serverRouter = tables.router('serverToClient');
  }

  /** The fast check of a check id (undefined: no such id). */
  fast(id: string): ((value: unknown) => boolean) | undefined {
    let fn = this.#fast.get(id);
    if (fn === undefined && !this.#fast.has(id)) this.#fast.set(id, (fn = this.#tables.check(id)));
    return fn;
  }

  /** Why `value` fails the check `id` (no issues: it is valid after all). */
  explain(id: string, value: unknown, prefix: string, maxIssues: number): Explanation {
    this.#explainer ??= new Explainer(JSON.parse(this.#tables.schemaText) as SchemaData);
    return this.#explainer.explain(id, value, prefix, maxIssues);
  }
}
