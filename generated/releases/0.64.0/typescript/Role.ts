// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

/** Who an MCP content item is meant for. */
export type Role = "assistant" | "user";
