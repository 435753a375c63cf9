// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationGitInfo } from "./ConversationGitInfo.js";
import type { ConversationId } from "./ConversationId.js";
import type { SessionSource } from "./SessionSource.js";

/** Summary of a recorded conversation, as returned by `listConversations` and `getConversationSummary`. */
export type ConversationSummary = {
  conversationId: ConversationId;
  /** Path of the conversation's rollout file. */
  path: string;
  /** Start of the first user message, for display. */
  preview: string;
  /** When the conversation started (RFC 3339), when known. */
  timestamp?: string | null;
  /** Model provider the conversation used. */
  modelProvider: string;
  /** Working directory of the conversation. */
  cwd: string;
  /** Codex version that recorded the conversation. */
  cliVersion: string;
  source: SessionSource;
  gitInfo?: ConversationGitInfo | null;
};
