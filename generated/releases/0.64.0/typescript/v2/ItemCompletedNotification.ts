// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ThreadItem } from "./ThreadItem.js";

/** Params of `item/completed`: an item reached its final state. A declined command may be reported twice, first `declined`, then `failed`. */
export type ItemCompletedNotification = {
  item: ThreadItem;
  threadId: string;
  turnId: string;
};
