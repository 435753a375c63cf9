// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { EventMsg } from "./EventMsg.js";
import type { ReasoningEffort } from "./ReasoningEffort.js";

/** Params of `sessionConfigured`: a conversation's session is set up (camelCase counterpart of the `session_configured` event). */
export type SessionConfiguredNotification = {
  /** Id of the conversation. */
  sessionId: ConversationId;
  /** Model slug in use. */
  model: string;
  reasoningEffort?: ReasoningEffort | null;
  /** Identifier of the message history log file. */
  historyLogId: number;
  /** Number of entries currently in the message history log. */
  historyEntryCount: number;
  /** Events replayed from a resumed rollout, oldest first. */
  initialMessages?: Array<EventMsg> | null;
  /** Path of the rollout file recording this session. */
  rolloutPath: string;
};
