// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { McpAppDisplayMode } from "./McpAppDisplayMode.js";

/** The user interface an MCP tool declares for its results, as read from the tool's descriptor when it was called. */
export type McpAppUi = {
  /** URI of the MCP resource that holds the interface. */
  resourceUri: string;
  preferredModelDisplayMode: McpAppDisplayMode;
};
