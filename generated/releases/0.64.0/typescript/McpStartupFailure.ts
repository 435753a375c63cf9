// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** An MCP server that failed to start, with the reason. */
export type McpStartupFailure = {
  /** Name of the MCP server as configured in Codex. */
  server: string;
  /** Why startup failed. */
  error: string;
};
