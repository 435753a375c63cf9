// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { McpInvocation } from "./McpInvocation.js";

/** The agent started calling an MCP tool (`mcp_tool_call_begin`). */
export type McpToolCallBeginEvent = {
  /** Id pairing the begin and end events of this call. */
  call_id: string;
  invocation: McpInvocation;
};
