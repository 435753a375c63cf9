// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationId } from "./ConversationId.js";
import type { InputItem } from "./InputItem.js";

/** Params of `sendUserMessage`: user input for a new turn with the conversation's current settings. */
export type SendUserMessageParams = {
  conversationId: ConversationId;
  items: Array<InputItem>;
};
