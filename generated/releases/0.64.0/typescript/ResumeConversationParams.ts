// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { NewConversationParams } from "./NewConversationParams.js";
import type { ResponseItem } from "./ResponseItem.js";

/** Params of `resumeConversation`: which conversation to continue (from a rollout path, an id or an explicit history) and optional overrides. */
export type ResumeConversationParams = {
  /** Rollout file to resume from. */
  path?: string | null;
  conversationId?: ConversationId | null;
  /** Transcript to start from instead of a recorded rollout. */
  history?: Array<ResponseItem> | null;
  /** Settings to change for the resumed conversation. */
  overrides?: NewConversationParams | null;
};
