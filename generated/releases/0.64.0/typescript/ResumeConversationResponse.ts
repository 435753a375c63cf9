// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { EventMsg } from "./EventMsg.js";

/** Result of `resumeConversation`: the resumed conversation and the events replayed from its rollout. */
export type ResumeConversationResponse = {
  conversationId: ConversationId;
  /** Model slug in effect. */
  model: string;
  /** Recorded events of the conversation, oldest first. */
  initialMessages?: Array<EventMsg> | null;
  /** Path of the rollout file recording the conversation. */
  rolloutPath: string;
};
