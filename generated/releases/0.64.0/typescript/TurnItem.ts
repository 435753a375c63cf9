// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { AgentMessageContent } from "./AgentMessageContent.js";
import type { UserInput } from "./UserInput.js";

/** One item of a turn in the v1 item model, tagged on `type` with PascalCase values (v2 `ThreadItem` uses camelCase); the item's fields sit beside the tag. */
export type TurnItem =
  | {
      /** A message the user sent. */
      type: "UserMessage";
      /** Item id. */
      id: string;
      content: Array<UserInput>;
    }
  | {
      /** A message the agent wrote. */
      type: "AgentMessage";
      /** Item id. */
      id: string;
      content: Array<AgentMessageContent>;
    }
  | {
      /** The agent's reasoning for a step: summaries and, when enabled, the raw reasoning text. */
      type: "Reasoning";
      /** Item id. */
      id: string;
      /** Reasoning summary sections. */
      summary_text: Array<string>;
      /** Raw reasoning text. Defaults to an empty list; the server sends `[]` when there is none. */
      raw_content?: Array<string>;
    }
  | {
      /** A web search the agent ran. */
      type: "WebSearch";
      /** Item id. */
      id: string;
      /** The search query. */
      query: string;
    };
