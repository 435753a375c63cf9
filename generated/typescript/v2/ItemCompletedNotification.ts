// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadItem } from "./ThreadItem.js";

/** Params of `item/completed`: an item reached its final state. A declined command may be reported twice, first `declined`, then `failed`. */
export type ItemCompletedNotification = {
  item: ThreadItem;
  threadId: string;
  turnId: string;
  /** When the item completed, in milliseconds since the Unix epoch. */
  completedAtMs: number;
  /** For an agent message: how many content tokens the model produced for it; null when unknown. Not stored with the item. */
  contentTokenCount?: number | null;
};
