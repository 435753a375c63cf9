// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "../ConversationId.js";

/** Params of `feedback/upload`. Note the field is `conversationId` here while the response says `threadId`. */
export type FeedbackUploadParams = {
  /** Kind of feedback, such as a bug report or a good or bad result. */
  classification: string;
  /** Free-form text from the user. */
  reason?: string | null;
  /** Thread the feedback is about, if any. */
  conversationId?: ConversationId | null;
  /** Whether to attach the server logs to the upload. */
  includeLogs: boolean;
};
