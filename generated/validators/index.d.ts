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
}

export declare const methods: Readonly<Record<string, MethodEntry>>;
export declare function validator(id: string): CompiledValidator | undefined;
