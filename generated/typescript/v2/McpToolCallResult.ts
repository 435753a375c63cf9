// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { JsonValue } from "../JsonValue.js";

/** Successful result of an MCP tool call. */
export type McpToolCallResult = {
  /** Content blocks returned by the tool, passed on as the server received them (MCP `ContentBlock` objects, not checked here). */
  content: Array<JsonValue>;
  /** Structured result the tool returned next to its content, if any. */
  structuredContent?: JsonValue | null;
  /** The `_meta` object of the MCP result, if the tool sent one. */
  _meta?: JsonValue | null;
};
