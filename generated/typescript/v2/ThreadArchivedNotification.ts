// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `thread/archived`: a thread was moved to the archive. */
export type ThreadArchivedNotification = {
  threadId: string;
};
