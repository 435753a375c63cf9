// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** How an MCP app prefers its user interface to be shown: within the conversation, or over the whole window. */
export type McpAppDisplayMode = "inline" | "fullscreen";
