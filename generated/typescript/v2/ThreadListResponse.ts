// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Thread } from "./Thread.js";
import type { ThreadReadState } from "./ThreadReadState.js";

/** Result of `thread/list`. */
export type ThreadListResponse = {
  data: Array<Thread>;
  /** Cursor for the next page; null or absent when this is the last page. */
  nextCursor?: string | null;
  /** Cursor for paging back towards the start, when there is a page before this one. */
  backwardsCursor?: string | null;
  /** Read state of the listed threads, by thread id. Sent by the server though upstream's export leaves it out. */
  readStates?: { [key: string]: ThreadReadState };
};
