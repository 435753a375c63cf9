// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationSummary } from "./ConversationSummary.js";

/** Result of `listConversations`. */
export type ListConversationsResponse = {
  items: Array<ConversationSummary>;
  /** Cursor for the next page; null or absent on the last page. */
  nextCursor?: string | null;
};
