// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { McpStartupStatus } from "./McpStartupStatus.js";

/** Progress of one MCP server's startup (`mcp_startup_update`). */
export type McpStartupUpdateEvent = {
  /** Name of the MCP server. */
  server: string;
  status: McpStartupStatus;
};
