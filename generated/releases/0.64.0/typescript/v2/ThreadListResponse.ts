// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Thread } from "./Thread.js";

/** Result of `thread/list`. */
export type ThreadListResponse = {
  data: Array<Thread>;
  /** Cursor for the next page; null or absent when this is the last page. */
  nextCursor?: string | null;
};
