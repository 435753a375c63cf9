// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";

/** Params of `getConversationSummary`: identify the conversation either by its rollout file or by its id (untagged; exactly one key). */
export type GetConversationSummaryParams =
  | {
      /** Path of the rollout file to summarize. */
      rolloutPath: string;
    }
  | {
      conversationId: ConversationId;
    };
