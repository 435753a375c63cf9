// GENERATED CODE: do not edit by hand. Produced by `npm run export` from the JSON Schema bundle (Ajv standalone).

/** An Ajv error, as the precompiled validators report it. */
export interface ValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: returns whether `data` is valid; on failure `errors` holds why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

export interface MethodEntry {
  readonly method: string;
  readonly direction: "clientToServer" | "serverToClient";
  readonly kind: "request" | "notification";
  /** Validator id of the params, or null for a method without params. */
  readonly params: string | null;
  /** Validator id of the result (requests only). */
  readonly result: string | null;
  /** For `codex/event/<type>`: the event type `params.msg.type` must carry. */
  readonly eventType?: string;
  /** Set on the notifications sent once per streamed chunk (deltas); the routers test these first. */
  readonly streaming?: true;
}

export declare const methodList: readonly MethodEntry[];
export declare const methods: Readonly<Record<string, MethodEntry>>;
/**
 * The router of a direction: given a method name and its params, the method's position in
 * `methodList` when the direction sends that method and the params pass its fast check; -1
 * when the direction has no such method; -2 when the params fail.
 */
export declare function router(direction: "clientToServer" | "serverToClient"): (method: string, params: unknown) => number;
export declare function validator(id: string): CompiledValidator | undefined;
/**
 * The fast check of a definition key (`Foo`, `v2/Foo`) or validator id: true when `data`
 * matches. It reports no errors (the validator of the same id says why).
 */
export declare function check(id: string): ((data: unknown) => boolean) | undefined;
