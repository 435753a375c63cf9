// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `listConversations`: one page of recorded conversations. */
export type ListConversationsParams = {
  /** Maximum number of conversations to return; the server picks a default when omitted. */
  pageSize?: number | null;
  /** Opaque cursor from a previous response's `nextCursor`; omit for the first page. */
  cursor?: string | null;
  /** Only list conversations from these model providers; an empty list means all. */
  modelProviders?: Array<string> | null;
};
