// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `feedback/upload`. */
export type FeedbackUploadResponse = {
  /** Identifier under which the feedback was recorded. */
  threadId: string;
  /** SHA-256 of the session's base instructions with whitespace normalised (the upload's `prompt_hash` tag; later developer messages are not included); null when the thread has no prompt metadata. */
  promptHash?: string | null;
};
