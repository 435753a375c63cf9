// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Lifecycle state of an MCP tool call item. */
export type McpToolCallStatus = "inProgress" | "completed" | "failed";
