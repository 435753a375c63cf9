// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { WebSearchContextSize } from "./WebSearchContextSize.js";
import type { WebSearchLocation } from "./WebSearchLocation.js";

/** The `tools.web_search` table: options of the web search tool. */
export type WebSearchToolConfig = {
  /** Domains the search is limited to. */
  allowed_domains?: Array<string> | null;
  context_size?: WebSearchContextSize | null;
  location?: WebSearchLocation | null;
};
