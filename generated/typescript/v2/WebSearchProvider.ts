// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Which web search implementation the client prefers: the standalone tool or search through an MCP server. */
export type WebSearchProvider = "standalone" | "search_mcp";
