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
  /** The params may be left out or null (the server then uses its defaults). */
  readonly paramsOptional?: true;
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
  /** What JSON.parse returns for a streaming notification in the server's layout; undefined for any other text. */
  read(this: void, text: string): unknown;
  readonly schemaText: string;
}

export type Router = (method: string, params: unknown) => number;

/** The envelope check ids (everything of a message besides `method` and `params`), by direction and kind. */
const ENVELOPES = {
  clientToServer: { request: 'envelope/ClientRequest', notification: 'envelope/ClientNotification' },
  serverToClient: { request: 'envelope/ServerRequest', notification: 'envelope/ServerNotification' },
} as const;

export class ReleaseChecks {
  /** Looks a method up by name (no hashing; see dispatch.ts). */
  readonly lookup: (method: string) => MethodEntry | undefined;
  /** By position in the method list: whether the method is a request. */
  readonly isRequest: readonly boolean[];
  readonly clientRouter: Router;
  readonly serverRouter: Router;
  /** The envelope checks (`id`, `jsonrpc`, `emittedAtMs`, ...), by direction and kind. */
  readonly envelopes: {
    readonly [D in Direction]: { readonly request: (value: unknown) => boolean; readonly notification: (value: unknown) => boolean };
  };
  readonly methodList: readonly MethodEntry[];
  /** The layout reader: JSON.parse's value for a streaming notification in the server's layout, else undefined. */
  readonly read: (text: string) => unknown;
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
    this.read = tables.read;
    const envelope = (id: string) => {
      const fn = tables.check(id);
      if (fn === undefined) throw new Error(`the validators have no ${id}`);
      return fn;
    };
    this.envelopes = {
      clientToServer: {
        request: envelope(ENVELOPES.clientToServer.request),
        notification: envelope(ENVELOPES.clientToServer.notification),
      },
      serverToClient: {
        request: envelope(ENVELOPES.serverToClient.request),
        notification: envelope(ENVELOPES.serverToClient.notification),
      },
    };
  }

  /** The envelope check id of a direction and kind. */
  envelopeId(direction: Direction, kind: 'request' | 'notification'): string {
    return ENVELOPES[direction][kind];
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
