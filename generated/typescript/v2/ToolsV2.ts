// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { WebSearchToolConfig } from "./WebSearchToolConfig.js";

/** The `tools` table: options of the built-in tools. */
export type ToolsV2 = {
  web_search?: WebSearchToolConfig | null;
};
