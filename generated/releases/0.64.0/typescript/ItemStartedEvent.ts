// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { TurnItem } from "./TurnItem.js";

/** An item of the turn began (`item_started`). */
export type ItemStartedEvent = {
  /** Conversation the item belongs to. */
  thread_id: ConversationId;
  /** Turn (submission) id the item belongs to. */
  turn_id: string;
  item: TurnItem;
};
