// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `feedback/upload`. The thread is named by `threadId` (no longer `conversationId`), and `includeLogs` may be left out, which attaches no logs. */
export type FeedbackUploadParams = {
  /** Kind of feedback, such as a bug report or a good or bad result. */
  classification: string;
  /** Free-form text from the user. */
  reason?: string | null;
  /** Thread the feedback is about, if any. */
  threadId?: string | null;
  /** Whether to attach the server logs to the upload. Defaults to false. */
  includeLogs?: boolean;
  /** Paths of further log files to attach. */
  extraLogFiles?: Array<string> | null;
  /** Extra labels for the upload, by name. */
  tags?: { [key: string]: string } | null;
};
