// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { McpStartupFailure } from "./McpStartupFailure.js";

/** All configured MCP servers finished starting (`mcp_startup_complete`); sent with envelope id `""`, even when no server is configured. */
export type McpStartupCompleteEvent = {
  /** Servers that started successfully. */
  ready: Array<string>;
  /** Servers that failed to start, with the error. */
  failed: Array<McpStartupFailure>;
  /** Servers whose startup was cancelled. */
  cancelled: Array<string>;
};
