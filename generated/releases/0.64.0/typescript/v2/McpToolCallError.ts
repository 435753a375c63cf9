// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Why an MCP tool call failed. */
export type McpToolCallError = {
  message: string;
};
