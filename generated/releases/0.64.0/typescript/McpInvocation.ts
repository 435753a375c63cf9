// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "./JsonValue.js";

/** Identifies an MCP tool call: which server, which tool, and with what arguments. */
export type McpInvocation = {
  /** Name of the MCP server as configured in Codex. */
  server: string;
  /** Name of the tool on that server. */
  tool: string;
  /** Arguments passed to the tool, usually a JSON object. */
  arguments?: JsonValue | null;
};
