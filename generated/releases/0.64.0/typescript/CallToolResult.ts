// GENERATED CODE: do not edit by hand. Edit the definitions under src/ and run `npm run export`.

import type { ContentBlock } from "./ContentBlock.js";
import type { JsonValue } from "./JsonValue.js";

/** What an MCP server returned for a tool call. */
export type CallToolResult = {
  /** Unstructured result content. */
  content: Array<ContentBlock>;
  /** True when the tool reported a failure. */
  isError?: boolean | null;
  /** Structured result, when the tool declares an output schema. */
  structuredContent?: JsonValue;
};
