// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Result of `feedback/upload`. */
export type FeedbackUploadResponse = {
  /** Identifier under which the feedback was recorded. */
  threadId: string;
};
