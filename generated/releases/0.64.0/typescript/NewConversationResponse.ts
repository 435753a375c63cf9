// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";

/** Result of `newConversation`: the new conversation and the model it runs with. */
export type NewConversationResponse = {
  conversationId: ConversationId;
  /** Model slug in effect. */
  model: string;
  reasoningEffort?: ReasoningEffort | null;
  /** Path of the rollout file recording the conversation. */
  rolloutPath: string;
};
