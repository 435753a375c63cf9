// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `thread/list`: pages through stored threads. */
export type ThreadListParams = {
  /** Opaque cursor from a previous response's `nextCursor`; omit for the first page. */
  cursor?: string | null;
  /** Page size; the server picks a default when omitted. */
  limit?: number | null;
  /** Only list threads of these model providers; omitted, null or an empty list means all providers. */
  modelProviders?: Array<string> | null;
};
