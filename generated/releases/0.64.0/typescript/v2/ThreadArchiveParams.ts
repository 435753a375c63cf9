// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `thread/archive`: moves a thread out of the active list. */
export type ThreadArchiveParams = {
  threadId: string;
};
