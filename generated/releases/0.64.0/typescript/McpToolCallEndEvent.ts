// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { Duration } from "./Duration.js";
import type { McpInvocation } from "./McpInvocation.js";
import type { ResultOfCallToolResultOrString } from "./ResultOfCallToolResultOrString.js";

/** An MCP tool call finished (`mcp_tool_call_end`). */
export type McpToolCallEndEvent = {
  /** Id pairing the begin and end events of this call. */
  call_id: string;
  invocation: McpInvocation;
  /** Wall-clock time of the call, as `{secs, nanos}` (the upstream TS wrongly says string). */
  duration: Duration;
  /** The tool result as `{Ok: CallToolResult}` or the failure as `{Err: message}`. */
  result: ResultOfCallToolResultOrString;
};
