// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadItem } from "./ThreadItem.js";

/** Params of `item/started`: a new item began. For commands and file changes this comes before any approval request for the item. */
export type ItemStartedNotification = {
  item: ThreadItem;
  threadId: string;
  turnId: string;
  /** When the item started, in milliseconds since the Unix epoch. */
  startedAtMs: number;
};
