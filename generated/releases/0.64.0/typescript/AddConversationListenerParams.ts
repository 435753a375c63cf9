// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";

/** Params of `addConversationListener`: start receiving `codex/event/*` notifications for a conversation. */
export type AddConversationListenerParams = {
  conversationId: ConversationId;
  /** Also deliver `raw_response_item` events; defaults to false. */
  experimentalRawEvents?: boolean;
};
