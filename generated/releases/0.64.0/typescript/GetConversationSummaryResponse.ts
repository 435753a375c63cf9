// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ConversationSummary } from "./ConversationSummary.js";

/** Result of `getConversationSummary`. */
export type GetConversationSummaryResponse = {
  summary: ConversationSummary;
};
