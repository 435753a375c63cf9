// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Turn } from "./Turn.js";

/** One page of a thread's turns, with the cursors to the pages around it. */
export type TurnsPage = {
  data: Array<Turn>;
  /** Cursor for the next page; null when this is the last one. */
  nextCursor?: string | null;
  /** Cursor for paging in the other direction, when there is a page that way. */
  backwardsCursor?: string | null;
};
