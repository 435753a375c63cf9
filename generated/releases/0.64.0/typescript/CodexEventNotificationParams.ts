// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { EventMsg } from "./EventMsg.js";

/** Params of a legacy `codex/event/<type>` notification: one core event of a conversation. The method suffix always equals `msg.type`. */
export type CodexEventNotificationParams = {
  /** Core submission id the event belongs to ("0", "1", ... per turn; "" for MCP start-up events). */
  id: string;
  msg: EventMsg;
  conversationId: ConversationId;
};
