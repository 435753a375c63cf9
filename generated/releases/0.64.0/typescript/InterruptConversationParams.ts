// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";

/** Params of `interruptConversation`: stop the running turn. */
export type InterruptConversationParams = {
  conversationId: ConversationId;
};
