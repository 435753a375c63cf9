// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `model/list`. */
export type ModelListParams = {
  /** Opaque cursor from a previous response's `nextCursor`; omit for the first page. */
  cursor?: string | null;
  /** Page size; the server picks a default when omitted. */
  limit?: number | null;
  /** When true, hidden models are listed too. */
  includeHidden?: boolean | null;
  /** List the models of this configured provider instead of the default one. */
  modelProvider?: string | null;
};
