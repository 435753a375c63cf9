// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AgentMessageContent } from "./AgentMessageContent.js";

/** A message the agent wrote. */
export type AgentMessageItem = {
  /** Item id. */
  id: string;
  content: Array<AgentMessageContent>;
};
