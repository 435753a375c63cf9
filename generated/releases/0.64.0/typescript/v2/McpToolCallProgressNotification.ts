// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Params of `item/mcpToolCall/progress`: a progress message from a running MCP tool call. */
export type McpToolCallProgressNotification = {
  threadId: string;
  turnId: string;
  itemId: string;
  /** Progress text reported by the tool. */
  message: string;
};
