// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ContentItem } from "./ContentItem.js";
import type { FunctionCallOutputPayload } from "./FunctionCallOutputPayload.js";
import type { GhostCommit } from "./GhostCommit.js";
import type { LocalShellAction } from "./LocalShellAction.js";
import type { LocalShellStatus } from "./LocalShellStatus.js";
import type { ReasoningItemContent } from "./ReasoningItemContent.js";
import type { ReasoningItemReasoningSummary } from "./ReasoningItemReasoningSummary.js";
import type { WebSearchAction } from "./WebSearchAction.js";

/** One item of the model transcript (Responses-API style), tagged on `type`. The server accepts unknown `type` values inbound and maps them to `other`. The `id` fields exist for inbound use only and are never sent. */
export type ResponseItem =
  | {
      /** A message in the conversation. */
      type: "message";
      /** Author role as a free string, e.g. `user`, `assistant`, `developer`. */
      role: string;
      content: Array<ContentItem>;
      /** Provider item id. Declared write-only upstream: the server never sends it, but accepts it inbound. */
      id?: string | null;
    }
  | {
      /** Model reasoning. `content` (raw reasoning) is sent as null when there is none, and left out when it holds no `reasoning_text` entry. */
      type: "reasoning";
      /** Reasoning summaries shown to the user. */
      summary: Array<ReasoningItemReasoningSummary>;
      /** Raw reasoning content. Sent as null (not left out) when there is none. */
      content?: Array<ReasoningItemContent> | null;
      /** Opaque encrypted reasoning that can be sent back to the provider. */
      encrypted_content?: string | null;
      /** Provider item id. Marked required upstream but write-only: the server never sends it and accepts it absent. */
      id?: string | null;
    }
  | {
      /** A call to the built-in local shell tool. */
      type: "local_shell_call";
      /** Identifier that pairs the call with its output. */
      call_id?: string | null;
      status: LocalShellStatus;
      action: LocalShellAction;
      /** Provider item id. Declared write-only upstream: the server never sends it, but accepts it inbound. */
      id?: string | null;
    }
  | {
      /** The model called a function tool. */
      type: "function_call";
      /** Name of the function to call. */
      name: string;
      /** Arguments as a JSON-encoded string. */
      arguments: string;
      /** Identifier that pairs the call with its output. */
      call_id: string;
      /** Provider item id. Declared write-only upstream: the server never sends it, but accepts it inbound. */
      id?: string | null;
    }
  | {
      /** Result of a function call, sent back to the model. */
      type: "function_call_output";
      /** Identifier of the call this output answers. */
      call_id: string;
      output: FunctionCallOutputPayload;
    }
  | {
      /** The model called a custom (free-form input) tool. */
      type: "custom_tool_call";
      /** Provider status string; left out when absent. */
      status?: string | null;
      /** Identifier that pairs the call with its output. */
      call_id: string;
      /** Name of the custom tool. */
      name: string;
      /** Free-form input for the tool. */
      input: string;
      /** Provider item id. Declared write-only upstream: the server never sends it, but accepts it inbound. */
      id?: string | null;
    }
  | {
      /** Result of a custom tool call. */
      type: "custom_tool_call_output";
      /** Identifier of the call this output answers. */
      call_id: string;
      /** Text output of the custom tool. */
      output: string;
    }
  | {
      /** A web search the model performed. `action` is required inbound. */
      type: "web_search_call";
      /** Provider status string; left out when absent. */
      status?: string | null;
      action: WebSearchAction;
      /** Provider item id. Declared write-only upstream: the server never sends it, but accepts it inbound. */
      id?: string | null;
    }
  | {
      /** A working tree snapshot recorded for undo. */
      type: "ghost_snapshot";
      ghost_commit: GhostCommit;
    }
  | {
      /** Summary that replaces earlier history after compaction. */
      type: "compaction_summary";
      /** Opaque encrypted summary of the compacted history. */
      encrypted_content: string;
    }
  | {
      /** Any item kind the server does not recognise; unknown `type` values are mapped here. */
      type: "other";
    };
