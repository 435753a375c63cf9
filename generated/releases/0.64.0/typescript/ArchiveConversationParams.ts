// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";

/** Params of `archiveConversation`: moves a conversation's rollout file to the archive. */
export type ArchiveConversationParams = {
  conversationId: ConversationId;
  /** Path of the conversation's rollout file. */
  rolloutPath: string;
};
