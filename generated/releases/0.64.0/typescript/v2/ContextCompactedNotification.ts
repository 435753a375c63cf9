// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `thread/compacted`: the thread's history was summarized to free context window space. */
export type ContextCompactedNotification = {
  threadId: string;
  turnId: string;
};
