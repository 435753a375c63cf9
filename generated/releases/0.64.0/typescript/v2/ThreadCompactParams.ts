// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `thread/compact`: asks the server to summarise the thread's history to free up context window. */
export type ThreadCompactParams = {
  threadId: string;
};
