// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { TurnAbortReason } from "./TurnAbortReason.js";

/** Result of `interruptConversation`, sent once the turn has stopped. */
export type InterruptConversationResponse = {
  abortReason: TurnAbortReason;
};
